import { type PlaceOrderResult, placeOrderRequestSchema } from '@weship/checkout-core'
import type { Context, Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { parseInput } from '../../engine/parse-input.js'
import type { PublicImages } from '../absolute-image-urls.js'
import { httpProblem } from '../problem.js'
import { readJsonBody } from '../read-json-body.js'
import type { RouteDeps } from '../route-deps.js'
import { bearerToken } from './accounts.js'

/** Payment methods, order placement with 3-D Secure, and the order status page's data. */
export function registerOrderRoutes(
  app: Hono,
  engine: CommerceEngine,
  { client, images }: RouteDeps,
): void {
  app.get('/carts/:cartId/payment-methods', (c) => {
    return c.json({ methods: engine.listPaymentMethods(c.req.param('cartId')) })
  })

  app.post('/carts/:cartId/orders', async (c) => {
    const idempotencyKey = requireIdempotencyKey(c)
    const body = parseInput(placeOrderRequestSchema, await readJsonBody(c))
    const result = await engine.placeOrder(c.req.param('cartId'), body, {
      idempotencyKey,
      client: client(c),
      ...sessionOf(c),
    })
    return placed(c, result, 201, images)
  })

  app.post('/carts/:cartId/payment-actions/:actionId/complete', async (c) => {
    const idempotencyKey = requireIdempotencyKey(c)
    const { cartId, actionId } = c.req.param()
    const result = await engine.completePaymentAction(cartId, actionId, {
      idempotencyKey,
      client: client(c),
      ...sessionOf(c),
    })
    return placed(c, result, 200, images)
  })

  app.get('/orders/:orderId', (c) => {
    const order = engine.getOrder(c.req.param('orderId'), c.req.header('weship-order-token'))
    return c.json(images.order(order))
  })
}

function requireIdempotencyKey(c: Context): string {
  const key = c.req.header('idempotency-key')
  if (key) return key
  const detail = 'Send an Idempotency-Key header: one per attempt, reused on its retries.'
  throw httpProblem('VALIDATION', 400, 'idempotency_key_required', detail)
}

function sessionOf(c: Context): { sessionToken?: string } {
  const token = bearerToken(c)
  return token ? { sessionToken: token } : {}
}

/** The order (201 when placed, 200 when a payment step finished), or 202 for a step to take. */
function placed(c: Context, result: PlaceOrderResult, status: 200 | 201, images: PublicImages) {
  if (result.status === 'action_required') return c.json(result, 202)
  c.header('location', `/orders/${encodeURIComponent(result.order.id)}`)
  return c.json({ ...result, order: images.order(result.order) }, status)
}
