import { describe, expect, it, vi } from 'vitest'
import type { CheckoutAdapter } from '../adapter.js'
import type { PaymentMethod } from '../schemas/payment.js'
import { addressFixture, cartFixture, standardShipping, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage } from './storage.js'

// What a compromised or proxied backend may answer, and what the checkout then does with it.

const readyCart = cartFixture({
  itemCount: 1,
  contact: { email: 'ada@example.com' },
  shippingAddress: addressFixture,
  shippingOptionId: 'standard',
})
const card = (hostedFieldsUrl: string): PaymentMethod => ({
  id: 'card',
  type: 'card',
  label: 'Card',
  hostedFieldsUrl,
})
const challengeAt = (url: string) => ({
  status: 'action_required' as const,
  action: { id: 'act_1', type: 'three_d_secure' as const, url },
})

async function checkoutOn(overrides: Partial<CheckoutAdapter>, paymentOrigins?: string[]) {
  const adapter = stubAdapter({
    cspRequirements: { connectSrc: [], frameSrc: ['https://pay.example'], imgSrc: [] },
    getCart: async () => readyCart,
    listShippingOptions: async () => [standardShipping],
    ...overrides,
  })
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter, storage: cartIds })
  let keys = 0
  const checkout = createCheckout({
    adapter,
    session,
    createIdempotencyKey: () => `key-${++keys}`,
    ...(paymentOrigins ? { paymentOrigins } : {}),
  })
  await checkout.resume()
  return checkout
}

describe('payment pages the backend names', () => {
  it.each([
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['an https page on an origin nobody declared', 'https://pay.evil.example/fields'],
    ['plain http', 'http://pay.example/fields'],
  ])('lists no method when the card fields are %s: a CONFIG error instead', async (_, url) => {
    const checkout = await checkoutOn({ listPaymentMethods: async () => [card(url)] })
    expect(await checkout.loadPaymentMethods()).toBe(false)
    expect(checkout.paymentMethods.value).toEqual([])
    expect(checkout.error.value).toMatchObject({ code: 'CONFIG', reason: 'payment_page_refused' })
  })

  it('frames pages on the adapter’s origins and on those the merchant declared', async () => {
    const listed = [card('https://pay.example/fields'), card('https://psp.example/fields')]
    const strict = await checkoutOn({ listPaymentMethods: async () => listed })
    expect(await strict.loadPaymentMethods()).toBe(false)
    const declared = await checkoutOn({ listPaymentMethods: async () => listed }, [
      'https://psp.example',
    ])
    expect(await declared.loadPaymentMethods()).toBe(true)
    expect(declared.paymentMethods.value).toHaveLength(2)
  })

  it('shows no challenge on a foreign page, ends that attempt and pays with a new key', async () => {
    const placeOrder = vi
      .fn()
      .mockResolvedValueOnce(challengeAt('https://bank.evil.example/3ds'))
      .mockResolvedValueOnce(challengeAt('https://pay.example/3ds'))
    const checkout = await checkoutOn({
      listPaymentMethods: async () => [card('https://pay.example/fields')],
      placeOrder,
    })
    await checkout.loadPaymentMethods()
    expect(checkout.goTo('review')).toBe(true)

    expect(await checkout.placeOrder('tok_1')).toBe('idle')
    expect(checkout.pendingAction.value).toBeNull()
    expect(checkout.error.value).toMatchObject({ code: 'CONFIG', reason: 'payment_page_refused' })
    // "Try again" would only replay the same refused answer: there is nothing to retry.
    expect(await checkout.retry()).toBe(false)

    expect(await checkout.placeOrder('tok_2')).toBe('action_required')
    expect(checkout.pendingAction.value).toMatchObject({ url: 'https://pay.example/3ds' })
    const keys = placeOrder.mock.calls.map((call) => call[2].idempotencyKey)
    expect(keys).toEqual(['key-1', 'key-2'])
  })

  it('lets a Stripe next action through: it names no page, Stripe.js runs it', async () => {
    const checkout = await checkoutOn({
      listPaymentMethods: async () => [card('https://pay.example/fields')],
      placeOrder: async () => ({
        status: 'action_required' as const,
        action: { id: 'act_2', type: 'stripe_next_action' as const },
      }),
    })
    await checkout.loadPaymentMethods()
    checkout.goTo('review')
    expect(await checkout.placeOrder('tok_1')).toBe('action_required')
    expect(checkout.error.value).toBeNull()
  })

  it('refuses a second challenge on a foreign page after the first was passed', async () => {
    const checkout = await checkoutOn({
      listPaymentMethods: async () => [card('https://pay.example/fields')],
      placeOrder: async () => challengeAt('https://pay.example/3ds'),
      completePaymentAction: async () => challengeAt('data:text/html,<form>card</form>'),
    })
    await checkout.loadPaymentMethods()
    checkout.goTo('review')
    await checkout.placeOrder('tok_1')
    expect(await checkout.completePaymentAction()).toBe('idle')
    expect(checkout.pendingAction.value).toBeNull()
    expect(checkout.error.value?.message).toContain('"data:" address')
  })
})
