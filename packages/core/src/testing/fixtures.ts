import type { CheckoutAdapter } from '../adapter.js'
import { emptyCart } from '../model/empty-cart.js'
import type { Cart } from '../schemas/cart.js'

/** A cart as a server returns it before anything is chosen; override what the test cares about. */
export function cartFixture(overrides: Partial<Cart> = {}): Cart {
  const currency = overrides.currency ?? 'EUR'
  const now = '2026-11-26T10:00:00.000Z'
  return { ...emptyCart({ id: 'cart_1', version: 1, currency, now }), ...overrides }
}

type AdapterMethods = Omit<CheckoutAdapter, 'capabilities' | 'cspRequirements'>

/**
 * An adapter whose every method rejects with "unexpected call", so a test states exactly the
 * calls it expects by overriding them.
 */
export function stubAdapter(overrides: Partial<CheckoutAdapter> = {}): CheckoutAdapter {
  const unexpected = (name: string) => () =>
    Promise.reject(new Error(`unexpected call to adapter.${name}`))
  const names: Array<keyof AdapterMethods> = [
    'listProducts',
    'createCart',
    'getCart',
    'addItem',
    'updateItem',
    'removeItem',
    'applyCode',
    'removeCode',
    'setContact',
    'setShippingAddress',
    'setBillingAddress',
    'listShippingOptions',
    'selectShippingOption',
    'listPaymentMethods',
    'placeOrder',
    'completePaymentAction',
    'getOrder',
  ]
  const methods = Object.fromEntries(names.map((name) => [name, unexpected(name)]))
  return {
    capabilities: {
      catalog: true,
      promoCodes: false,
      giftCards: false,
      accounts: false,
      tracking: false,
      deliveryEstimates: false,
      cartRecovery: false,
      orderLookup: false,
    },
    cspRequirements: { connectSrc: [], frameSrc: [], imgSrc: [] },
    ...(methods as unknown as AdapterMethods),
    ...overrides,
  }
}
