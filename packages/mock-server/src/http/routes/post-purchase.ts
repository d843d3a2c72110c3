import { recoverCartRequestSchema } from '@weship/checkout-core'
import type { Context, Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { parseInput } from '../../engine/parse-input.js'
import {
  confirmationNotFound,
  unsubscribeNotFound,
} from '../../engine/post-purchase/post-purchase.js'
import { readJsonBody } from '../read-json-body.js'
import type { RouteDeps } from '../route-deps.js'
import { linkPage, wantsPage } from './link-response.js'

const orderToken = (c: Context) => c.req.header('weship-order-token')

/** Tracking, feedback, cart recovery and unsubscribe links: what follows "Place order". */
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

  // The link in every marketing e-mail opens a question with a button: mail scanners follow
  // links, so a GET changes nothing. The button and RFC 8058 one-click clients POST.
  app.get('/unsubscribes/:token', (c) => {
    const token = c.req.param('token')
    if (engine.isUnsubscribeLink(token)) return linkPage(c, 'unsubscribe')
    if (wantsPage(c)) return linkPage(c, 'linkInvalid', 404)
    throw unsubscribeNotFound()
  })

  app.post('/unsubscribes/:token', (c) => {
    const token = c.req.param('token')
    // The page's button wants a page; a mail client's one-click (`List-Unsubscribe=One-Click`)
    // wants nothing but the status.
    if (!wantsPage(c)) {
      engine.unsubscribe(token)
      return c.body(null, 204)
    }
    if (!engine.isUnsubscribeLink(token)) return linkPage(c, 'linkInvalid', 404)
    engine.unsubscribe(token)
    return linkPage(c, 'unsubscribed')
  })

  // Double opt-in: the confirmation e-mail's link opens a page whose button confirms; the GET
  // alone changes nothing, so a mail scanner cannot subscribe anyone.
  app.get('/marketing-confirmations/:token', (c) => {
    if (engine.isMarketingConfirmationLink(c.req.param('token'))) {
      return linkPage(c, 'confirmSubscription')
    }
    if (wantsPage(c)) return linkPage(c, 'linkInvalid', 404)
    throw confirmationNotFound()
  })

  app.post('/marketing-confirmations/:token', (c) => {
    const token = c.req.param('token')
    if (!wantsPage(c)) {
      engine.confirmMarketing(token)
      return c.body(null, 204)
    }
    if (!engine.isMarketingConfirmationLink(token)) return linkPage(c, 'linkInvalid', 404)
    engine.confirmMarketing(token)
    return linkPage(c, 'subscribed')
  })
}
