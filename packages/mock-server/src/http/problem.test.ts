import { cartSchema, type Problem, problemSchema } from '@weship/checkout-core'
import { describe, expect, it, vi } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { createApp } from './create-app.js'

const API = 'http://127.0.0.1:4010'
const json = { 'content-type': 'application/json' }

async function setup() {
  const engine = createCommerceEngine()
  const logError = vi.fn()
  const app = createApp(engine, { logError })
  const raw = (method: string, path: string, init: RequestInit = {}) =>
    app.request(`${API}${path}`, { method, ...init })
  const send = (method: string, path: string, body: unknown) =>
    raw(method, path, { headers: json, body: JSON.stringify(body) })
  const created = await send('POST', '/carts', {
    items: [{ sku: 'MERINO-CREW-FOREST-XL', quantity: 2 }],
  })
  const cart = cartSchema.parse(await created.json())
  const lineId = cart.items[0]?.id ?? ''
  const current = async () => cartSchema.parse(await (await raw('GET', `/carts/${cart.id}`)).json())
  return { engine, app, raw, send, cart, lineId, logError, current }
}

/** Every failure must be a well-formed problem document; returns it for finer checks. */
async function expectProblem(response: Response, status: number, reason: string): Promise<Problem> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const problem = problemSchema.parse(await response.json())
  expect(problem).toMatchObject({ status, reason })
  expect(problem.type).toMatch(new RegExp(`rest-api\\.md#${reason}$`))
  return problem
}

describe('http app: refusals are problem documents and write nothing', () => {
  it('refuses malformed JSON, a wrong content type and an oversized body', async () => {
    const { raw, cart, current } = await setup()
    const path = `/carts/${cart.id}/items`
    const malformed = await raw('POST', path, { headers: json, body: '{"sku": "MERINO' })
    expect((await expectProblem(malformed, 400, 'malformed_json')).code).toBe('VALIDATION')
    const textPlain = { 'content-type': 'text/plain' }
    const body = JSON.stringify({ sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    await expectProblem(
      await raw('POST', path, { headers: textPlain, body }),
      415,
      'unsupported_media_type',
    )
    const huge = JSON.stringify({
      sku: 'STONEWARE-MUG-SLATE',
      quantity: 1,
      pad: 'x'.repeat(70_000),
    })
    await expectProblem(
      await raw('POST', path, { headers: json, body: huge }),
      413,
      'payload_too_large',
    )
    expect(await current()).toEqual(cart)
  })

  it('names each invalid field: wrong types, negative and huge quantities, missing fields', async () => {
    const { send, cart, current } = await setup()
    const path = `/carts/${cart.id}/items`
    const cases: [unknown, string][] = [
      [{ sku: 'STONEWARE-MUG-SLATE', quantity: '2' }, 'quantity'],
      [{ sku: 'STONEWARE-MUG-SLATE', quantity: -1 }, 'quantity'],
      [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1e12 }, 'quantity'],
      [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1.5 }, 'quantity'],
      [{ sku: 42, quantity: 1 }, 'sku'],
      [{ quantity: 1 }, 'sku'],
      [['STONEWARE-MUG-SLATE'], ''],
      [null, ''],
    ]
    for (const [body, field] of cases) {
      const problem = await expectProblem(await send('POST', path, body), 422, 'invalid_request')
      expect(problem.code).toBe('VALIDATION')
      expect(problem.errors?.map((error) => error.field)).toContain(field)
    }
    expect(await current()).toEqual(cart)
    await expectProblem(await send('POST', '/carts', null), 422, 'invalid_request')
  })

  it('refuses unknown SKUs, carts, lines and currencies', async () => {
    const { raw, send, cart, lineId } = await setup()
    const unknownSku = await send('POST', `/carts/${cart.id}/items`, { sku: 'NOPE', quantity: 1 })
    expect((await expectProblem(unknownSku, 422, 'unknown_sku')).errors).toEqual([
      { field: 'sku', message: 'Unknown SKU.' },
    ])
    const missingCart = await raw('GET', '/carts/00000000-0000-4000-8000-000000000000')
    expect((await expectProblem(missingCart, 404, 'cart_not_found')).code).toBe('ADAPTER')
    await expectProblem(
      await send('PATCH', `/carts/${cart.id}/items/line_99`, { quantity: 1 }),
      404,
      'line_not_found',
    )
    await expectProblem(await raw('DELETE', `/carts/nope/items/${lineId}`), 404, 'cart_not_found')
    await expectProblem(
      await send('POST', '/carts', { currency: 'GBP' }),
      422,
      'unsupported_currency',
    )
    await expectProblem(await raw('GET', '/products?currency=GBP'), 422, 'unsupported_currency')
    const badCode = await expectProblem(
      await raw('GET', '/products?currency=eur'),
      422,
      'invalid_request',
    )
    expect(badCode.errors?.[0]?.field).toBe('currency')
  })

  it('refuses more than the stock with a field error instead of clamping', async () => {
    const { send, cart, lineId, current } = await setup()
    const more = await send('POST', `/carts/${cart.id}/items`, {
      sku: 'MERINO-CREW-FOREST-XL',
      quantity: 2,
    })
    const problem = await expectProblem(more, 422, 'insufficient_stock')
    expect(problem.errors).toEqual([{ field: 'quantity', message: 'Only 3 left in stock.' }])
    const patch = await send('PATCH', `/carts/${cart.id}/items/${lineId}`, { quantity: 5 })
    await expectProblem(patch, 422, 'insufficient_stock')
    const soldOut = await send('POST', `/carts/${cart.id}/items`, {
      sku: 'MERINO-CREW-OAT-XL',
      quantity: 1,
    })
    await expectProblem(soldOut, 422, 'out_of_stock')
    expect(await current()).toEqual(cart)
  })

  it('ignores a tampered price: the server charges its own', async () => {
    const { send, cart } = await setup()
    const tampered = {
      sku: 'STONEWARE-MUG-SLATE',
      quantity: 1,
      price: { amount: 1, currency: 'EUR' },
      unitPrice: { amount: 1, currency: 'EUR' },
      total: 1,
    }
    const next = cartSchema.parse(
      await (await send('POST', `/carts/${cart.id}/items`, tampered)).json(),
    )
    expect(next.items[1]?.unitPrice).toEqual({ amount: 2200, currency: 'EUR' })
    expect(next.total.amount).toBe(2 * 8900 + 2200)
  })

  it('answers unknown routes with 404 and wrong methods with 405 and Allow', async () => {
    const { raw, cart } = await setup()
    await expectProblem(await raw('GET', '/nowhere'), 404, 'not_found')
    const wrongMethod = await raw('PUT', `/carts/${cart.id}`)
    await expectProblem(wrongMethod, 405, 'method_not_allowed')
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD')
    await expectProblem(await raw('DELETE', '/products'), 405, 'method_not_allowed')
  })

  it('turns an unexpected exception into a 500 without internals', async () => {
    const { engine, raw, cart, logError } = await setup()
    engine.getCart = () => {
      throw new TypeError('secret internal detail')
    }
    const response = await raw('GET', `/carts/${cart.id}`)
    const problem = await expectProblem(response, 500, 'internal_error')
    expect(JSON.stringify(problem)).not.toMatch(/secret|TypeError|at /)
    expect(logError).toHaveBeenCalledOnce()
  })
})
