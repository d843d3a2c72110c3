import { formatMoney } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../engine/clock.js'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { berlinAddress } from '../engine/orders/order-fixtures.js'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import { composeMessage } from './compose-message.js'
import { demoMessageSettings } from './message-content.js'
import { renderHtml } from './render-html.js'
import { renderText } from './render-text.js'

const settings = { ...demoMessageSettings, apiUrl: 'http://127.0.0.1:4010' }

/** The confirmation e-mail of an order placed through a real engine. */
async function confirmation(options: {
  locale: string
  items: { sku: string; quantity: number }[]
  giftCard?: string
}) {
  const engine = createCommerceEngine({ clock: createFixedClock(new Date('2026-11-26T10:00:00Z')) })
  const cart = engine.createCart({ currency: 'EUR', items: options.items })
  engine.setContact(cart.id, { email: 'a@example.com', locale: options.locale })
  engine.setShippingAddress(cart.id, berlinAddress)
  let ready = engine.selectShippingOption(cart.id, 'de-standard')
  if (options.giftCard) ready = engine.applyCode(cart.id, options.giftCard)
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
  const placed = await engine.placeOrder(
    cart.id,
    { cartVersion: ready.version, payment },
    { idempotencyKey: 'mail' },
  )
  if (placed.status !== 'completed') throw new Error('expected an order')
  const [message] = engine.takeDueMessages()
  if (message?.kind !== 'order_confirmation') throw new Error('expected a confirmation')
  return { content: composeMessage(message, settings), order: placed.order }
}

describe('the receipt in the confirmation e-mail', () => {
  it('lists the gift card and what the card was charged, with included tax beside the column', async () => {
    const { content, order } = await confirmation({
      locale: 'en-GB',
      items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 3 }],
      giftCard: 'GIFT-DEMO-EURO-0050',
    })
    const euros = (amount: number) => formatMoney({ amount, currency: 'EUR' }, 'en-GB')
    const card = order.receipt.payments.find((payment) => payment.type === 'card')
    expect(content.receipt?.payments).toEqual({
      title: 'Paid with',
      lines: [
        { label: 'Gift card ending in 0050', amount: euros(5000) },
        { label: 'Visa ending in 4242', amount: euros(card?.amount.amount ?? 0) },
      ],
    })
    // The column adds up to the total; tax already in the prices is a sentence below it.
    expect(content.receipt?.totals.map((row) => row.label)).toEqual([
      'Subtotal',
      'Shipping',
      'Total',
    ])
    const tax = order.receipt.tax?.amount.amount ?? 0
    expect(content.receipt?.notes).toEqual([`Including ${euros(tax)} tax`])
    const html = renderHtml(content)
    const column = html.slice(
      html.indexOf('Subtotal'),
      html.indexOf('</table>', html.indexOf('Subtotal')),
    )
    expect(column).not.toContain('tax')
    expect(html).toContain(`Including ${euros(tax)} tax</p>`)
    const text = renderText(content)
    expect(text).toContain(
      `Paid with\nGift card ending in 0050: ${euros(5000)}\nVisa ending in 4242: `,
    )
  })

  it('says free shipping in the shopper’s words, as the widget does, in Arabic too', async () => {
    // Over €100 of merchandise: standard delivery is free.
    const arabic = await confirmation({
      locale: 'ar',
      items: [{ sku: 'MERINO-CREW-NAVY-M', quantity: 2 }],
    })
    const shipping = arabic.content.receipt?.totals.find((row) => row.label === 'الشحن')
    expect(arabic.order.receipt.shipping.amount).toBe(0)
    expect(shipping?.amount).toBe('مجاني')
    expect(renderText(arabic.content)).not.toContain(
      formatMoney({ amount: 0, currency: 'EUR' }, 'ar'),
    )
    const german = await confirmation({
      locale: 'de-DE',
      items: [{ sku: 'MERINO-CREW-NAVY-M', quantity: 2 }],
    })
    expect(german.content.receipt?.totals[1]).toEqual({ label: 'Versand', amount: 'Kostenlos' })
  })
})
