import { cartSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine, NEW_CARTS_PER_CLIENT } from '../engine/commerce-engine.js'
import { fromAddress } from '../testing/from-address.js'
import { createApp } from './create-app.js'

const API = 'http://127.0.0.1:4010'
const json = { 'content-type': 'application/json' }
const SHOPPER = '198.51.100.7'

async function setup(maxCarts = 10_000) {
  const app = createApp(createCommerceEngine({ maxCarts }))
  const newCart = (address: string) =>
    app.request(`${API}/carts`, { method: 'POST' }, fromAddress(address))
  const readCart = (id: string, address = SHOPPER) =>
    app.request(`${API}/carts/${id}`, {}, fromAddress(address))
  const body = JSON.stringify({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 2 }] })
  const created = await app.request(
    `${API}/carts`,
    { method: 'POST', headers: json, body },
    fromAddress(SHOPPER),
  )
  const shopperCart = cartSchema.parse(await created.json()).id
  const contact = JSON.stringify({ email: 'ada@example.com' })
  await app.request(`${API}/carts/${shopperCart}/contact`, {
    method: 'PUT',
    headers: json,
    body: contact,
  })
  const shopperItems = async () =>
    cartSchema.parse(await (await readCart(shopperCart)).json()).items
  return { newCart, readCart, shopperItems }
}

describe('http app: a flood of new carts', () => {
  it('from one client ends in 429 problems with Retry-After, and the shopper keeps the cart', async () => {
    const { newCart, shopperItems } = await setup()
    const statuses = new Map<number, number>()
    let refusal: Response | undefined
    for (let count = 0; count < 1_000; count += 1) {
      const response = await newCart('203.0.113.9')
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      refusal ??= response.status === 429 ? response : undefined
    }
    const { capacity } = NEW_CARTS_PER_CLIENT
    expect(statuses).toEqual(
      new Map([
        [201, capacity],
        [429, 1_000 - capacity],
      ]),
    )
    expect(refusal?.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(refusal?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refusal?.json()).toMatchObject({ status: 429, reason: 'too_many_attempts' })
    expect(await shopperItems()).toHaveLength(1)
  })

  it('from many /64s churns only unused carts, then refuses with 503; the shopper keeps the cart', async () => {
    const { newCart, readCart, shopperItems } = await setup(50)
    const flood: string[] = []
    for (let network = 0; network < 25; network += 1) {
      for (let host = 1; host <= NEW_CARTS_PER_CLIENT.capacity; host += 1) {
        const response = await newCart(`2001:db8:${network.toString(16)}:1::${host.toString(16)}`)
        expect(response.status).toBe(201)
        flood.push(cartSchema.parse(await response.json()).id)
      }
    }
    expect(await shopperItems()).toHaveLength(1)
    // An attacker who keeps its carts in use fills the store: new carts are refused, none dropped.
    for (const id of flood.slice(-49)) await readCart(id, '2001:db8:ff::1')
    const refused = await newCart('2001:db8:100::1')
    expect(refused.status).toBe(503)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({ reason: 'cart_capacity_reached' })
    expect(await shopperItems()).toHaveLength(1)
  })
})
