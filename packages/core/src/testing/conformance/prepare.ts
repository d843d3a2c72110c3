import type { CheckoutAdapter } from '../../adapter.js'
import type { Cart } from '../../schemas/cart.js'
import { cartSchema } from '../../schemas/cart.js'
import type { ConformanceFixtures } from './fixtures.js'

/** Asserts through the wire schema, so a custom adapter cannot hand out malformed carts. */
export function checkedCart(cart: Cart): Cart {
  return cartSchema.parse(cart)
}

export async function cartWithItems(
  adapter: CheckoutAdapter,
  fixtures: ConformanceFixtures,
  quantity = 2,
): Promise<Cart> {
  return checkedCart(
    await adapter.createCart({
      currency: fixtures.currency,
      items: [{ sku: fixtures.sku, quantity }],
    }),
  )
}

/** A cart with items, contact, shipping address and the first delivery option: ready to pay. */
export async function readyToPay(
  adapter: CheckoutAdapter,
  fixtures: ConformanceFixtures,
): Promise<Cart> {
  const cart = await cartWithItems(adapter, fixtures)
  await adapter.setContact(cart.id, fixtures.contact)
  await adapter.setShippingAddress(cart.id, fixtures.address)
  const [option] = await adapter.listShippingOptions(cart.id)
  if (!option) throw new Error('The backend offers no shipping option for the fixture address.')
  return checkedCart(await adapter.selectShippingOption(cart.id, option.id))
}

let keys = 0
/** A fresh idempotency key per attempt, unique across suites running in one process. */
export function newIdempotencyKey(): string {
  keys += 1
  return `conformance-${Date.now().toString(36)}-${keys}-${Math.random().toString(36).slice(2)}`
}

/** What the totals must add up to, by the contract's one formula. */
export function expectedTotal(cart: Cart): number {
  const discounts = cart.discounts.reduce((sum, discount) => sum + discount.amount.amount, 0)
  const addedTax = cart.tax && !cart.tax.included ? cart.tax.amount.amount : 0
  return cart.subtotal.amount - discounts + (cart.shipping?.amount ?? 0) + addedTax
}
