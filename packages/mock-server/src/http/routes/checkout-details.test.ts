import { cartSchema, problemSchema, shippingOptionListSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../../engine/clock.js'
import { createCommerceEngine } from '../../engine/commerce-engine.js'
import { createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'
const berlin = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

const fixedClock = (iso = '2026-11-26T10:00:00Z') => createFixedClock(new Date(iso))

async function setup() {
  const clock = fixedClock()
  const app = createApp(createCommerceEngine({ clock }))
  const send = (method: string, path: string, body?: unknown) =>
    app.request(`${API}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
  const newCart = async () => {
    const response = await send('POST', '/carts', {
      items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }],
    })
    return cartSchema.parse(await response.json())
  }
  const cartFrom = async (response: Response) => {
    expect(response.status).toBe(200)
    return cartSchema.parse(await response.json())
  }
  const problemFrom = async (response: Response, status: number) => {
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return problemSchema.parse(await response.json())
  }
  const cart = await newCart()
  return { clock, send, newCart, cartFrom, problemFrom, path: `/carts/${cart.id}` }
}

describe('http: contact and addresses', () => {
  it('PUT /carts/{id}/contact keeps the contact', async () => {
    const { send, cartFrom, path } = await setup()
    const contact = { email: 'erika@example.com', marketingConsent: { email: false } }
    expect((await cartFrom(await send('PUT', `${path}/contact`, contact))).contact).toEqual(contact)
  })

  it('PUT /carts/{id}/shipping-address refuses a bad address with field errors', async () => {
    const { send, problemFrom, path } = await setup()
    const bad = await send('PUT', `${path}/shipping-address`, { ...berlin, postalCode: '1011' })
    expect(await problemFrom(bad, 422)).toMatchObject({
      code: 'VALIDATION',
      reason: 'invalid_address',
      title: 'Invalid address',
      errors: [
        {
          field: 'postalCode',
          reason: 'invalid_postal_code',
          message: 'Enter a valid postal code, like 26133.',
        },
      ],
    })
    const missing = await send('PUT', `${path}/shipping-address`, { country: 'DE' })
    expect(await problemFrom(missing, 422)).toMatchObject({ reason: 'invalid_request' })
  })

  it('PUT and DELETE /carts/{id}/billing-address', async () => {
    const { send, cartFrom, path } = await setup()
    const billed = await cartFrom(await send('PUT', `${path}/billing-address`, berlin))
    expect(billed.billingAddress).toEqual(berlin)
    const back = await cartFrom(await send('DELETE', `${path}/billing-address`))
    expect(back.billingAddress).toBeNull()
  })

  it('answers 404 for a cart that does not exist', async () => {
    const { send, problemFrom } = await setup()
    const response = await send('PUT', '/carts/missing/shipping-address', berlin)
    expect(await problemFrom(response, 404)).toMatchObject({ reason: 'cart_not_found' })
  })
})

describe('http: delivery', () => {
  it('GET /carts/{id}/shipping-options needs an address first', async () => {
    const { send, problemFrom, path } = await setup()
    const response = await send('GET', `${path}/shipping-options`)
    expect(await problemFrom(response, 422)).toMatchObject({
      reason: 'shipping_address_required',
      errors: [{ field: 'shippingAddress', message: 'Enter a shipping address first.' }],
    })
  })

  it('lists dated options and PUT /carts/{id}/shipping-option chooses one', async () => {
    const { send, cartFrom, problemFrom, path } = await setup()
    await send('PUT', `${path}/shipping-address`, berlin)
    const listed = await send('GET', `${path}/shipping-options`)
    const { options } = shippingOptionListSchema.parse(await listed.json())
    expect(options[0]).toMatchObject({
      id: 'de-standard',
      estimatedDelivery: { earliest: '2026-11-27', latest: '2026-11-30' },
    })
    const chosen = await cartFrom(
      await send('PUT', `${path}/shipping-option`, { optionId: 'de-pickup' }),
    )
    expect(chosen).toMatchObject({ shippingOptionId: 'de-pickup', shipping: { amount: 395 } })
    const unknown = await send('PUT', `${path}/shipping-option`, { optionId: 'us-express' })
    expect(await problemFrom(unknown, 422)).toMatchObject({ reason: 'shipping_option_unavailable' })
  })
})

describe('http: codes', () => {
  it('POST /carts/{id}/codes applies and DELETE /carts/{id}/codes/{code} removes', async () => {
    const { send, cartFrom, path } = await setup()
    const applied = await cartFrom(await send('POST', `${path}/codes`, { code: 'welcome10' }))
    expect(applied.promoCodes).toEqual(['WELCOME10'])
    const removed = await cartFrom(await send('DELETE', `${path}/codes/WELCOME10`))
    expect(removed.promoCodes).toEqual([])
    const card = await cartFrom(
      await send('POST', `${path}/codes`, { code: 'GIFT-DEMO-EURO-0050' }),
    )
    const id = card.giftCards[0]?.id ?? ''
    expect((await cartFrom(await send('DELETE', `${path}/codes/${id}`))).giftCards).toEqual([])
  })

  it('refuses a code with its reason as a problem document', async () => {
    const { send, problemFrom, path } = await setup()
    const response = await send('POST', `${path}/codes`, { code: 'EXPIRED2024' })
    expect(await problemFrom(response, 422)).toMatchObject({
      code: 'VALIDATION',
      reason: 'code_expired',
      title: 'Code expired',
      errors: [{ field: 'code', message: 'This code has expired.' }],
    })
    const empty = await send('POST', `${path}/codes`, { code: '' })
    expect(await problemFrom(empty, 422)).toMatchObject({ reason: 'invalid_request' })
  })

  it('answers 429 with Retry-After after 10 refused codes on a cart', async () => {
    const { send, problemFrom, clock, path } = await setup()
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await problemFrom(await send('POST', `${path}/codes`, { code: 'GUESS' }), 422)
    }
    const limited = await send('POST', `${path}/codes`, { code: 'WELCOME10' })
    expect(limited.headers.get('retry-after')).toBe('900')
    expect(await problemFrom(limited, 429)).toMatchObject({ reason: 'too_many_attempts' })
    clock.advance(15 * 60_000)
    expect((await send('POST', `${path}/codes`, { code: 'WELCOME10' })).status).toBe(200)
  })

  it('limits a client across carts to 30 refused codes', async () => {
    const { send, newCart, problemFrom } = await setup()
    for (let cart = 0; cart < 3; cart += 1) {
      const { id } = await newCart()
      for (let attempt = 0; attempt < 10; attempt += 1) {
        await problemFrom(await send('POST', `/carts/${id}/codes`, { code: 'GUESS' }), 422)
      }
    }
    const fresh = await newCart()
    const limited = await send('POST', `/carts/${fresh.id}/codes`, { code: 'WELCOME10' })
    expect(await problemFrom(limited, 429)).toMatchObject({ reason: 'too_many_attempts' })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
