import { recoverCartRequestSchema, reorderRequestSchema } from '@weship/checkout-core'
import type { Context, Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { parseInput } from '../../engine/parse-input.js'
import {
  confirmationNotFound,
  unsubscribeNotFound,
} from '../../engine/post-purchase/post-purchase.js'
import { readJsonBody } from '../read-json-body.js'
import type { RouteDeps } from '../route-deps.js'
import { registerEmailLink } from './link-response.js'

const orderToken = (c: Context) => c.req.header('weship-order-token')

/** Tracking, feedback, buying again, cart recovery and unsubscribe links: after "Place order". */
export function registerPostPurchaseRoutes(
  app: Hono,
  engine: CommerceEngine,
  { images }: RouteDeps,
): void {
  app.get('/orders/:orderId/tracking', (c) => {
    return c.json(engine.getTracking(c.req.param('orderId'), orderToken(c)))
  })

  app.post('/orders/:orderId/feedback', async (c) => {
    const body = await readJsonBody(c)
    return c.json(engine.submitFeedback(c.req.param('orderId'), orderToken(c), body), 201)
  })

  app.post('/cart-recoveries', async (c) => {
    const { token } = parseInput(recoverCartRequestSchema, await readJsonBody(c))
    return c.json(images.cart(engine.recoverCart(token)))
  })

  app.post('/orders/:orderId/reorder-links', (c) => {
    return c.json(engine.createReorderLink(c.req.param('orderId'), orderToken(c)), 201)
  })

  // The token travels in the body, like a recovery token: it stays out of access logs.
  app.post('/reorders', async (c) => {
    const { token } = parseInput(reorderRequestSchema, await readJsonBody(c))
    const { cart, unavailable } = engine.reorder(token)
    return c.json({ cart: cart && images.cart(cart), unavailable }, 201)
  })

  // Every marketing e-mail's unsubscribe link; mail clients' RFC 8058 one-click POSTs it too.
  registerEmailLink(app, '/unsubscribes/:token', {
    isLive: engine.isUnsubscribeLink,
    act: engine.unsubscribe,
    notFound: unsubscribeNotFound,
    question: 'unsubscribe',
    done: 'unsubscribed',
  })
  // Double opt-in: the confirmation e-mail's link.
  registerEmailLink(app, '/marketing-confirmations/:token', {
    isLive: engine.isMarketingConfirmationLink,
    act: engine.confirmMarketing,
    notFound: confirmationNotFound,
    question: 'confirmSubscription',
    done: 'subscribed',
  })
}
