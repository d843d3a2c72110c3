/** Demo data the conformance suite and the example name; all from Vendure's sample catalog. */
export const vendureDemoData = {
  currency: 'USD',
  /** Ethernet Cable and Skipping Rope: cheap, 100 in stock each. */
  sku: 'A23334x30',
  otherSku: 'B07CNGXVXT',
  /** Instant Camera, cut down to three in stock by the seed. */
  lowStock: { sku: 'IC22MWDD', stock: 3 },
  promo: { valid: 'WESHIP10', expired: 'SUMMER2024' },
  paymentMethod: 'standard-payment',
} as const

const superadmin = { username: 'superadmin', password: 'superadmin' }

/**
 * Adds what the sample data lacks, through the Admin API as a merchant would: a 10% coupon,
 * an expired one, and a variant with little stock. Run on every start: the snapshot stays pristine.
 */
export async function seedPromotionsAndStock(adminApiUrl: string): Promise<void> {
  const admin = await signInAsAdmin(adminApiUrl)
  const discount = (value: string) => [
    { code: 'order_percentage_discount', arguments: [{ name: 'discount', value }] },
  ]
  const createPromotion = `mutation ($input: CreatePromotionInput!) {
    createPromotion(input: $input) { __typename ... on ErrorResult { message } } }`
  await admin(createPromotion, {
    input: {
      enabled: true,
      couponCode: vendureDemoData.promo.valid,
      conditions: [],
      actions: discount('10'),
      translations: [{ languageCode: 'en', name: '10% off the order' }],
    },
  })
  await admin(createPromotion, {
    input: {
      enabled: true,
      couponCode: vendureDemoData.promo.expired,
      startsAt: '2024-06-01T00:00:00.000Z',
      endsAt: '2024-08-31T23:59:59.000Z',
      conditions: [],
      actions: discount('20'),
      translations: [{ languageCode: 'en', name: 'Summer 2024' }],
    },
  })
  const found = await admin(
    `query ($sku: String!) {
      productVariants(options: { filter: { sku: { eq: $sku } } }) { items { id } } }`,
    { sku: vendureDemoData.lowStock.sku },
  )
  const variants = found.productVariants as { items: Array<{ id: string }> }
  const variant = variants.items[0]
  if (!variant) throw new Error(`Sample variant ${vendureDemoData.lowStock.sku} is missing`)
  await admin(
    `mutation ($input: [UpdateProductVariantInput!]!) {
      updateProductVariants(input: $input) { id } }`,
    {
      input: [
        { id: variant.id, stockOnHand: vendureDemoData.lowStock.stock, trackInventory: 'TRUE' },
      ],
    },
  )
}

type AdminCall = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Record<string, unknown>>

async function signInAsAdmin(adminApiUrl: string): Promise<AdminCall> {
  let token = ''
  const call: AdminCall = async (query, variables = {}) => {
    const response = await fetch(adminApiUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    })
    token = response.headers.get('vendure-auth-token') ?? token
    const body = (await response.json()) as {
      data?: Record<string, unknown>
      errors?: Array<{ message: string }>
    }
    if (body.errors?.length || !body.data) {
      throw new Error(`Admin API: ${body.errors?.map((error) => error.message).join('; ')}`)
    }
    return body.data
  }
  await call(
    `mutation ($username: String!, $password: String!) {
      login(username: $username, password: $password) { __typename } }`,
    superadmin,
  )
  return call
}
