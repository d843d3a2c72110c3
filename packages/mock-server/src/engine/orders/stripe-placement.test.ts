import type { Cart, CheckoutAdapter, PlaceOrderResult } from '@weship/checkout-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  answerStripeChallenge,
  confirmationTokenFor,
} from '../../../../../test/stripe/api/shopper-card.js'
import {
  type StripeStandIn,
  startStripeStandIn,
} from '../../../../../test/stripe/api/stand-in-server.js'
import { createMemoryAdapter } from '../../adapter/memory-adapter.js'
import { type CommerceEngine, createCommerceEngine } from '../commerce-engine.js'
import { STRIPE_METHOD_ID } from '../payments/stripe/stripe-processor.js'

// Stripe mode against the stand-in for Stripe's API: the mock server pays with the `stripe`
// library, which the stand-in answers as https://docs.stripe.com/api does.

let standIn: StripeStandIn
beforeAll(async () => {
  standIn = await startStripeStandIn({ account: 'acct_standin' })
})
afterAll(() => standIn.close())

const cards = {
  visa: '4242424242424242',
  mastercard: '5555555555554444',
  declined: '4000000000000002',
  noFunds: '4000000000009995',
  expired: '4000000000000069',
  wrongCvc: '4000000000000127',
  threeDS: '4000002760003184',
}

function stripeShop(options: { account?: string } = {}) {
  const engine = createCommerceEngine({
    stripe: {
      secretKey: standIn.secretKey,
      publishableKey: standIn.publishableKey,
      apiBase: standIn.url,
      ...(options.account ? { stripeAccount: options.account } : {}),
    },
  })
  return { engine, adapter: createMemoryAdapter(engine) }
}

async function readyCart(engine: CommerceEngine, skus = ['COTTON-TEE-BLACK-M']): Promise<Cart> {
  const cart = engine.createCart({
    currency: 'EUR',
    items: skus.map((sku) => ({ sku, quantity: 1 })),
  })
  engine.setContact(cart.id, { email: 'ada@example.com' })
  engine.setShippingAddress(cart.id, {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  })
  const [option] = engine.listShippingOptions(cart.id)
  return engine.selectShippingOption(cart.id, option?.id ?? '')
}

let keys = 0
const newKey = () => `stripe-test-${Date.now()}-${++keys}`

async function pay(adapter: CheckoutAdapter, cart: Cart, card: string, key = newKey()) {
  const token = await confirmationTokenFor(standIn, card)
  return adapter.placeOrder(
    cart.id,
    { cartVersion: cart.version, payment: { methodId: STRIPE_METHOD_ID, token } },
    { idempotencyKey: key },
  )
}

const intentsFor = (cart: Cart) =>
  standIn.paymentIntents().filter((intent) => intent.metadata.cart_id === cart.id)

function placedOrder(result: PlaceOrderResult) {
  if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
  return result.order
}

