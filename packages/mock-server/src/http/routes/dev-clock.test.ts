import { describe, expect, it } from 'vitest'
import { createClock } from '../../engine/clock.js'
import { createCommerceEngine } from '../../engine/commerce-engine.js'
import { createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'
const START = Date.parse('2026-11-26T10:00:00Z')

function setup(dev: boolean) {
  const engine = createCommerceEngine({ clock: createClock(new Date(START)) })
  const app = createApp(engine, { dev })
  const send = (method: string, body?: unknown) =>
    app.request(`${API}/__dev/clock`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
  return { engine, send }
}

const readNow = async (response: Response) => {
  expect(response.status).toBe(200)
  const { now } = (await response.json()) as { now: string }
  return Date.parse(now)
}

describe('dev clock', () => {
  it('GET /__dev/clock tells the engine time', async () => {
    const { send } = setup(true)
    expect((await readNow(await send('GET'))) - START).toBeLessThan(5_000)
  })

  it('POST /__dev/clock moves the engine clock forward by an ISO 8601 duration', async () => {
    const { engine, send } = setup(true)
    const now = await readNow(await send('POST', { advance: 'PT2H' }))
    expect(now - START).toBeGreaterThanOrEqual(2 * 3600_000)
    expect(engine.clock.now().getTime()).toBeGreaterThanOrEqual(now)
    const cart = engine.createCart()
    expect(Date.parse(cart.createdAt)).toBeGreaterThanOrEqual(now)
  })

  it('refuses a malformed duration', async () => {
    const { send } = setup(true)
    for (const advance of ['2 hours', '-PT1H', 'P1Y']) {
      const response = await send('POST', { advance })
      expect(response.status).toBe(422)
      expect(await response.json()).toMatchObject({
        reason: 'invalid_request',
        errors: [{ field: 'advance' }],
      })
    }
    expect((await send('POST', {})).status).toBe(422)
  })

  it('does not exist without dev mode', async () => {
    const { send } = setup(false)
    expect((await send('GET')).status).toBe(404)
    expect((await send('POST', { advance: 'PT2H' })).status).toBe(404)
  })

  it('says so when the engine runs on a fixed clock', async () => {
    const app = createApp(createCommerceEngine({ now: () => new Date(START) }), { dev: true })
    const response = await app.request(`${API}/__dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: 'PT1H' }),
    })
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({ reason: 'clock_fixed' })
  })
})
