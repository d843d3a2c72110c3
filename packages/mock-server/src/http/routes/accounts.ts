import { signInRequestSchema, signUpRequestSchema } from '@weship/checkout-core'
import type { Context, Hono } from 'hono'
import type { CommerceEngine } from '../../engine/commerce-engine.js'
import { parseInput } from '../../engine/parse-input.js'
import { readJsonBody } from '../read-json-body.js'
import type { RouteDeps } from '../route-deps.js'

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S{1,200})$/i.exec(c.req.header('authorization') ?? '')
  return match?.[1]
}

/** Sign-up, sign-in, sign-out and the signed-in customer (`capabilities.accounts`). */
export function registerAccountRoutes(
  app: Hono,
  engine: CommerceEngine,
  { client }: RouteDeps,
): void {
  app.post('/customers', async (c) => {
    const request = parseInput(signUpRequestSchema, await readJsonBody(c))
    const session = await engine.signUp(request, client(c))
    return c.json(session, 201)
  })

  app.post('/sessions', async (c) => {
    const request = parseInput(signInRequestSchema, await readJsonBody(c))
    const session = await engine.signIn(request, client(c))
    return c.json(session)
  })

  app.delete('/sessions/current', (c) => {
    engine.signOut(bearerToken(c))
    return c.body(null, 204)
  })

  app.get('/customers/me', (c) => c.json(engine.getCustomer(bearerToken(c))))
}
