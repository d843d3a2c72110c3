import * as z from 'zod/mini'

/** Medusa serialises its decimal amounts as JSON numbers (its `raw_` twins as strings). */
const decimal = z.union([z.number(), z.string()])
const text = z.nullish(z.string())

export const medusaAddressSchema = z.object({
  first_name: text,
  last_name: text,
  company: text,
  address_1: text,
  address_2: text,
  city: text,
  postal_code: text,
  province: text,
  country_code: text,
  phone: text,
})

const adjustmentSchema = z.object({ code: text, amount: decimal })
const optionValueSchema = z.object({
  value: text,
  option: z.nullish(z.object({ title: text })),
})

export const medusaLineSchema = z.object({
  id: z.string(),
  created_at: z.optional(z.string()),
  title: z.string(),
  product_id: text,
  product_title: text,
  variant_id: text,
  variant_sku: text,
  thumbnail: text,
  quantity: z.number(),
  unit_price: decimal,
  is_tax_inclusive: z.optional(z.boolean()),
  adjustments: z.nullish(z.array(adjustmentSchema)),
  variant: z.nullish(z.object({ options: z.nullish(z.array(optionValueSchema)) })),
  /** An order line's copy of its variant's options, `{ Size: 'M' }`. */
  variant_option_values: z.nullish(z.record(z.string(), z.unknown())),
})

export const medusaShippingMethodSchema = z.object({
  id: z.string(),
  name: text,
  shipping_option_id: text,
  amount: decimal,
  is_tax_inclusive: z.optional(z.boolean()),
  adjustments: z.nullish(z.array(adjustmentSchema)),
})

/** The fields of carts and orders the totals need beyond Medusa's defaults (`fields=` syntax). */
export const PRICED_FIELDS = [
  '+original_shipping_total',
  '+original_shipping_subtotal',
  '+credit_line_total',
  '*items.adjustments',
  '+items.variant_option_values',
  '*shipping_methods.adjustments',
  '+shipping_methods.name',
  '+shipping_methods.shipping_option_id',
  '+shipping_methods.amount',
  '+shipping_methods.is_tax_inclusive',
]

/** What carts and orders share: the lines, the delivery and Medusa's totals. */
const pricedFields = {
  id: z.string(),
  currency_code: z.string(),
  email: text,
  created_at: z.string(),
  updated_at: z.string(),
  items: z.array(medusaLineSchema),
  shipping_methods: z.nullish(z.array(medusaShippingMethodSchema)),
  shipping_address: z.nullish(medusaAddressSchema),
  billing_address: z.nullish(medusaAddressSchema),
  total: decimal,
  tax_total: decimal,
  discount_total: decimal,
  discount_subtotal: decimal,
  original_shipping_total: z.optional(decimal),
  original_shipping_subtotal: z.optional(decimal),
  credit_line_total: z.optional(decimal),
  metadata: z.nullish(z.record(z.string(), z.unknown())),
}

export const medusaCartSchema = z.object({
  ...pricedFields,
  region_id: text,
  completed_at: text,
  promotions: z.nullish(z.array(z.object({ code: text, is_automatic: z.nullish(z.boolean()) }))),
})

export const medusaOrderSchema = z.object({
  ...pricedFields,
  display_id: z.number(),
  status: z.string(),
  fulfillment_status: text,
  payment_collections: z.nullish(
    z.array(
      z.object({
        amount: decimal,
        payment_sessions: z.nullish(z.array(z.object({ provider_id: z.string() }))),
      }),
    ),
  ),
})

export const medusaRegionSchema = z.object({
  id: z.string(),
  name: z.string(),
  currency_code: z.string(),
  countries: z.nullish(z.array(z.object({ iso_2: z.string() }))),
})

export const medusaShippingOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  price_type: z.optional(z.string()),
  amount: z.nullish(decimal),
  type: z.nullish(z.object({ code: text, label: text })),
  service_zone: z.nullish(z.object({ fulfillment_set: z.nullish(z.object({ type: text })) })),
})

export const medusaPaymentSessionSchema = z.object({
  id: z.string(),
  provider_id: z.string(),
  status: z.string(),
  data: z.nullish(z.record(z.string(), z.unknown())),
})

export const medusaPaymentCollectionSchema = z.object({
  id: z.string(),
  currency_code: z.string(),
  amount: decimal,
  payment_sessions: z.nullish(z.array(medusaPaymentSessionSchema)),
})

export const medusaVariantSchema = z.object({
  id: z.string(),
  sku: text,
  title: text,
  manage_inventory: z.nullish(z.boolean()),
  allow_backorder: z.nullish(z.boolean()),
  inventory_quantity: z.nullish(z.number()),
  options: z.nullish(z.array(optionValueSchema)),
  calculated_price: z.nullish(
    z.object({ calculated_amount: z.nullish(decimal), currency_code: text }),
  ),
})

export const medusaProductSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: text,
  thumbnail: text,
  variants: z.nullish(z.array(medusaVariantSchema)),
})

export const cartAnswerSchema = z.object({ cart: medusaCartSchema })
export const orderAnswerSchema = z.object({ order: medusaOrderSchema })
export const completeAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('order'), order: medusaOrderSchema }),
  z.object({
    type: z.literal('cart'),
    cart: z.unknown(),
    error: z.object({ message: z.string(), type: z.optional(z.string()) }),
  }),
])

export type MedusaAddress = z.infer<typeof medusaAddressSchema>
export type MedusaLine = z.infer<typeof medusaLineSchema>
export type MedusaCart = z.infer<typeof medusaCartSchema>
export type MedusaOrder = z.infer<typeof medusaOrderSchema>
export type MedusaRegion = z.infer<typeof medusaRegionSchema>
export type MedusaShippingOption = z.infer<typeof medusaShippingOptionSchema>
export type MedusaPaymentSession = z.infer<typeof medusaPaymentSessionSchema>
export type MedusaProduct = z.infer<typeof medusaProductSchema>
/** A cart or an order: what the totals are computed from. */
export type MedusaPriced = Pick<MedusaCart, keyof typeof pricedFields>
