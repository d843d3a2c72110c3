import { CheckoutError } from '@weship/checkout-core'
import { type Context, Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import * as z from 'zod/mini'
import { parseInput } from '../engine/parse-input.js'
import type { PaymentDesk } from '../engine/payments/payment-desk.js'
import { paymentActionNotFound } from '../engine/payments/payment-errors.js'
import { answerErrors } from '../http/answer-errors.js'
import { baselineHeaders, bodyTooLarge, limitBodies } from '../http/baseline-headers.js'
import { clientKeyFrom } from '../http/client/client-address.js'
import { parseTrustedProxies } from '../http/client/trusted-proxies.js'
import { normaliseOrigins } from '../http/cors.js'
import { httpProblem, problemResponse } from '../http/problem.js'
import { readJsonBody } from '../http/read-json-body.js'
import { challengePage, challengeScript } from './challenge-page.js'
import { createFramePolicy, paymentPageCsp } from './frame-policy.js'
import { hostedFieldsPage } from './hosted-fields-page.js'
import { hostedFieldsScript } from './hosted-fields-script.js'
import { paymentPagesCss } from './payment-pages-css.js'

export interface PaymentAppOptions {
  /** Merchant origins that may frame the pages besides loopback ones (`*`: any). */
  allowedOrigins?: readonly string[]
  /** Reverse proxies whose `X-Forwarded-For` names the client (see `--trust-proxy`). */
  trustedProxies?: readonly string[]
  logError?: (error: unknown) => void
}

// A card and an origin fit in far less; anything bigger is not from the hosted fields.
const MAX_BODY_BYTES = 4 * 1024
const tokenRequestSchema = z.object({ origin: z.optional(z.string().check(z.maxLength(300))) })
const answerSchema = z.object({ outcome: z.enum(['pass', 'fail']) })

/**
 * The payment origin: hosted card fields, the token endpoint they post to, and the test bank's
 * 3-D Secure page. A separate origin from the API, so card data never touches the merchant's.
 */
export function createPaymentApp(payments: PaymentDesk, options: PaymentAppOptions = {}): Hono {
  const logError = options.logError ?? ((error: unknown) => console.error(error))
  const frames = createFramePolicy(normaliseOrigins(options.allowedOrigins ?? []))
  const client = clientKeyFrom(parseTrustedProxies(options.trustedProxies ?? []))
  const app = new Hono()

  app.use(baselineHeaders({ 'referrer-policy': 'no-referrer' }))
  app.use(methodNotAllowed({ app, onMethodNotAllowed: refuseMethod }))
  app.use(
    limitBodies({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => bodyTooLarge(c, 'Too large.'),
    }),
  )

  app.get('/health', (c) => c.json({ status: 'ok' }))
  app.get('/hosted-fields.js', (c) => asset(c, hostedFieldsScript, 'text/javascript'))
  app.get('/3ds.js', (c) => asset(c, challengeScript, 'text/javascript'))
  app.get('/payment-pages.css', (c) => asset(c, paymentPagesCss, 'text/css'))

  app.get('/hosted-fields', (c) => {
    const parentOrigin = frames.vet(c.req.query('origin'))
    if (!parentOrigin) throw originRefused()
    // The widget's locale and colour scheme; a tag the page cannot speak gets English.
    const html = hostedFieldsPage(parentOrigin, c.req.query('locale'), c.req.query('scheme'))
    return page(c, html, parentOrigin)
  })

  app.post('/tokens', async (c) => {
    assertSameOrigin(c)
    const body = await readJsonBody(c)
    const { origin } = parseInput(tokenRequestSchema, body)
    const parentOrigin = origin === undefined ? undefined : frames.vet(origin)
    if (origin !== undefined && !parentOrigin) throw originRefused()
    const issued = payments.tokenize(body, { parentOrigin, client: client(c) })
    return c.json(issued, 201)
  })

  app.get('/3ds/:actionId', (c) => {
    const challenge = payments.challenges.get(c.req.param('actionId'))
    if (!challenge) throw paymentActionNotFound()
    // The origin that framed the card fields; a token made in-process names none.
    const parentOrigin = challenge.parentOrigin ?? frames.vet(c.req.query('origin'))
    if (!parentOrigin) throw originRefused()
    // The widget's locale and colour scheme; a tag the page cannot speak gets English.
    const { locale, scheme } = c.req.query()
    return page(c, challengePage(challenge, parentOrigin, locale, scheme), parentOrigin)
  })

  app.post('/3ds/:actionId', async (c) => {
    assertSameOrigin(c)
    const { outcome } = parseInput(answerSchema, await readJsonBody(c))
    const actionId = c.req.param('actionId')
    if (!payments.challenges.get(actionId)) throw paymentActionNotFound()
    if (!payments.challenges.answer(actionId, outcome)) {
      const detail = 'This authentication is already finished.'
      throw httpProblem('CONFLICT', 409, 'payment_action_settled', detail)
    }
    return c.json({ status: outcome === 'pass' ? 'passed' : 'failed' })
  })

  app.notFound((c) => problemResponse(c, httpProblem('ADAPTER', 404, 'not_found', 'No such page.')))
  app.onError(answerErrors(logError))
  return app
}

function page(c: Context, html: string, frameAncestor: string) {
  return c.html(html, 200, { 'content-security-policy': paymentPageCsp(frameAncestor) })
}

function asset(c: Context, text: string, type: string) {
  return c.body(text, 200, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-cache',
    'cross-origin-resource-policy': 'same-origin',
  })
}

/** Only the payment pages themselves post here; a browser names any other page's origin. */
function assertSameOrigin(c: Context): void {
  const origin = c.req.header('origin')
  const site = c.req.header('sec-fetch-site')
  if ((origin && origin !== new URL(c.req.url).origin) || (site && site !== 'same-origin')) {
    throw httpProblem('CONFIG', 403, 'origin_not_allowed', 'Only the payment pages post here.')
  }
}

function originRefused(): CheckoutError {
  const detail = 'Pass ?origin= with a merchant origin the server allows (see --allow-origin).'
  return new CheckoutError('CONFIG', detail, { status: 403, reason: 'origin_not_allowed' })
}

function refuseMethod(c: Context, allowed: string[]) {
  const error = httpProblem('ADAPTER', 405, 'method_not_allowed', `Use ${allowed.join(', ')}.`)
  return problemResponse(c, error, { allow: allowed.join(', ') })
}
