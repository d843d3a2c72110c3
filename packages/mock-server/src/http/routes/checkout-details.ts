import {
  addressSchema,
  applyCodeRequestSchema,
  type Cart,
  contactSchema,
  selectShippingOptionRequestSchema,
} from '@weship/checkout-core'
import type { Context, Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { parseInput } from '../../engine/parse-input.js'
import { readJsonBody } from '../read-json-body.js'
import type { RouteDeps } from '../route-deps.js'

/** Contact, addresses, delivery options and codes: the checkout's details on a cart. */
export function registerCheckoutDetailRoutes(
  app: Hono,
  engine: CommerceEngine,
  { client, images }: RouteDeps,
): void {
  const reply = (c: Context, cart: Cart) => c.json(images.cart(cart))

  app.put('/carts/:cartId/contact', async (c) => {
    const contact = parseInput(contactSchema, await readJsonBody(c))
    return reply(c, engine.setContact(c.req.param('cartId'), contact, client(c)))
  })

  app.put('/carts/:cartId/shipping-address', async (c) => {
    const address = parseInput(addressSchema, await readJsonBody(c))
    return reply(c, engine.setShippingAddress(c.req.param('cartId'), address))
  })

  app.put('/carts/:cartId/billing-address', async (c) => {
    const address = parseInput(addressSchema, await readJsonBody(c))
    return reply(c, engine.setBillingAddress(c.req.param('cartId'), address))
  })

  app.delete('/carts/:cartId/billing-address', (c) =>
    reply(c, engine.setBillingAddress(c.req.param('cartId'), null)),
  )

  app.get('/carts/:cartId/shipping-options', (c) =>
    c.json({ options: engine.listShippingOptions(c.req.param('cartId')) }),
  )

  app.put('/carts/:cartId/shipping-option', async (c) => {
    const body = parseInput(selectShippingOptionRequestSchema, await readJsonBody(c))
    const cartId = c.req.param('cartId')
    return reply(c, engine.selectShippingOption(cartId, body.optionId, body.pickupPointId))
  })

  app.post('/carts/:cartId/codes', async (c) => {
    const { code } = parseInput(applyCodeRequestSchema, await readJsonBody(c))
    return reply(c, engine.applyCode(c.req.param('cartId'), code, client(c)))
  })

  app.delete('/carts/:cartId/codes/:code', (c) =>
    reply(c, engine.removeCode(c.req.param('cartId'), c.req.param('code'))),
  )
}
