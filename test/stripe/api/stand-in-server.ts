import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveBrowserFile } from '../js/serve-browser-files.js'
import {
  type Answer,
  answerChallenge,
  type Caller,
  createConfirmationToken,
  createPaymentIntent,
  createRefund,
  retrieveConfirmationToken,
  retrievePaymentIntent,
  type StandInState,
} from './endpoints.js'
import { type FormObject, parseFormBody } from './form-body.js'
import { createIdempotencyKeys } from './idempotency.js'

// A stand-in for Stripe's API and Stripe.js for the tests (no network here): the few calls the
// widget and the mock server make, as Stripe documents them. Never shipped: it lives under
// test/, and a test checks that nothing of it reaches a package's dist.

export interface StripeStandInOptions {
  secretKey?: string
  publishableKey?: string
  /** A connected account the keys may act for (`Stripe-Account`). */
  account?: string
  /** How long a ConfirmationToken lives; Stripe sets `expires_at` on each. */
  tokenTtlSeconds?: number
  /** Added to each API request, so overlapping requests can be shown. */
  latencyMs?: number
}

export interface StripeStandIn {
  /** Its origin: the API under /v1, Stripe.js under /js/stripe.js, its frames under /frames. */
  url: string
  port: number
  secretKey: string
  publishableKey: string
  /** Every PaymentIntent created, oldest first. */
  paymentIntents(): ReturnType<typeof snapshotIntent>[]
  refunds(): StandInState['refunds']
  /** Every API request received: what a test may assert never reached Stripe, or did. */
  requests: Array<{ method: string; path: string; body: string; idempotencyKey?: string }>
  /** Moves the stand-in's clock, to expire ConfirmationTokens. */
  advance(ms: number): void
  close(): Promise<void>
}

const snapshotIntent = (
  intent: StandInState['intents'] extends Map<string, infer T> ? T : never,
) => ({
  id: intent.id,
  amount: intent.amount,
  currency: intent.currency,
  status: intent.status,
  metadata: { ...intent.metadata },
  amountRefunded: intent.amountRefunded,
})

export async function startStripeStandIn(
  options: StripeStandInOptions = {},
): Promise<StripeStandIn> {
  const secretKey = options.secretKey ?? 'sk_test_standin'
  const publishableKey = options.publishableKey ?? 'pk_test_standin'
  let offset = 0
  const state: StandInState = {
    now: () => Date.now() + offset,
    origin: '',
    tokenTtlSeconds: options.tokenTtlSeconds ?? 12 * 3600,
    tokens: new Map(),
    intents: new Map(),
    refunds: [],
  }
  const idempotency = createIdempotencyKeys(state.now)
  const requests: StripeStandIn['requests'] = []

  async function api(
    request: IncomingMessage,
    url: URL,
    body: string,
  ): Promise<Answer & { headers?: Record<string, string> }> {
    const sentKey = request.headers['idempotency-key']
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      body,
      ...(typeof sentKey === 'string' ? { idempotencyKey: sentKey } : {}),
    })
    const caller = authenticate(request)
    if ('status' in caller) return caller
    const params = parseFormBody(body)
    const query = parseFormBody(url.search.slice(1))
    const route = `${request.method} ${url.pathname.replace(/\/(pi|ctoken)_[A-Za-z0-9]+/, '/:id')}`
    const id = url.pathname.split('/')[3] ?? ''
    const handle = (): Answer => {
      switch (route) {
        case 'POST /v1/confirmation_tokens':
          return createConfirmationToken(state, caller, params)
        case 'GET /v1/confirmation_tokens/:id':
          return retrieveConfirmationToken(state, caller, id)
        case 'POST /v1/payment_intents':
          return createPaymentIntent(state, caller, params)
        case 'GET /v1/payment_intents/:id':
          return retrievePaymentIntent(state, caller, id, query)
        case 'POST /v1/refunds':
          return createRefund(state, caller, params)
        default:
          return {
            status: 404,
            body: {
              error: {
                type: 'invalid_request_error',
                message: `Unrecognized request URL (${request.method}: ${url.pathname}).`,
              },
            },
          }
      }
    }
    const run = async () => {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs))
      const result = handle()
      return { ...result, saved: result.saved ?? false }
    }
    const key = request.headers['idempotency-key']
    if (request.method !== 'POST' || typeof key !== 'string') return run()
    const fingerprint = `${route} ${JSON.stringify(sorted(params))}`
    const scope = `${caller.key} ${caller.account ?? ''}`
    const answer = await idempotency.run(scope, key, fingerprint, run)
    const headers: Record<string, string> = { 'idempotency-key': key }
    if (answer.replayed) headers['idempotent-replayed'] = 'true'
    return { ...answer, headers }
  }

  /** https://docs.stripe.com/api/authentication: `Authorization: Bearer <key>`. */
  function authenticate(request: IncomingMessage): Caller | Answer {
    const key = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    const header = request.headers['stripe-account']
    const account = typeof header === 'string' ? header : undefined
    if (account && account !== options.account) {
      return {
        status: 403,
        body: {
          error: {
            type: 'invalid_request_error',
            message: `The provided key does not have access to account '${account}'.`,
          },
        },
      }
    }
    if (key === secretKey) return { key: 'secret', account }
    if (key === publishableKey) return { key: 'publishable', account }
    return {
      status: 401,
      body: {
        error: {
          type: 'invalid_request_error',
          message: `Invalid API Key provided: ${key ? `${key.slice(0, 8)}…` : '(none)'}`,
        },
      },
    }
  }

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error))
    })
  })

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', state.origin || 'http://127.0.0.1')
    // Stripe.js calls the API from the shop's page: api.stripe.com answers CORS.
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers':
        'authorization, content-type, stripe-account, idempotency-key',
      'access-control-allow-methods': 'GET, POST',
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end()
      return
    }
    const body = await readBody(request)
    if (url.pathname.startsWith('/v1/')) {
      const answer = await api(request, url, body)
      response.writeHead(answer.status, {
        ...cors,
        'content-type': 'application/json',
        ...answer.headers,
      })
      response.end(JSON.stringify(answer.body))
      return
    }
    if (request.method === 'POST' && url.pathname.startsWith('/stand-in/3ds/')) {
      const id = url.pathname.split('/').pop() ?? ''
      const answer = answerChallenge(state, id, parseFormBody(body) as FormObject)
      response.writeHead(answer.status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(answer.body))
      return
    }
    await serveBrowserFile(url.pathname, response, cors)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  state.origin = `http://127.0.0.1:${port}`
  return {
    url: state.origin,
    port,
    secretKey,
    publishableKey,
    paymentIntents: () => [...state.intents.values()].map(snapshotIntent),
    refunds: () => [...state.refunds],
    requests,
    advance: (ms) => {
      offset += ms
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      text += chunk
    })
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}

/** Parameters in one order, so the same request in another key order is the same request. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => [key, sorted(item)]),
  )
}
