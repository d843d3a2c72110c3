import { jsonResponse } from './dom.js'

/** What the fake saw of one request: where it went, and the key it carried. */
export interface MedusaRequest {
  method: string
  url: string
  publishableKey: string | null
}

interface FakeLine {
  id: string
  title: string
  product_id: string
  variant_id: string
  variant_sku: string
  quantity: number
  unit_price: number
}

/** The test catalog's tee as Medusa stores it: a product, a variant, a price in major units. */
const TEE = { productId: 'prod_tee', variantId: 'variant_tee_navy_m', sku: 'TEE-NAVY-M' }

/**
 * A fetch that answers the few Store API routes an add to cart and a saved cart take, in Medusa
 * v2's shapes (decimal major units, variant ids, one EUR region), for elements tests that run
 * the real `@weship/adapter-medusa`. Carts are kept in memory; every request is recorded.
 */
export function fakeMedusa(carts: Record<string, number> = {}) {
  const requests: MedusaRequest[] = []
  const stored = new Map(Object.entries(carts).map(([id, quantity]) => [id, [teeLine(quantity)]]))
  let next = 1

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input))
    const method = init?.method ?? 'GET'
    const headers = new Headers(init?.headers)
    requests.push({ method, url: url.href, publishableKey: headers.get('x-publishable-api-key') })
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {}
    const [, cartId, rest] = url.pathname.match(/^\/store\/carts(?:\/([^/]+))?(\/.*)?$/) ?? []
    if (url.pathname === '/store/regions') {
      return jsonResponse({
        regions: [{ id: 'reg_eu', name: 'Europe', currency_code: 'eur', countries: [] }],
      })
    }
    if (url.pathname === '/store/products') {
      const variant = { id: TEE.variantId, sku: TEE.sku, options: [] }
      return jsonResponse({ products: [{ id: TEE.productId, title: 'Tee', variants: [variant] }] })
    }
    if (method === 'POST' && url.pathname === '/store/carts') {
      const id = `cart_${next++}`
      const items = (body.items as Array<{ quantity: number }> | undefined) ?? []
      stored.set(
        id,
        items.map((item) => teeLine(item.quantity)),
      )
      return jsonResponse({ cart: cartOf(id, stored.get(id) ?? []) })
    }
    const lines = cartId ? stored.get(cartId) : undefined
    if (!cartId || !lines) return jsonResponse({ type: 'not_found', message: 'No cart' }, 404)
    if (method === 'POST' && rest === '/line-items') {
      const quantity = (lines[0]?.quantity ?? 0) + Number(body.quantity)
      stored.set(cartId, [teeLine(quantity)])
    }
    return jsonResponse({ cart: cartOf(cartId, stored.get(cartId) ?? []) })
  }
  return { fetch, requests }
}

function teeLine(quantity: number): FakeLine {
  return {
    id: 'cali_tee',
    title: 'Organic cotton tee',
    product_id: TEE.productId,
    variant_id: TEE.variantId,
    variant_sku: TEE.sku,
    quantity,
    unit_price: 12.9,
  }
}

function cartOf(id: string, items: FakeLine[]) {
  const total = items.reduce((sum, line) => sum + line.quantity * line.unit_price, 0)
  return {
    id,
    region_id: 'reg_eu',
    currency_code: 'eur',
    email: null,
    created_at: '2026-12-06T00:00:00.000Z',
    updated_at: '2026-12-06T00:00:00.000Z',
    completed_at: null,
    items: items.map((line) => ({ ...line, is_tax_inclusive: true, adjustments: [] })),
    shipping_methods: [],
    promotions: [],
    total,
    tax_total: 0,
    discount_total: 0,
    discount_subtotal: 0,
  }
}
