import { describe, expect, it, vi } from 'vitest'
import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError } from '../errors.js'
import type { Customer, Session } from '../schemas/customer.js'
import type { Order } from '../schemas/order.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { savedAddressFor } from './checkout-account.js'
import { createMemoryStorage, type KeyValueStorage } from './storage.js'

const berlin = {
  name: 'Dana Demo',
  line1: 'Torstraße 109',
  city: 'Berlin',
  postalCode: '10119',
  country: 'DE',
}
const sanFrancisco = {
  name: 'Dana Demo',
  line1: '500 Howard Street',
  line2: 'Suite 300',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
}
const dana: Customer = {
  id: 'cus_demo',
  email: 'demo@weship.dev',
  name: 'Dana Demo',
  addresses: [berlin, sanFrancisco],
  orders: [],
}
const session: Session = { token: 'tok', customer: dana }
const eur = (amount: number) => ({ amount, currency: 'EUR' })
const order: Order = {
  id: 'order_1',
  number: 'WS-10042',
  status: 'confirmed',
  email: 'ada@example.com',
  shippingAddress: { ...berlin, name: 'Ada Lovelace' },
  billingAddress: berlin,
  shippingOption: {
    ...{ id: 'standard', kind: 'standard', label: 'Standard' },
    ...{ price: eur(490), estimatedDelivery: null },
  },
  giftCards: [],
  receipt: {
    ...{ currency: 'EUR', items: [], discounts: [], tax: null, payments: [] },
    ...{ subtotal: eur(2000), shipping: eur(490), total: eur(2490) },
  },
  createdAt: '2026-11-26T10:00:00.000Z',
}

function accountsAdapter(overrides: Partial<CheckoutAdapter> = {}): CheckoutAdapter {
  const adapter = stubAdapter({
    getCart: vi.fn(async () => cartFixture({ itemCount: 1 })),
    signIn: vi.fn(async () => session),
    signUp: vi.fn(async () => ({ token: 'new', customer: { ...dana, email: 'ada@example.com' } })),
    signOut: vi.fn(async () => undefined),
    ...overrides,
  })
  return { ...adapter, capabilities: { ...adapter.capabilities, accounts: true } }
}

async function open(adapter: CheckoutAdapter, storage: KeyValueStorage = createMemoryStorage()) {
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const checkout = createCheckout({
    adapter,
    session: createCartSession({ adapter, storage: cartIds }),
    storage,
  })
  await checkout.resume()
  return checkout
}

/** A checkout resumed on its confirmation, as after a placed order. */
function afterOrder(adapter: CheckoutAdapter) {
  const storage = createMemoryStorage()
  const draft = {
    ...{ version: 1, savedAt: Date.now(), cartId: 'cart_1', step: 'confirmation' },
    ...{ contact: {}, shippingAddress: {}, billingSameAsShipping: true, billingAddress: {} },
    ...{ selectedShippingOptionId: null, selectedPaymentMethodId: null, attempt: null, order },
  }
  storage.setItem('weship:checkout', JSON.stringify(draft))
  return open(adapter, storage)
}

