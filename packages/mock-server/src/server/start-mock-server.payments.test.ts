import { createHttpAdapter } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { berlinAddress } from '../engine/orders/order-fixtures.js'
import { type MockServer, startMockServer } from './start-mock-server.js'

const SHOP = 'http://localhost:5173'
const started: MockServer[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()))
})

/** Tokenizes as the hosted fields do: a same-origin POST on the payment origin. */
async function tokenize(server: MockServer, number: string): Promise<string> {
  const response = await fetch(`${server.paymentUrl}/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, expiry: '12/30', cvc: '123', origin: SHOP }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('startMockServer: payment origin', () => {
  it('serves the API and the payment origin on two loopback ports, and stops both', async () => {
    const server = await startMockServer({ port: 0 })
    started.push(server)
    expect(server.paymentPort).toBeGreaterThan(0)
    expect(server.paymentPort).not.toBe(server.port)
    expect(server.paymentUrl).toBe(`http://127.0.0.1:${server.paymentPort}`)
    const page = await fetch(`${server.paymentUrl}/hosted-fields?origin=${SHOP}`)
    expect(page.headers.get('content-security-policy')).toContain(`frame-ancestors ${SHOP}`)
    await server.close()
    await expect(fetch(`${server.url}/health`)).rejects.toThrow()
    await expect(fetch(`${server.paymentUrl}/health`)).rejects.toThrow()
  })

  it('takes a purchase with 3-D Secure end to end over HTTP', async () => {
    const server = await startMockServer({ port: 0 })
    started.push(server)
    const adapter = createHttpAdapter({ baseUrl: server.url, retries: 0 })
    const created = await adapter.createCart({
      items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }],
    })
    await adapter.setContact(created.id, { email: 'ada@example.com' })
    await adapter.setShippingAddress(created.id, berlinAddress)
    const [option] = await adapter.listShippingOptions(created.id)
    const cart = await adapter.selectShippingOption(created.id, option?.id ?? '')
    const [card] = await adapter.listPaymentMethods(cart.id)
    expect(card?.hostedFieldsUrl).toBe(`${server.paymentUrl}/hosted-fields`)

    const token = await tokenize(server, '4000002760003184')
    const placed = await adapter.placeOrder(
      cart.id,
      { cartVersion: cart.version, payment: { methodId: 'card', token } },
      { idempotencyKey: 'attempt-1' },
    )
    if (placed.status !== 'action_required' || placed.action.type !== 'three_d_secure') {
      throw new Error('Expected the test bank’s 3-D Secure page')
    }
    const challenge = await fetch(placed.action.url)
    expect(challenge.headers.get('content-security-policy')).toContain(`frame-ancestors ${SHOP}`)
    await fetch(placed.action.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'pass' }),
    })
    const completed = await adapter.completePaymentAction(cart.id, placed.action.id, {
      idempotencyKey: 'attempt-1-complete',
    })
    if (completed.status !== 'completed') throw new Error('Expected an order')
    const order = await adapter.getOrder(completed.order.id, {
      token: completed.order.statusToken ?? '',
    })
    expect(order.receipt.payments).toMatchObject([{ brand: 'visa', last4: '3184' }])
  })
})
