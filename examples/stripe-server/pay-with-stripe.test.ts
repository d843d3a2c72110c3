import { cartFixture } from '@weship/checkout-core/testing'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { answerStripeChallenge, confirmationTokenFor } from '../../test/stripe/api/shopper-card'
import { type StripeStandIn, startStripeStandIn } from '../../test/stripe/api/stand-in-server'
import { stripePayments } from './pay-with-stripe'

// The merchant's server of docs/payments/stripe.md, run against the stand-in for Stripe's API.

let standIn: StripeStandIn
beforeAll(async () => {
  standIn = await startStripeStandIn()
})
afterAll(() => standIn.close())

function server() {
  const stripe = new Stripe(standIn.secretKey, {
    host: '127.0.0.1',
    port: standIn.port,
    protocol: 'http',
  })
  const placeOrder = vi.fn(async () => ({ status: 'completed' }) as never)
  const cart = cartFixture({
    id: `cart-${Math.random()}`,
    amountDue: { amount: 4290, currency: 'EUR' },
  })
  return { ...stripePayments(stripe, placeOrder), placeOrder, cart }
}

let key = 0
const newKey = () => `sample-${++key}`

describe('a merchant server paying with Stripe (the docs’ sample)', () => {
  it('charges the cart’s amount due and places the order', async () => {
    const { pay, placeOrder, cart } = server()
    const answer = await pay(
      cart,
      await confirmationTokenFor(standIn, '4242424242424242'),
      newKey(),
    )
    expect(answer.status).toBe(201)
    expect(placeOrder).toHaveBeenCalledExactlyOnceWith(cart)
    const paid = standIn.paymentIntents().find((intent) => intent.metadata.cart_id === cart.id)
    expect(paid).toMatchObject({ amount: 4290, currency: 'eur', status: 'succeeded' })
  })

  it('answers a decline with its reason and places nothing', async () => {
    const { pay, placeOrder, cart } = server()
    const token = await confirmationTokenFor(standIn, '4000000000009995')
    expect(await pay(cart, token, newKey())).toEqual({
      status: 402,
      body: { code: 'PAYMENT_DECLINED', reason: 'insufficient_funds' },
    })
    expect(placeOrder).not.toHaveBeenCalled()
  })

  it('hands 3-D Secure to the widget, then places the order once Stripe says it passed', async () => {
    const { pay, complete, placeOrder, cart } = server()
    const asked = await pay(cart, await confirmationTokenFor(standIn, '4000002760003184'), newKey())
    expect(asked.status).toBe(202)
    const action = 'action' in asked.body ? asked.body.action : undefined
    if (action?.type !== 'stripe_next_action') throw new Error('Expected a Stripe next action')
    expect(placeOrder).not.toHaveBeenCalled()
    await answerStripeChallenge(standIn, action.clientSecret ?? '', 'pass')
    expect((await complete(cart, action.id)).status).toBe(201)
    expect(placeOrder).toHaveBeenCalledOnce()
  })

  it('refuses to place an order for a PaymentIntent of another amount', async () => {
    const { pay, complete, placeOrder, cart } = server()
    const asked = await pay(cart, await confirmationTokenFor(standIn, '4000002760003184'), newKey())
    const action = 'action' in asked.body ? asked.body.action : undefined
    if (action?.type !== 'stripe_next_action') throw new Error('Expected a Stripe next action')
    await answerStripeChallenge(standIn, action.clientSecret ?? '', 'pass')
    const grown = { ...cart, amountDue: { amount: 9999, currency: 'EUR' } }
    await expect(complete(grown, action.id)).rejects.toThrow(/is not this cart's/)
    expect(placeOrder).not.toHaveBeenCalled()
  })
})
