import type { FormObject } from './form-body.js'
import { stringParam } from './form-body.js'
import {
  apiError,
  type BillingDetails,
  confirmationTokenJson,
  intentJson,
  newId,
  type StoredIntent,
  type StoredToken,
} from './objects.js'
import { brandOf, passesLuhn, testCards } from './test-cards.js'

export interface Caller {
  /** Secret keys act for the merchant's server; publishable keys only as Stripe.js does. */
  key: 'secret' | 'publishable'
  account: string | undefined
}

export interface Answer {
  status: number
  body: unknown
  /** Saved for the idempotency key: only once the endpoint started executing. */
  saved?: boolean
}

export interface StandInState {
  now(): number
  origin: string
  tokenTtlSeconds: number
  tokens: Map<string, StoredToken>
  intents: Map<string, StoredIntent>
  refunds: Array<{ id: string; paymentIntent: string; amount: number }>
}

const seconds = (state: StandInState) => Math.floor(state.now() / 1000)
const secretOnly = () =>
  apiError(403, {
    type: 'invalid_request_error',
    message: 'This API call cannot be made with a publishable API key.',
  })
const missing = (param: string, id: string) =>
  apiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${param}: '${id}'`,
  })
const invalid = (param: string, message: string) =>
  apiError(400, { type: 'invalid_request_error', param, message })

/**
 * POST /v1/confirmation_tokens — what the stand-in's Payment Element frame sends with the card.
 * (Stripe.js's own request is internal to Stripe; the object it yields is the public one.)
 */
export function createConfirmationToken(
  state: StandInState,
  caller: Caller,
  body: FormObject,
): Answer {
  const number = (stringParam(body, 'payment_method_data', 'card', 'number') ?? '').replace(
    /\D/g,
    '',
  )
  const expMonth = Number(stringParam(body, 'payment_method_data', 'card', 'exp_month'))
  const expYear = Number(stringParam(body, 'payment_method_data', 'card', 'exp_year'))
  if (!passesLuhn(number)) {
    return apiError(402, {
      type: 'card_error',
      code: 'incorrect_number',
      param: 'number',
      message: 'Your card number is incorrect.',
    })
  }
  const token: StoredToken = {
    id: newId('ctoken'),
    account: caller.account,
    created: seconds(state),
    expiresAt: seconds(state) + state.tokenTtlSeconds,
    paymentIntent: null,
    card: { number, brand: brandOf(number), last4: number.slice(-4), expMonth, expYear },
    billingDetails: billingDetailsOf(body),
  }
  state.tokens.set(token.id, token)
  return { status: 200, body: confirmationTokenJson(token), saved: true }
}

function billingDetailsOf(body: FormObject): BillingDetails {
  const field = (...path: string[]) =>
    stringParam(body, 'payment_method_data', 'billing_details', ...path) ?? null
  const address = ['line1', 'line2', 'city', 'state', 'postal_code', 'country'].map(
    (part) => [part, field('address', part) ?? ''] as const,
  )
  return {
    name: field('name'),
    email: field('email'),
    phone: field('phone'),
    address: address.some(([, value]) => value) ? Object.fromEntries(address) : null,
  }
}

/** GET /v1/confirmation_tokens/:id — https://docs.stripe.com/api/confirmation_tokens/retrieve */
export function retrieveConfirmationToken(state: StandInState, caller: Caller, id: string): Answer {
  if (caller.key !== 'secret') return secretOnly()
  const token = state.tokens.get(id)
  if (!token || token.account !== caller.account) return missing('confirmation_token', id)
  return { status: 200, body: confirmationTokenJson(token) }
}

/** POST /v1/payment_intents — https://docs.stripe.com/api/payment_intents/create, `confirm=true`. */
export function createPaymentIntent(state: StandInState, caller: Caller, body: FormObject): Answer {
  if (caller.key !== 'secret') return secretOnly()
  const amount = Number(stringParam(body, 'amount'))
  const currency = stringParam(body, 'currency') ?? ''
  if (!Number.isSafeInteger(amount) || amount < 1) return invalid('amount', 'Invalid integer.')
  if (!/^[a-z]{3}$/.test(currency)) return invalid('currency', 'Invalid currency.')
  const intent: StoredIntent = {
    id: newId('pi'),
    clientSecret: '',
    account: caller.account,
    created: seconds(state),
    amount,
    currency,
    status: 'requires_payment_method',
    metadata: metadataOf(body),
    automaticPaymentMethods:
      stringParam(body, 'automatic_payment_methods', 'enabled') === 'true'
        ? {
            enabled: true,
            ...(stringParam(body, 'automatic_payment_methods', 'allow_redirects')
              ? {
                  allow_redirects: stringParam(
                    body,
                    'automatic_payment_methods',
                    'allow_redirects',
                  ),
                }
              : {}),
          }
        : null,
    card: undefined,
    billingDetails: undefined,
    paymentMethodId: null,
    latestCharge: null,
    lastPaymentError: null,
    amountRefunded: 0,
  }
  intent.clientSecret = `${intent.id}_secret_${newId('s').slice(2)}`
  const expand = expandOf(body)
  if (stringParam(body, 'confirm') !== 'true') {
    state.intents.set(intent.id, intent)
    return { status: 200, body: intentJson(intent, { expand, origin: state.origin }), saved: true }
  }
  const tokenId = stringParam(body, 'confirmation_token')
  if (!tokenId) return invalid('confirmation_token', 'Missing required param: confirmation_token.')
  const token = state.tokens.get(tokenId)
  if (!token || token.account !== caller.account) return missing('confirmation_token', tokenId)
  // https://docs.stripe.com/api/confirmation_tokens/object: `expires_at`, and `payment_intent`
  // once used — a token confirms one intent, once.
  if (token.paymentIntent) {
    return invalid('confirmation_token', 'This ConfirmationToken has already been used.')
  }
  if (token.expiresAt <= seconds(state)) {
    return invalid('confirmation_token', 'This ConfirmationToken has expired.')
  }
  token.paymentIntent = intent.id
  intent.card = token.card
  intent.billingDetails = token.billingDetails
  intent.paymentMethodId = newId('pm')
  state.intents.set(intent.id, intent)
  return attemptPayment(state, intent, expand)
}

/** What the card does, by Stripe's test cards (https://docs.stripe.com/testing). */
function attemptPayment(state: StandInState, intent: StoredIntent, expand: string[]): Answer {
  const outcome = testCards.get(intent.card?.number ?? '')?.outcome ?? {
    kind: 'decline' as const,
    code: 'card_declined',
    declineCode: 'test_mode_live_card',
    message: 'Your card was declined. Your request was in test mode, but used a non test card.',
  }
  if (outcome.kind === 'succeed') succeed(intent)
  if (outcome.kind === 'authenticate') intent.status = 'requires_action'
  if (outcome.kind === 'decline') {
    const error = {
      type: 'card_error',
      code: outcome.code,
      ...(outcome.declineCode ? { decline_code: outcome.declineCode } : {}),
      message: outcome.message,
    }
    intent.status = 'requires_payment_method'
    intent.lastPaymentError = error
    // https://docs.stripe.com/api/errors: a card error is 402, with the PaymentIntent attached.
    const json = intentJson(intent, { expand, origin: state.origin })
    return { ...apiError(402, { ...error, payment_intent: json }), saved: true }
  }
  return { status: 200, body: intentJson(intent, { expand, origin: state.origin }), saved: true }
}

function succeed(intent: StoredIntent) {
  intent.status = 'succeeded'
  intent.latestCharge = newId('ch')
  intent.lastPaymentError = null
}

/**
 * GET /v1/payment_intents/:id — with a secret key, or with a publishable key and the intent's
 * `client_secret` (https://docs.stripe.com/api/payment_intents/retrieve), as Stripe.js does.
 */
export function retrievePaymentIntent(
  state: StandInState,
  caller: Caller,
  id: string,
  query: FormObject,
): Answer {
  const intent = state.intents.get(id)
  if (!intent || intent.account !== caller.account) return missing('payment_intent', id)
  if (caller.key === 'publishable' && stringParam(query, 'client_secret') !== intent.clientSecret) {
    return missing('payment_intent', id)
  }
  const json = intentJson(intent, { expand: expandOf(query), origin: state.origin })
  return { status: 200, body: caller.key === 'secret' ? json : { ...json, metadata: {} } }
}

/** The stand-in's bank: the 3-D Secure page's answer, as Stripe's test pages settle it. */
export function answerChallenge(state: StandInState, id: string, body: FormObject): Answer {
  const intent = state.intents.get(id)
  if (!intent || stringParam(body, 'client_secret') !== intent.clientSecret) {
    return missing('payment_intent', id)
  }
  if (intent.status !== 'requires_action') return invalid('payment_intent', 'Nothing to answer.')
  if (stringParam(body, 'outcome') === 'pass') succeed(intent)
  else {
    // https://docs.stripe.com/payments/3d-secure/authentication-flow#handling-failure
    intent.status = 'requires_payment_method'
    intent.lastPaymentError = {
      type: 'card_error',
      code: 'payment_intent_authentication_failure',
      message:
        'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    }
  }
  return { status: 200, body: { status: intent.status } }
}

/** POST /v1/refunds — https://docs.stripe.com/api/refunds/create, the whole amount. */
export function createRefund(state: StandInState, caller: Caller, body: FormObject): Answer {
  if (caller.key !== 'secret') return secretOnly()
  const id = stringParam(body, 'payment_intent') ?? ''
  const intent = state.intents.get(id)
  if (!intent || intent.account !== caller.account) return missing('payment_intent', id)
  if (intent.status !== 'succeeded' || intent.amountRefunded > 0) {
    return apiError(400, {
      type: 'invalid_request_error',
      code: 'charge_already_refunded',
      message: `This PaymentIntent has no charge left to refund.`,
    })
  }
  intent.amountRefunded = intent.amount
  const refund = { id: newId('re'), paymentIntent: intent.id, amount: intent.amount }
  state.refunds.push(refund)
  const json = {
    id: refund.id,
    object: 'refund',
    amount: refund.amount,
    currency: intent.currency,
    payment_intent: intent.id,
    status: 'succeeded',
  }
  return { status: 200, body: json, saved: true }
}

function metadataOf(body: FormObject): Record<string, string> {
  const metadata = body.metadata
  if (typeof metadata !== 'object' || Array.isArray(metadata)) return {}
  return Object.fromEntries(
    Object.entries(metadata).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

function expandOf(params: FormObject): string[] {
  const expand = params.expand
  return Array.isArray(expand)
    ? expand.filter((item): item is string => typeof item === 'string')
    : []
}
