import { createHttpAdapter } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createFixedClock } from '../engine/clock.js'
import { type MockServer, startMockServer } from './start-mock-server.js'

const started: MockServer[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()))
})

async function start(options: Parameters<typeof startMockServer>[0] = {}) {
  const server = await startMockServer({ port: 0, ...options })
  started.push(server)
  return server
}

describe('startMockServer', () => {
  it('listens on a free loopback port and serves the contract to the http adapter', async () => {
    const server = await start()
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const adapter = createHttpAdapter({ baseUrl: server.url })
    const cart = await adapter.createCart({ items: [{ sku: 'CARD-HOLDER-TAN', quantity: 1 }] })
    expect(cart.items[0]?.imageUrl).toBe(`${server.url}/images/leather-card-holder.svg`)
    const image = await fetch(cart.items[0]?.imageUrl ?? '')
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
  })

  it('shares its clock with the dev clock route in dev mode', async () => {
    const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
    const server = await start({ dev: true, clock })
    const response = await fetch(`${server.url}/__dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: 'P1D' }),
    })
    expect(await response.json()).toEqual({ now: '2026-11-27T10:00:00.000Z' })
    expect(clock.now().toISOString()).toBe('2026-11-27T10:00:00.000Z')
  })

  it('refuses a body over 64 KB announced by content-length', async () => {
    const server = await start()
    const response = await fetch(`${server.url}/carts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(65 * 1024) }),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('fails to start on a port already taken, and closes idempotently', async () => {
    const first = await start()
    await expect(startMockServer({ port: first.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    })
    await first.close()
    await first.close()
    await expect(fetch(`${first.url}/health`)).rejects.toThrow()
  })

  it('refuses e-mail link targets that are not http(s) URLs before listening', async () => {
    await expect(
      startMockServer({ port: 0, paymentPort: 0, messages: { shopUrl: 'javascript:alert(1)' } }),
    ).rejects.toMatchObject({ code: 'CONFIG', message: expect.stringContaining('shopUrl') })
  })
})
