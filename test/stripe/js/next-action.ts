import type {
  PaymentIntent,
  PaymentIntentOrSetupIntentResult,
  StripeError,
} from '@stripe/stripe-js'

// stripe.handleNextAction in the stand-in: https://docs.stripe.com/js/payment_intents/handle_next_action.
// A PaymentIntent that `requires_action` gets Stripe's modal (the bank's page in an iframe over
// the shop's page); any other status is an error result, as Stripe.js answers.

async function retrieve(
  origin: string,
  key: string,
  account: string | undefined,
  clientSecret: string,
): Promise<PaymentIntent | StripeError> {
  const id = clientSecret.split('_secret_')[0] ?? ''
  const url = `${origin}/v1/payment_intents/${id}?client_secret=${encodeURIComponent(clientSecret)}`
  try {
    const response = await fetch(url, {
      headers: {
        authorization: `Bearer ${key}`,
        ...(account ? { 'stripe-account': account } : {}),
      },
    })
    const body = (await response.json()) as { error?: StripeError } & PaymentIntent
    return body.error ?? body
  } catch {
    return { type: 'api_connection_error', message: 'Could not reach Stripe.' }
  }
}

const isError = (value: PaymentIntent | StripeError): value is StripeError => !('object' in value)

export async function handleNextAction(
  origin: string,
  key: string,
  account: string | undefined,
  clientSecret: string,
): Promise<PaymentIntentOrSetupIntentResult> {
  const before = await retrieve(origin, key, account, clientSecret)
  if (isError(before)) return { error: before }
  if (before.status !== 'requires_action') {
    return {
      error: {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        message: `The PaymentIntent has status ${before.status}.`,
        payment_intent: before,
      },
    }
  }
  await showChallenge(origin, before.id, clientSecret)
  const after = await retrieve(origin, key, account, clientSecret)
  if (isError(after)) return { error: after }
  if (after.status === 'succeeded') return { paymentIntent: after }
  return {
    error: {
      type: 'card_error',
      code: 'payment_intent_authentication_failure',
      message: 'We are unable to authenticate your payment method.',
      payment_intent: after,
    },
  }
}

/** The bank's page in a modal over the whole shop page, until it says it was answered. */
function showChallenge(origin: string, id: string, clientSecret: string): Promise<void> {
  const overlay = document.createElement('div')
  overlay.dataset.stripeStandIn = 'challenge'
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '0',
    background: 'rgba(0, 0, 0, 0.4)',
    display: 'grid',
    placeItems: 'center',
    zIndex: '2147483647',
  })
  const frame = document.createElement('iframe')
  frame.title = '3D Secure authentication'
  const query = new URLSearchParams({
    payment_intent: id,
    client_secret: clientSecret,
    parent: location.origin,
  })
  frame.src = `${origin}/frames/3ds.html?${query}`
  Object.assign(frame.style, { width: '400px', height: '320px', border: '0', background: '#fff' })
  overlay.append(frame)
  document.body.append(overlay)
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== frame.contentWindow) return
      if ((event.data as { type?: string }).type !== 'stripe-stand-in:3ds-done') return
      window.removeEventListener('message', onMessage)
      overlay.remove()
      resolve()
    }
    window.addEventListener('message', onMessage)
  })
}
