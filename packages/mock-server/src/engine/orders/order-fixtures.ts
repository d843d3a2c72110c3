import type { Address, Cart } from '@weship/checkout-core'
import type { CommerceEngine } from '../commerce-engine.js'

/** A Berlin address every country rule accepts, for tests and demos. */
export const berlinAddress: Address = {
  name: 'Ada Lovelace',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

export interface ReadyCartOptions {
  items?: { sku: string; quantity: number }[]
  email?: string
  currency?: string
}

/**
 * A cart ready to pay, for tests: 2 tees to Berlin by the first delivery option, unless told
 * otherwise. EUR 58.00 + 4.95 shipping = 62.95.
 */
export function readyCart(engine: CommerceEngine, options: ReadyCartOptions = {}): Cart {
  const cart = engine.createCart({
    currency: options.currency ?? 'EUR',
    items: options.items ?? [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }],
  })
  engine.setContact(cart.id, { email: options.email ?? 'ada@example.com' })
  engine.setShippingAddress(cart.id, berlinAddress)
  const [option] = engine.listShippingOptions(cart.id)
  if (!option) throw new Error('The demo shop ships nothing to Berlin.')
  return engine.selectShippingOption(cart.id, option.id)
}
