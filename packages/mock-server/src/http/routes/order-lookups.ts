import type { Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import type { ClientKey } from '../client/client-address.js'
import { readJsonBody } from '../read-json-body.js'

/** The status page's verification form: number and e-mail in a JSON body, never in the URL. */
export function registerOrderLookupRoutes(
  app: Hono,
  engine: CommerceEngine,
  client: ClientKey,
): void {
  app.post('/order-lookups', async (c) => {
    const body = await readJsonBody(c)
    return c.json(engine.lookUpOrder(body, client(c)), 201)
  })
}
