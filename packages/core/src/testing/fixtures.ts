import type { CheckoutAdapter } from '../adapter.js'
import { emptyCart } from '../model/empty-cart.js'
import type { Address } from '../schemas/address.js'
import type { Cart } from '../schemas/cart.js'
import type { Order } from '../schemas/order.js'
import type { ShippingOption } from '../schemas/shipping.js'

/** A cart as a server returns it before anything is chosen; override what the test cares about. */
export function cartFixture(overrides: Partial<Cart> = {}): Cart {
  const currency = overrides.currency ?? 'EUR'
  const now = '2026-11-26T10:00:00.000Z'
  return { ...emptyCart({ id: 'cart_1', version: 1, currency, now }), ...overrides }
}

const eur = (amount: number) => ({ amount, currency: 'EUR' })

/** A Berlin address, complete. */
export const addressFixture: Address = {
  name: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
}

/** Standard delivery for €4.90, without dates. */
export const standardShipping: ShippingOption = {
  id: 'standard',
  kind: 'standard',
  label: 'Standard',
  price: eur(490),
  estimatedDelivery: null,
}

/** An order as the placing answer returns it (status token included) for €24.90 by Visa. */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  return {
    id: 'order_1',
    number: 'WS-10042',
    status: 'confirmed',
    email: 'ada@example.com',
    shippingAddress: addressFixture,
    billingAddress: addressFixture,
    shippingOption: standardShipping,
    giftCards: [],
    receipt: {
      ...{ currency: 'EUR', items: [], discounts: [], tax: null },
      ...{ subtotal: eur(2000), shipping: eur(490), total: eur(2490) },
      payments: [{ type: 'card', label: 'Visa', brand: 'visa', last4: '4242', amount: eur(2490) }],
    },
    statusToken: 'status-token',
    createdAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
  }
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
      reorder: false,
    },
    cspRequirements: { connectSrc: [], frameSrc: [], imgSrc: [] },
    ...(methods as unknown as AdapterMethods),
    ...overrides,
  }
}
