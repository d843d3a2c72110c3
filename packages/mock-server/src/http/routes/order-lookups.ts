import type { Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { readJsonBody } from '../read-json-body.js'
import type { RouteDeps } from '../route-deps.js'

/** The status page's verification form: number and e-mail in a JSON body, never in the URL. */
export function registerOrderLookupRoutes(
  app: Hono,
  engine: CommerceEngine,
  { client }: RouteDeps,
): void {
  app.post('/order-lookups', async (c) => {
    const body = await readJsonBody(c)
    return c.json(engine.lookUpOrder(body, client(c)), 201)
  })
}
