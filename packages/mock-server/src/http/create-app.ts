import {
  addItemRequestSchema,
  createCartRequestSchema,
  currencyCodeSchema,
  updateItemRequestSchema,
} from '@weship/checkout-core'
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import * as z from 'zod/mini'
import type { CommerceEngine } from '../engine/commerce-engine.js'
import { parseInput } from '../engine/parse-input.js'
import type { Messenger } from '../messages/messenger.js'
import { publicImages } from './absolute-image-urls.js'
import { answerErrors } from './answer-errors.js'
import { baselineHeaders, bodyTooLarge, limitBodies } from './baseline-headers.js'
import { clientKeyFrom } from './client/client-address.js'
import { parseTrustedProxies } from './client/trusted-proxies.js'
import { corsPolicy, normaliseOrigins } from './cors.js'
import { httpProblem, problemResponse } from './problem.js'
import { MAX_BODY_BYTES, readJsonBody } from './read-json-body.js'
import { registerAccountRoutes } from './routes/accounts.js'
import { registerCheckoutDetailRoutes } from './routes/checkout-details.js'
import { registerDevClockRoutes } from './routes/dev-clock.js'
import { registerDevOutboxRoutes } from './routes/dev-outbox.js'
import { registerOrderLookupRoutes } from './routes/order-lookups.js'
import { registerOrderRoutes } from './routes/orders.js'
import { registerPostPurchaseRoutes } from './routes/post-purchase.js'

export interface AppOptions {
  /** Origins allowed besides any loopback one; `*` allows every origin and must be explicit. */
  allowedOrigins?: readonly string[]
  /** Enables the dev-only routes (`/__dev/clock`, …); off by default, 404 without it. */
  dev?: boolean
  /** Where unexpected errors go; the client only ever sees a generic 500 problem. */
  logError?: (error: unknown) => void
  /** Sends the engine's e-mail; without it, due messages wait for whoever flushes them. */
  messenger?: Messenger
  /**
   * Reverse proxies (addresses, CIDR ranges, `loopback`) whose `X-Forwarded-For` names the client
   * for per-client limits; none by default, so the header is ignored.
   */
  trustedProxies?: readonly string[]
  /**
   * The API's public base URL (`https://shop.example/api`), for absolute image URLs; never taken
   * from the request's `Host`. `http://127.0.0.1:4010` by default; `startMockServer` passes its own.
   */
  publicUrl?: string
}

const productsQuerySchema = z.object({ currency: currencyCodeSchema })
// The image's content never changes for a given product, so browsers may keep it.
const IMAGE_CACHE = 'public, max-age=31536000, immutable'

/** The REST contract of core's http adapter over a commerce engine. */
export function createApp(engine: CommerceEngine, options: AppOptions = {}): Hono {
  const logError = options.logError ?? ((error: unknown) => console.error(error))
  const client = clientKeyFrom(parseTrustedProxies(options.trustedProxies ?? []))
  const images = publicImages(options.publicUrl)
  const deps = { client, images }
  const app = new Hono()

  app.use(...corsPolicy(normaliseOrigins(options.allowedOrigins ?? [])))
  app.use(baselineHeaders())
  app.use(methodNotAllowed({ app, onMethodNotAllowed: refuseMethod }))
  app.use(
    limitBodies({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        const detail = `Bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`
        return bodyTooLarge(c, detail)
      },
    }),
  )

  app.get('/health', (c) => c.json({ status: 'ok' }))

  app.get('/products', (c) => {
    const { currency } = parseInput(productsQuerySchema, {
      currency: c.req.query('currency') ?? engine.currencies[0],
    })
    return c.json({ products: images.products(engine.listProducts(currency)) })
  })

  app.post('/carts', async (c) => {
    // All fields are optional, so a bodiless POST is an empty request (but JSON `null` is not).
    const body = await readJsonBody(c)
    const request = parseInput(createCartRequestSchema, body === undefined ? {} : body)
    const cart = engine.createCart(request, client(c))
    c.header('location', `/carts/${cart.id}`)
    return c.json(images.cart(cart), 201)
  })

  app.get('/carts/:cartId', (c) => {
    return c.json(images.cart(engine.getCart(c.req.param('cartId'))))
  })

  app.post('/carts/:cartId/items', async (c) => {
    const item = parseInput(addItemRequestSchema, await readJsonBody(c))
    const cart = engine.addItem(c.req.param('cartId'), item)
    return c.json(images.cart(cart))
  })

  app.patch('/carts/:cartId/items/:lineId', async (c) => {
    const { quantity } = parseInput(updateItemRequestSchema, await readJsonBody(c))
    const cart = engine.updateItem(c.req.param('cartId'), c.req.param('lineId'), quantity)
    return c.json(images.cart(cart))
  })

  app.delete('/carts/:cartId/items/:lineId', (c) => {
    const cart = engine.removeItem(c.req.param('cartId'), c.req.param('lineId'))
    return c.json(images.cart(cart))
  })

  app.get('/images/:file', (c) => {
    const file = c.req.param('file')
    const svg = file.endsWith('.svg') ? engine.productImage(file.slice(0, -4)) : undefined
    if (svg === undefined) throw notFound()
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': IMAGE_CACHE,
      'cross-origin-resource-policy': 'cross-origin',
      'content-security-policy': "default-src 'none'",
    })
  })

  registerCheckoutDetailRoutes(app, engine, deps)
  const { messenger } = options
  if (messenger) {
    // A placed order's confirmation goes out after the answer: a slow SMTP server must never
    // hold up a purchase. A moved dev clock answers once its messages are out, for tests.
    const sendAfter: MiddlewareHandler = async (_c, next) => {
      await next()
      void messenger.flush()
    }
    const sendBefore: MiddlewareHandler = async (_c, next) => {
      await next()
      await messenger.flush()
    }
    app.post('/carts/:cartId/orders', sendAfter)
    app.post('/carts/:cartId/payment-actions/:actionId/complete', sendAfter)
    if (options.dev) app.post('/__dev/clock', sendBefore)
  }
  registerOrderRoutes(app, engine, deps)
  registerPostPurchaseRoutes(app, engine, deps)
  registerOrderLookupRoutes(app, engine, deps)
  registerAccountRoutes(app, engine, deps)
  if (options.dev) {
    registerDevClockRoutes(app, engine.clock)
    if (messenger) registerDevOutboxRoutes(app, messenger.outbox)
  }

  app.notFound((c) => problemResponse(c, notFound()))
  app.onError(answerErrors(logError))
  return app
}

function notFound() {
  return httpProblem('ADAPTER', 404, 'not_found', 'No such resource.')
}

function refuseMethod(c: Context, allowed: string[]) {
  const detail = `Use ${allowed.join(', ')} on this path.`
  const error = httpProblem('ADAPTER', 405, 'method_not_allowed', detail)
  return problemResponse(c, error, { allow: allowed.join(', ') })
}
