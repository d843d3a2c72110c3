import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../engine/clock.js'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { berlinAddress, readyCart } from '../engine/orders/order-fixtures.js'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import { composeMessage } from './compose-message.js'
import { demoMessageSettings } from './message-content.js'
import { renderHtml } from './render-html.js'
import { renderText } from './render-text.js'

const settings = { ...demoMessageSettings, apiUrl: 'http://127.0.0.1:4010' }

/** The confirmation of an order with a promo code, for a shopper in `locale`. */
async function confirmation(locale: string) {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock })
  const cart = readyCart(engine, { items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }] })
  engine.applyCode(cart.id, 'WELCOME10')
  engine.setContact(cart.id, { email: 'ada@example.com', locale })
  engine.setShippingAddress(cart.id, berlinAddress)
  const ready = engine.selectShippingOption(cart.id, 'de-standard')
  const token = createTestCardToken(engine, '4242424242424242')
  const request = { cartVersion: ready.version, payment: { methodId: 'card', token } }
  const result = await engine.placeOrder(cart.id, request, { idempotencyKey: `k-${cart.id}` })
  if (result.status !== 'completed') throw new Error('expected an order')
  const message = engine.takeDueMessages().find((due) => due.kind === 'order_confirmation')
  if (!message) throw new Error('expected a confirmation')
  return { order: result.order, content: composeMessage(message, settings) }
}

describe('an e-mail in a right-to-left language', () => {
  it('isolates every value it did not write: order number, code, product, address', async () => {
    const { order, content } = await confirmation('ar')
    const isolate = (value: string) => `\u2068${value}\u2069`
    expect(content.subject).toContain(isolate(order.number))
    const totals = content.receipt?.totals.map((total) => total.label)
    expect(totals).toContain(`خصم (${isolate('WELCOME10')})`)
    expect(content.receipt?.lines[0]?.name).toBe(isolate(order.receipt.items[0]?.name ?? ''))
    expect(content.footer.postalAddress).toBe(isolate(demoMessageSettings.merchant.postalAddress))

    // HTML isolates with markup; the text part keeps the Unicode isolates.
    const html = renderHtml(content)
    expect(html).toContain('<span dir="auto">WELCOME10</span>')
    expect(html).toContain(
      '<span dir="auto">Northwind Goods GmbH, Unter den Linden 1, 10117 Berlin',
    )
    expect(renderText(content)).toContain(isolate('WELCOME10'))
  })

  it('names the discount by its code and writes its minus sign the way the locale does', async () => {
    const english = (await confirmation('en')).content.receipt?.totals[1]
    expect(english).toMatchObject({ label: 'Discount (WELCOME10)' })
    expect(english?.amount).toMatch(/^-€\d+\.\d\d$/)
    const arabic = (await confirmation('ar-EG')).content.receipt?.totals[1]
    expect(arabic?.amount).toMatch(/^\u061c?-/)
  })
})
