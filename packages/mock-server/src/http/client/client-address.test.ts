import { describe, expect, it } from 'vitest'
import { createCommerceEngine, NEW_CARTS_PER_CLIENT } from '../../engine/commerce-engine.js'
import { fromAddress } from '../../testing/from-address.js'
import { type AppOptions, createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'

/** New carts until the client's burst is spent: what the next one answers tells the key. */
function setup(options: AppOptions = {}) {
  const app = createApp(createCommerceEngine(), options)
  const newCart = (peer: string, forwardedFor?: string) =>
    app.request(
      `${API}/carts`,
      { method: 'POST', headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} },
      fromAddress(peer),
    )
  const spend = async (peer: string, forwardedFor?: (turn: number) => string) => {
    for (let turn = 0; turn < NEW_CARTS_PER_CLIENT.capacity; turn += 1) {
      expect((await newCart(peer, forwardedFor?.(turn))).status).toBe(201)
    }
  }
  return { newCart, spend }
}

describe('http app: the client key of per-client limits', () => {
  it('groups IPv6 clients by /64', async () => {
    const { newCart, spend } = setup()
    await spend('2001:db8:1:2::1')
    expect((await newCart('2001:db8:1:2:ffff:ffff:ffff:ffff')).status).toBe(429)
    expect((await newCart('2001:db8:1:3::1')).status).toBe(201)
  })

  it('takes an IPv4-mapped IPv6 peer for the IPv4 address', async () => {
    const { newCart, spend } = setup()
    await spend('::ffff:203.0.113.9')
    expect((await newCart('203.0.113.9')).status).toBe(429)
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const { newCart, spend } = setup({ trustedProxies: ['loopback'] })
    await spend('203.0.113.9', (turn) => `198.51.100.${turn}`)
    expect((await newCart('203.0.113.9', '198.51.100.200')).status).toBe(429)
  })

  it('behind a trusted proxy, keys on the rightmost hop that is not a proxy', async () => {
    const { newCart, spend } = setup({ trustedProxies: ['127.0.0.1', '10.0.0.0/8'] })
    // Whatever the client writes on the left, the proxies' own hops name it.
    await spend('127.0.0.1', (turn) => `192.0.2.${turn}, 198.51.100.7, 10.1.2.3`)
    expect((await newCart('127.0.0.1', '198.51.100.7')).status).toBe(429)
    expect((await newCart('127.0.0.1', '198.51.100.8, 10.9.9.9')).status).toBe(201)
  })
})
