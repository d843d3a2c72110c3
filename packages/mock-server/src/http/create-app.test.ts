import { cartSchema, productListSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { createApp } from './create-app.js'

const API = 'http://127.0.0.1:4010'

function setup() {
  const app = createApp(createCommerceEngine())
  const send = (method: string, path: string, body?: unknown) =>
    app.request(`${API}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
  const cartFrom = async (response: Response) => cartSchema.parse(await response.json())
  return { app, send, cartFrom }
}

describe('http app: routes', () => {
  it('answers GET /health', async () => {
    const { send } = setup()
    const response = await send('GET', '/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('lists products with absolute image URLs on the public URL (127.0.0.1:4010 by default)', async () => {
    const { send } = setup()
    const response = await send('GET', '/products?currency=USD')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { products } = productListSchema.parse(await response.json())
    expect(products[0]?.imageUrl).toBe(`${API}/images/${products[0]?.id}.svg`)
    expect(products[0]?.variants[0]?.price.currency).toBe('USD')
  })

  it('defaults the product list to the first currency', async () => {
    const { send } = setup()
    const { products } = productListSchema.parse(await (await send('GET', '/products')).json())
    expect(products[0]?.variants[0]?.price.currency).toBe('EUR')
  })

  it('walks a cart through create, get, add, update and delete', async () => {
    const { send, cartFrom } = setup()
    const created = await send('POST', '/carts', { currency: 'EUR' })
    expect(created.status).toBe(201)
    const cart = await cartFrom(created)
    expect(created.headers.get('location')).toBe(`/carts/${cart.id}`)

    const added = await cartFrom(
      await send('POST', `/carts/${cart.id}/items`, { sku: 'LINEN-OVERSHIRT-SAND-M', quantity: 2 }),
    )
    const line = added.items[0]
    expect(line).toMatchObject({ quantity: 2, total: { amount: 15800, currency: 'EUR' } })
    expect(line?.imageUrl).toBe(`${API}/images/linen-overshirt.svg`)

    const updated = await cartFrom(
      await send('PATCH', `/carts/${cart.id}/items/${line?.id}`, { quantity: 1 }),
    )
    expect(updated.total.amount).toBe(7900)
    expect(await cartFrom(await send('GET', `/carts/${cart.id}`))).toEqual(updated)

    const removed = await cartFrom(await send('DELETE', `/carts/${cart.id}/items/${line?.id}`))
    expect(removed).toMatchObject({ items: [], itemCount: 0, version: updated.version + 1 })
  })

  it('creates a cart from an empty POST', async () => {
    const { app, cartFrom } = setup()
    const response = await app.request(`${API}/carts`, { method: 'POST' })
    expect(response.status).toBe(201)
    expect((await cartFrom(response)).currency).toBe('EUR')
  })

  it('serves product images as cacheable SVG', async () => {
    const { send } = setup()
    const response = await send('GET', '/images/canvas-weekender-bag.svg')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(response.headers.get('cache-control')).toContain('max-age=31536000')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect((await send('GET', '/images/canvas-weekender-bag.png')).status).toBe(404)
    expect((await send('GET', '/images/nothing.svg')).status).toBe(404)
  })
})
