import type { Cart, CheckoutAdapter, LineItem } from '@weship/checkout-core'
import { CheckoutError } from '@weship/checkout-core'
import { cartFixture, stubAdapter } from '@weship/checkout-core/testing'

interface CatalogEntry {
  productId: string
  name: string
  options: Record<string, string>
  imageUrl?: string
  unitPrice: number
}

/** A tiny catalog for tests; prices are minor units of the cart's currency. */
export const catalog: Record<string, CatalogEntry> = {
  'TEE-NAVY-M': {
    productId: 'tee',
    name: 'Organic cotton tee',
    options: { colour: 'Navy', size: 'M' },
    imageUrl: 'https://shop.test/img/tee-navy.jpg',
    unitPrice: 1290,
  },
  'MUG-WHITE': {
    productId: 'mug',
    name: 'Enamel mug',
    options: {},
    unitPrice: 850,
  },
}

export function lineItem(sku: string, quantity: number, currency = 'EUR'): LineItem {
  const entry = catalog[sku]
  if (!entry) throw new Error(`No ${sku} in the test catalog`)
  const { unitPrice, ...product } = entry
  return {
    id: `line-${sku}`,
    sku,
    ...product,
    quantity,
    unitPrice: { amount: unitPrice, currency },
    total: { amount: unitPrice * quantity, currency },
  }
}

/** A cart as a server would compute it from its lines. */
export function cartOf(id: string, items: LineItem[], currency = 'EUR', version = 1): Cart {
  const subtotal = { amount: items.reduce((sum, item) => sum + item.total.amount, 0), currency }
  return cartFixture({
    id,
    version,
    currency,
    items,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    subtotal,
    total: subtotal,
    amountDue: subtotal,
  })
}

/** An in-memory adapter: carts by id, prices from the test catalog. */
export function fakeAdapter(...carts: Cart[]): CheckoutAdapter {
  const store = new Map(carts.map((cart) => [cart.id, cart]))
  let next = 1
  const notFound = () =>
    new CheckoutError('ADAPTER', 'Cart not found', { status: 404, reason: 'cart_not_found' })
  const save = (cart: Cart) => {
    store.set(cart.id, cart)
    return Promise.resolve(cart)
  }
  const withItem = (cart: Cart, sku: string, quantity: number) => {
    const existing = cart.items.find((item) => item.sku === sku)
    const others = cart.items.filter((item) => item !== existing)
    const line = lineItem(sku, (existing?.quantity ?? 0) + quantity, cart.currency)
    return cartOf(cart.id, [...others, line], cart.currency, cart.version + 1)
  }
  return stubAdapter({
    listProducts: () => Promise.resolve([]),
    getCart: (id) => {
      const cart = store.get(id)
      return cart ? Promise.resolve(cart) : Promise.reject(notFound())
    },
    createCart: ({ currency = 'EUR', items = [] }) => {
      const empty = cartOf(`cart-${next++}`, [], currency, 0)
      return save(items.reduce((cart, item) => withItem(cart, item.sku, item.quantity), empty))
    },
    addItem: (id, { sku, quantity }) => {
      const cart = store.get(id)
      return cart ? save(withItem(cart, sku, quantity)) : Promise.reject(notFound())
    },
  })
}
