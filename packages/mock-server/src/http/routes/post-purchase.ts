import { recoverCartRequestSchema } from '@weship/checkout-core'
import type { Context, Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { parseInput } from '../../engine/parse-input.js'
import { emailTranslator } from '../../messages/email-translator.js'
import { cartWithImagesFrom } from '../absolute-image-urls.js'
import { readJsonBody } from '../read-json-body.js'
import { unsubscribedPage } from './unsubscribed-page.js'

// Static pages with inline styles only: nothing to load, nothing to run.
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'"

const orderToken = (c: Context) => c.req.header('weship-order-token')

/** Tracking, feedback, cart recovery and unsubscribe links: what follows "Place order". */
export function registerPostPurchaseRoutes(app: Hono, engine: CommerceEngine): void {
  app.get('/orders/:orderId/tracking', (c) => {
    return c.json(engine.getTracking(c.req.param('orderId'), orderToken(c)))
  })

  app.post('/orders/:orderId/feedback', async (c) => {
    const body = await readJsonBody(c)
    return c.json(engine.submitFeedback(c.req.param('orderId'), orderToken(c), body), 201)
  })

  app.post('/cart-recoveries', async (c) => {
    const { token } = parseInput(recoverCartRequestSchema, await readJsonBody(c))
    const origin = new URL(c.req.url).origin
    return c.json(cartWithImagesFrom(origin, engine.recoverCart(token)))
  })

  // The link in every marketing e-mail: one visit unsubscribes, no form to fill in.
  app.get('/unsubscribes/:token', (c) => {
    engine.unsubscribe(c.req.param('token'))
    c.header('content-security-policy', PAGE_CSP)
    // The link carries the e-mail's language; a hand-typed one falls back to the browser's.
    const language = c.req.query('lang') ?? c.req.header('accept-language')?.split(/[,;]/)[0]
    return c.html(unsubscribedPage(emailTranslator(language)))
  })

  // RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click`; the body adds nothing.
  app.post('/unsubscribes/:token', (c) => {
    engine.unsubscribe(c.req.param('token'))
    return c.body(null, 204)
  })
}
