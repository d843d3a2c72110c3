import { type Cart, type PlaceOrderResult, toStripeAmount } from '@weship/checkout-core'
import type Stripe from 'stripe'

const declined = (reason: string) => ({ status: 402, body: { code: 'PAYMENT_DECLINED', reason } })

/** Your server's two payment routes of the REST contract (docs/rest-api.md), paid with Stripe. */
export function stripePayments(
  stripe: Stripe,
  placeOrder: (cart: Cart) => Promise<PlaceOrderResult>,
) {
  /** POST /carts/{cartId}/orders, body { cartVersion, payment: { methodId, token } } */
  async function pay(cart: Cart, confirmationToken: string, idempotencyKey: string) {
    try {
      const intent = await stripe.paymentIntents.create(
        {
          ...toStripeAmount(cart.amountDue), // your server's total, never the browser's
          confirm: true,
          confirmation_token: confirmationToken,
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          metadata: { cart_id: cart.id },
        },
        { idempotencyKey }, // the widget's key for this attempt: a retry never pays twice
      )
      return await settle(cart, intent)
    } catch (error) {
      const { rawType, decline_code, code } = error as Stripe.errors.StripeError
      if (rawType !== 'card_error') throw error // not a decline: a 5xx, and the widget retries
      // Stripe's codes are the contract's reasons (expired_card, incorrect_cvc…), but for one.
      return declined(
        decline_code === 'insufficient_funds' ? decline_code : (code ?? 'card_declined'),
      )
    }
  }

  /** POST /carts/{cartId}/payment-actions/{paymentIntentId}/complete, after 3-D Secure */
  async function complete(cart: Cart, paymentIntentId: string) {
    return settle(cart, await stripe.paymentIntents.retrieve(paymentIntentId))
  }

  async function settle(cart: Cart, intent: Stripe.PaymentIntent) {
    const { amount, currency } = toStripeAmount(cart.amountDue)
    const ours = intent.metadata.cart_id === cart.id && intent.currency === currency
    if (!ours || intent.amount !== amount) throw new Error(`${intent.id} is not this cart's`)
    if (intent.status === 'requires_action') {
      const clientSecret = intent.client_secret ?? undefined
      const action = { id: intent.id, type: 'stripe_next_action' as const, clientSecret }
      return { status: 202, body: { status: 'action_required' as const, action } }
    }
    if (intent.status !== 'succeeded') return declined('authentication_failed')
    return { status: 201, body: await placeOrder(cart) } // only now: paid, this cart, this amount
  }

  return { pay, complete }
}
