import { CheckoutError } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import type { MedusaPaymentSessionInfo } from './place-order.js'
import { medusaStripeHandler, type StripeConfirmer } from './stripe-handler.js'

const session: MedusaPaymentSessionInfo = {
  id: 'payses_1',
  providerId: 'pp_stripe_stripe',
  // What Medusa's Stripe provider keeps in the session: the PaymentIntent, with its secret.
  data: { id: 'pi_1', client_secret: 'pi_1_secret_2', status: 'requires_payment_method' },
  amount: { amount: 5480, currency: 'EUR' },
}
const payment = { methodId: 'pp_stripe_stripe', token: 'ctoken_1' }

function stripeAnswering(error?: { type: string; message: string }) {
  const calls: Parameters<StripeConfirmer['confirmPayment']>[0][] = []
  const stripe: StripeConfirmer = {
    async confirmPayment(options) {
      calls.push(options)
      return error ? { error } : {}
    },
  }
  return { stripe, calls }
}

describe('medusaStripeHandler', () => {
  it('confirms the session’s PaymentIntent with the ConfirmationToken, in the browser', async () => {
    const { stripe, calls } = stripeAnswering()
    const handler = medusaStripeHandler(Promise.resolve(stripe), {
      returnUrl: 'https://shop.example/',
    })
    expect(handler.sessionData?.(payment)).toEqual({})
    await handler.confirm?.(session, payment)
    expect(calls).toEqual([
      {
        clientSecret: 'pi_1_secret_2',
        confirmParams: { confirmation_token: 'ctoken_1', return_url: 'https://shop.example/' },
        redirect: 'if_required',
      },
    ])
  })

  it('declines with Stripe’s reason kept for the logs only', async () => {
    const { stripe } = stripeAnswering({
      type: 'card_error',
      message: 'Your card has insufficient funds.',
    })
    const failure = await medusaStripeHandler(stripe)
      .confirm?.(session, payment)
      .catch((e) => e)
    expect(failure).toBeInstanceOf(CheckoutError)
    expect(failure).toMatchObject({ code: 'PAYMENT_DECLINED', reason: 'card_declined' })
    expect((failure as CheckoutError).message).not.toContain('insufficient')
  })

  it('tells an unreachable Stripe from a decline, and a session without a secret from both', async () => {
    const offline = stripeAnswering({ type: 'api_connection_error', message: 'offline' })
    const unreachable = medusaStripeHandler(offline.stripe).confirm?.(session, payment)
    await expect(unreachable).rejects.toMatchObject({ code: 'NETWORK', reason: 'unreachable' })
    const { stripe } = stripeAnswering()
    const noSecret = medusaStripeHandler(stripe).confirm?.({ ...session, data: {} }, payment)
    await expect(noSecret).rejects.toMatchObject({ code: 'CONFIG' })
  })
})