describe('checkout accounts', () => {
  it('offers nothing when the adapter has no accounts', async () => {
    const checkout = await open(stubAdapter({ getCart: async () => cartFixture() }))
    expect(checkout.accountsAvailable.value).toBe(false)
    expect(await checkout.signIn('demo@weship.dev', 'secret')).toBe(false)
    expect(checkout.customer.value).toBeNull()
  })

  it('signs in, prefilling the e-mail and the default saved address', async () => {
    const adapter = accountsAdapter()
    const checkout = await open(adapter)
    expect(checkout.accountsAvailable.value).toBe(true)
    expect(await checkout.signIn(' demo@weship.dev ', 'weship-demo-2026')).toBe(true)
    expect(adapter.signIn).toHaveBeenCalledWith({
      email: 'demo@weship.dev',
      password: 'weship-demo-2026',
    })
    expect(checkout.customer.value?.name).toBe('Dana Demo')
    expect(checkout.contact.value.email).toBe('demo@weship.dev')
    expect(checkout.shippingAddress.value).toEqual(berlin)
  })

  it('prefers the saved address in the country already chosen', async () => {
    const checkout = await open(accountsAdapter())
    checkout.saveDraftField('shippingAddress.country', 'US')
    await checkout.signIn('demo@weship.dev', 'weship-demo-2026')
    expect(checkout.shippingAddress.value).toEqual(sanFrancisco)
  })

  it('never overwrites an address the shopper typed', async () => {
    const checkout = await open(accountsAdapter())
    checkout.saveDraftField('shippingAddress.line1', '1 Main St')
    await checkout.signIn('demo@weship.dev', 'weship-demo-2026')
    expect(checkout.shippingAddress.value).toEqual({ line1: '1 Main St' })
    expect(savedAddressFor(dana, { country: 'FR' })).toEqual(berlin)
  })

  it('checks the form before any request', async () => {
    const adapter = accountsAdapter()
    const checkout = await open(adapter)
    expect(await checkout.signIn('demo@', '')).toBe(false)
    expect(adapter.signIn).not.toHaveBeenCalled()
    expect(checkout.fieldErrors.value['signIn.email']?.reason).toBe('invalid_email')
    expect(checkout.fieldErrors.value['signIn.password']?.reason).toBe('required')
  })

  it('shows wrong credentials by the password, keeping the shopper signed out', async () => {
    const refusal = new CheckoutError(
      'VALIDATION',
      'The e-mail address or password is not right.',
      {
        reason: 'invalid_credentials',
      },
    )
    const checkout = await open(accountsAdapter({ signIn: vi.fn(() => Promise.reject(refusal)) }))
    expect(await checkout.signIn('demo@weship.dev', 'wrong')).toBe(false)
    expect(checkout.fieldErrors.value['signIn.password']?.reason).toBe('invalid_credentials')
    expect(checkout.error.value).toBeNull()
    expect(checkout.customer.value).toBeNull()
  })

  it('signs out and keeps what was entered', async () => {
    const adapter = accountsAdapter()
    const checkout = await open(adapter)
    await checkout.signIn('demo@weship.dev', 'weship-demo-2026')
    expect(await checkout.signOut()).toBe(true)
    expect(adapter.signOut).toHaveBeenCalled()
    expect(checkout.customer.value).toBeNull()
    expect(checkout.contact.value.email).toBe('demo@weship.dev')
  })

  it("creates an account after the order with the order's e-mail and name", async () => {
    const adapter = accountsAdapter()
    const checkout = await afterOrder(adapter)
    expect(await checkout.createAccount('short')).toBe(false)
    expect(checkout.fieldErrors.value['account.password']?.reason).toBe('too_short')
    expect(await checkout.createAccount('a long enough password')).toBe(true)
    expect(adapter.signUp).toHaveBeenCalledWith({
      email: 'ada@example.com',
      password: 'a long enough password',
      name: 'Ada Lovelace',
    })
    expect(checkout.customer.value?.email).toBe('ada@example.com')
    expect(checkout.fieldErrors.value['account.password']).toBeUndefined()
  })

  it('refuses a password of spaces before any request, with its own reason', async () => {
    const adapter = accountsAdapter()
    const checkout = await afterOrder(adapter)
    expect(await checkout.createAccount(' '.repeat(12))).toBe(false)
    expect(checkout.fieldErrors.value['account.password']?.reason).toBe('password_blank')
    expect(adapter.signUp).not.toHaveBeenCalled()
  })

  it('refuses to create an account before there is an order', async () => {
    const adapter = accountsAdapter()
    const checkout = await open(adapter)
    expect(await checkout.createAccount('a long enough password')).toBe(false)
    expect(adapter.signUp).not.toHaveBeenCalled()
  })
})