describe('Stripe mode', () => {
  it('offers one Stripe card method with the publishable key, and Stripe’s origins for the CSP', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    expect(await adapter.listPaymentMethods(cart.id)).toEqual([
      {
        id: STRIPE_METHOD_ID,
        type: 'card',
        label: 'Card',
        provider: 'stripe',
        stripe: { publishableKey: standIn.publishableKey },
      },
    ])
    expect(adapter.cspRequirements.scriptSrc).toContain('https://js.stripe.com')
    expect(adapter.cspRequirements.connectSrc).toContain('https://api.stripe.com')
  })

  it('confirms a PaymentIntent for the amount due, with the attempt’s key, and records the order', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine, ['COTTON-TEE-BLACK-M', 'STONEWARE-MUG-SLATE'])
    const key = newKey()
    const order = placedOrder(await pay(adapter, cart, cards.visa, key))
    const [intent, ...others] = intentsFor(cart)
    expect(others).toEqual([])
    expect(intent).toMatchObject({
      amount: cart.amountDue.amount,
      currency: 'eur',
      status: 'succeeded',
      metadata: { cart_id: cart.id, cart_version: String(cart.version) },
    })
    const sent = standIn.requests.find(
      (request) => request.path === '/v1/payment_intents' && request.idempotencyKey === key,
    )
    const params = new URLSearchParams(sent?.body)
    expect(params.get('confirm')).toBe('true')
    expect(params.get('automatic_payment_methods[enabled]')).toBe('true')
    expect(params.get('confirmation_token')).toMatch(/^ctoken_/)
    expect(order.receipt.payments).toEqual([
      expect.objectContaining({
        type: 'card',
        brand: 'visa',
        last4: '4242',
        amount: cart.amountDue,
      }),
    ])
    expect(engine.payments.charges().at(-1)).toMatchObject({
      paymentIntent: intent?.id,
      last4: '4242',
    })
  })

  it('tells the declines apart, records nothing, and takes another card', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    const reasons: Record<string, string> = {
      [cards.declined]: 'card_declined',
      [cards.noFunds]: 'insufficient_funds',
      [cards.expired]: 'expired_card',
      [cards.wrongCvc]: 'incorrect_cvc',
    }
    for (const [card, reason] of Object.entries(reasons)) {
      await expect(pay(adapter, cart, card)).rejects.toMatchObject({
        code: 'PAYMENT_DECLINED',
        reason,
      })
    }
    expect(engine.exportState().orders ?? []).toHaveLength(0)
    placedOrder(await pay(adapter, cart, cards.visa))
  })

  it('asks for Stripe’s next action, then records the order once the shopper passed it', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    const asked = await pay(adapter, cart, cards.threeDS)
    if (asked.status !== 'action_required' || asked.action.type !== 'stripe_next_action') {
      throw new Error('Expected a Stripe next action')
    }
    const { id, clientSecret = '' } = asked.action
    expect(clientSecret).toMatch(new RegExp(`^${id}_secret_`))
    // Not answered yet (or the page reloaded and lost the secret): still the same action.
    const early = await adapter.completePaymentAction(cart.id, id, { idempotencyKey: newKey() })
    expect(early).toEqual(asked)
    await answerStripeChallenge(standIn, clientSecret, 'pass')
    const done = await adapter.completePaymentAction(cart.id, id, { idempotencyKey: newKey() })
    expect(placedOrder(done).receipt.payments[0]).toMatchObject({ last4: '3184' })
    // The answer is final: another completion gets the same order, not a second one.
    const again = await adapter.completePaymentAction(cart.id, id, { idempotencyKey: newKey() })
    expect(placedOrder(again).id).toBe(placedOrder(done).id)
    expect(engine.exportState().orders).toHaveLength(1)
  })

  it('declines a failed 3-D Secure as authentication_failed', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    const asked = await pay(adapter, cart, cards.threeDS)
    if (asked.status !== 'action_required' || asked.action.type !== 'stripe_next_action') {
      throw new Error('Expected a Stripe next action')
    }
    await answerStripeChallenge(standIn, asked.action.clientSecret ?? '', 'fail')
    await expect(
      adapter.completePaymentAction(cart.id, asked.action.id, { idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: 'PAYMENT_DECLINED', reason: 'authentication_failed' })
    expect(engine.exportState().orders ?? []).toHaveLength(0)
  })

  it('answers a replay from the stored order: one PaymentIntent, one order', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    const key = newKey()
    const token = await confirmationTokenFor(standIn, cards.visa)
    const request = { cartVersion: cart.version, payment: { methodId: STRIPE_METHOD_ID, token } }
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => adapter.placeOrder(cart.id, request, { idempotencyKey: key })),
    )
    const orders = new Set(
      results.flatMap((result) =>
        result.status === 'fulfilled' ? [placedOrder(result.value).id] : [],
      ),
    )
    expect(orders.size).toBe(1)
    placedOrder(await adapter.placeOrder(cart.id, request, { idempotencyKey: key }))
    expect(intentsFor(cart)).toHaveLength(1)
    expect(engine.exportState().orders).toHaveLength(1)
  })

  it('knows the card behind a new ConfirmationToken: the same card replays, another is refused', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    const key = newKey()
    const first = placedOrder(await pay(adapter, cart, cards.visa, key))
    // After a reload the shopper types the same card again: a new token, the same attempt.
    expect(placedOrder(await pay(adapter, cart, cards.visa, key)).id).toBe(first.id)
    await expect(pay(adapter, cart, cards.mastercard, key)).rejects.toMatchObject({
      code: 'VALIDATION',
      reason: 'idempotency_key_reused',
    })
    expect(intentsFor(cart)).toHaveLength(1)
  })

  it('refuses a ConfirmationToken that was used or expired, so the shopper enters the card again', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    const token = await confirmationTokenFor(standIn, cards.declined)
    const request = { cartVersion: cart.version, payment: { methodId: STRIPE_METHOD_ID, token } }
    await expect(
      adapter.placeOrder(cart.id, request, { idempotencyKey: newKey() }),
    ).rejects.toMatchObject({
      code: 'PAYMENT_DECLINED',
    })
    await expect(
      adapter.placeOrder(cart.id, request, { idempotencyKey: newKey() }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      reason: 'payment_token_invalid',
    })
    const stale = await confirmationTokenFor(standIn, cards.visa)
    standIn.advance(13 * 3600_000)
    try {
      const late = { ...request, payment: { methodId: STRIPE_METHOD_ID, token: stale } }
      await expect(
        adapter.placeOrder(cart.id, late, { idempotencyKey: newKey() }),
      ).rejects.toMatchObject({
        reason: 'payment_token_invalid',
      })
    } finally {
      standIn.advance(-13 * 3600_000)
    }
  })

  it('gives the money back when the order cannot be recorded (the cart was ordered meanwhile)', async () => {
    const { engine, adapter } = stripeShop()
    const cart = await readyCart(engine)
    // Two tabs, two attempts with their own keys: Stripe takes both payments, one order wins.
    const results = await Promise.allSettled([
      pay(adapter, cart, cards.visa),
      pay(adapter, cart, cards.visa),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT', reason: 'cart_already_ordered' },
    })
    const intents = intentsFor(cart)
    expect(intents).toHaveLength(2)
    expect(intents.filter((intent) => intent.amountRefunded === intent.amount)).toHaveLength(1)
    expect(engine.exportState().orders).toHaveLength(1)
  })

  it('takes payments on a connected account when one is configured', async () => {
    const { engine, adapter } = stripeShop({ account: 'acct_standin' })
    const cart = await readyCart(engine)
    const [method] = await adapter.listPaymentMethods(cart.id)
    expect(method?.stripe).toEqual({
      publishableKey: standIn.publishableKey,
      stripeAccount: 'acct_standin',
    })
    const token = await confirmationTokenFor(standIn, cards.visa, { account: 'acct_standin' })
    const result = await adapter.placeOrder(
      cart.id,
      { cartVersion: cart.version, payment: { methodId: STRIPE_METHOD_ID, token } },
      { idempotencyKey: newKey() },
    )
    placedOrder(result)
  })

  it('says the payment provider failed when Stripe cannot be reached, and records nothing', async () => {
    const engine = createCommerceEngine({
      stripe: {
        secretKey: standIn.secretKey,
        publishableKey: standIn.publishableKey,
        apiBase: 'http://127.0.0.1:9',
      },
    })
    const adapter = createMemoryAdapter(engine)
    const cart = await readyCart(engine)
    await expect(pay(adapter, cart, cards.visa)).rejects.toMatchObject({
      code: 'ADAPTER',
      reason: 'payment_provider_error',
    })
    expect(engine.exportState().orders ?? []).toHaveLength(0)
  })
})
