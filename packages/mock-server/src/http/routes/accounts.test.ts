import { customerSchema, sessionSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../../engine/commerce-engine.js'
import { createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'

function setup() {
  const app = createApp(createCommerceEngine())
  const send = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(`${API}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return { send }
}

const grace = { email: 'grace@example.com', password: 'cobol-compiler', name: 'Grace Hopper' }

describe('http: accounts', () => {
  it('signs up (201), reads /customers/me with the bearer token and signs out (204)', async () => {
    const { send } = setup()
    const signedUp = await send('POST', '/customers', grace)
    expect(signedUp.status).toBe(201)
    const session = sessionSchema.parse(await signedUp.json())
    const auth = { authorization: `Bearer ${session.token}` }
    const me = await send('GET', '/customers/me', undefined, auth)
    expect(customerSchema.parse(await me.json())).toEqual(session.customer)
    expect((await send('DELETE', '/sessions/current', undefined, auth)).status).toBe(204)
    const after = await send('GET', '/customers/me', undefined, auth)
    expect(after.status).toBe(401)
    expect(await after.json()).toMatchObject({ reason: 'not_signed_in' })
  })

  it('signs in, refusing a wrong password and an unknown e-mail alike (401)', async () => {
    const { send } = setup()
    await send('POST', '/customers', grace)
    const signedIn = await send('POST', '/sessions', {
      email: grace.email,
      password: grace.password,
    })
    expect(signedIn.status).toBe(200)
    expect(sessionSchema.parse(await signedIn.json()).customer.name).toBe('Grace Hopper')
    const wrong = await send('POST', '/sessions', {
      email: grace.email,
      password: 'nope-nope-nope',
    })
    const unknown = await send('POST', '/sessions', { email: 'x@example.com', password: 'nope' })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(await wrong.json()).toEqual(await unknown.json())
  })

  it('refuses a duplicate e-mail, a short password and a malformed body', async () => {
    const { send } = setup()
    await send('POST', '/customers', grace)
    const duplicate = await send('POST', '/customers', grace)
    expect(duplicate.status).toBe(422)
    expect(await duplicate.json()).toMatchObject({
      reason: 'email_already_registered',
      errors: [{ field: 'email' }],
    })
    const short = await send('POST', '/customers', {
      ...grace,
      email: 'b@example.com',
      password: 'x',
    })
    expect(await short.json()).toMatchObject({
      reason: 'invalid_request',
      errors: [{ field: 'password' }],
    })
    expect((await send('POST', '/sessions', [1, 2])).status).toBe(422)
  })

  it('signs in the demo account with its two saved addresses', async () => {
    const { send } = setup()
    const response = await send('POST', '/sessions', {
      email: 'demo@weship.dev',
      password: 'weship-demo-2026',
    })
    const { customer } = sessionSchema.parse(await response.json())
    expect(customer.addresses).toHaveLength(2)
  })

  it('ignores a malformed Authorization header', async () => {
    const { send } = setup()
    for (const authorization of ['Basic abc', 'Bearer', `Bearer ${'x'.repeat(300)}`]) {
      const response = await send('GET', '/customers/me', undefined, { authorization })
      expect(response.status).toBe(401)
    }
  })
})
