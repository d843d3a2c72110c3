import type { Address } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../engine/clock.js'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import type { DueMessage } from '../engine/post-purchase/message-jobs.js'
import { composeMessage } from './compose-message.js'
import { demoMessageSettings } from './message-content.js'
import { renderHtml } from './render-html.js'
import { renderText } from './render-text.js'

const settings = {
  ...demoMessageSettings,
  merchant: { ...demoMessageSettings.merchant, name: 'Tom & Jerry <Shop>' },
  apiUrl: 'http://127.0.0.1:4010',
}

/** A cart reminder from a real engine, for a shopper in `locale`. */
function reminder(locale: string): DueMessage {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock, reminders: { delaysMs: [60_000] } })
  const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }] })
  engine.setContact(cart.id, { email: 'a@example.com', marketingConsent: { email: true }, locale })
  const [confirmation] = engine.takeDueMessages()
  if (confirmation?.kind !== 'marketing_confirmation') throw new Error('expected a confirmation')
  engine.confirmMarketing(confirmation.confirmationToken)
  clock.advance(60_000)
  const [message] = engine.takeDueMessages()
  if (!message) throw new Error('expected a reminder')
  return message
}

/** The double opt-in e-mail for a shopper in `locale`. */
function confirmation(locale: string): DueMessage {
  const engine = createCommerceEngine({ clock: createFixedClock(new Date('2026-11-26T10:00:00Z')) })
  const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
  engine.setContact(cart.id, { email: 'a@example.com', marketingConsent: { email: true }, locale })
  const [message] = engine.takeDueMessages()
  if (!message) throw new Error('expected a confirmation')
  return message
}

describe('rendering a message', () => {
  it('adds no invisible isolates to a left-to-right message', () => {
    const content = composeMessage(reminder('en'), settings)
    expect(JSON.stringify(content)).not.toMatch(/[\u2068\u2069]/)
  })

  it('escapes what it did not write, in HTML only', () => {
    const content = composeMessage(reminder('en-GB'), settings)
    const html = renderHtml(content)
    expect(html).toContain('Tom &amp; Jerry &lt;Shop&gt;')
    expect(html).not.toContain('<Shop>')
    expect(renderText(content)).toContain('Tom & Jerry <Shop>')
  })

  it('writes the last reminder with its code, recovery link and unsubscribe link in both parts', () => {
    const message = reminder('en')
    const content = composeMessage(message, settings)
    const text = renderText(content)
    expect(content.subject).toBe('10% off your cart, for a few days')
    expect(text).toContain('You left 2 items in your cart at Tom & Jerry <Shop>.')
    expect(text).toMatch(/Use the code COMEBACK-[0-9A-F]+ for 10% off\. It works once, until/)
    expect(text).toContain('http://127.0.0.1:5173/script-tag/?weship_cart=')
    expect(text).toContain('Unsubscribe: http://127.0.0.1:4010/unsubscribes/')
    const html = renderHtml(content)
    expect(html).toContain('href="http://127.0.0.1:5173/script-tag/?weship_cart=')
    expect(html).toContain('href="http://127.0.0.1:4010/unsubscribes/')
  })

  it('speaks Arabic right to left, with its plural forms, and falls back to English', () => {
    const arabic = composeMessage(reminder('ar-EG'), settings)
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl' })
    // The shop's name isolated: a Latin name keeps its order (and its brackets) in Arabic.
    expect(arabic.paragraphs[0]).toBe(
      'تركت منتجين في سلتك لدى \u2068Tom & Jerry <Shop>\u2069. حفظناهما لك.',
    )
    const html = renderHtml(arabic)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('لدى <span dir="auto">Tom &amp; Jerry &lt;Shop&gt;</span>. حفظناهما')
    expect(html).not.toMatch(/[\u2068\u2069]/)
    // Numbers in Egypt's digits, as its amounts are: the 10 % of the last reminder's code.
    expect(arabic.paragraphs[1]).toContain('\u2068١٠\u2069')
    expect(composeMessage(reminder('sw-KE'), settings).lang).toBe('en')
    expect(composeMessage(reminder('not a locale!'), settings).lang).toBe('en')
  })

  it('writes the double opt-in e-mail as a transactional one with its link, in the shopper’s language', () => {
    const english = composeMessage(confirmation('en'), settings)
    expect(english.subject).toBe('Confirm that you want e-mail from Tom & Jerry <Shop>')
    const text = renderText(english)
    expect(text).toMatch(
      /Confirm subscription: http:\/\/127\.0\.0\.1:4010\/marketing-confirmations\/[\w-]+\?lang=en/,
    )
    expect(text).toContain('The link works once, until November 29, 2026.')
    expect(text).toContain(
      'You receive this e-mail because this address was entered at Tom & Jerry <Shop>.',
    )
    expect(text).not.toContain('Unsubscribe')
    const german = composeMessage(confirmation('de-DE'), settings)
    expect(german.subject).toBe(
      'Bestätigen Sie, dass Sie E-Mails von Tom & Jerry <Shop> erhalten möchten',
    )
    expect(renderText(german)).toContain('?lang=de')
  })
})

/** The order confirmation of a real order shipped to `address`, for a shopper in `locale`. */
async function orderConfirmation(address: Address, locale: string): Promise<DueMessage> {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock })
  const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
  engine.setContact(cart.id, { email: 'a@example.com', locale })
  engine.setShippingAddress(cart.id, address)
  const [option] = engine.listShippingOptions(cart.id)
  const ready = engine.selectShippingOption(cart.id, option?.id ?? '')
  const token = createTestCardToken(engine, '4242424242424242')
  const request = { cartVersion: ready.version, payment: { methodId: 'card', token } }
  await engine.placeOrder(cart.id, request, { idempotencyKey: `k-${cart.id}` })
  const message = engine.takeDueMessages().find((due) => due.kind === 'order_confirmation')
  if (!message) throw new Error('expected an order confirmation')
  return message
}

describe('the delivery address in a message', () => {
  it('is written in its country’s form, in both parts', async () => {
    const tokyo = {
      name: '山田太郎',
      line1: '渋谷区渋谷1-2-3',
      region: '13',
      postalCode: '150-0002',
      country: 'JP',
    }
    const content = composeMessage(await orderConfirmation(tokyo, 'en-US'), settings)
    expect(content.address).toEqual({
      label: 'Delivery address',
      lines: ['〒150-0002', '東京都', '渋谷区渋谷1-2-3', '山田太郎', 'Japan'],
    })
    const text = renderText(content)
    expect(text).toContain('Delivery address\n\u2068〒150-0002\u2069\n\u2068東京都\u2069')
    const html = renderHtml(content)
    expect(html).toContain('<span dir="auto" style="unicode-bidi: isolate">〒150-0002</span><br>')
    expect(html).toContain(
      '>山田太郎</span><br><span dir="auto" style="unicode-bidi: isolate">Japan<',
    )
  })

  it('keeps an address’s own order inside an Arabic message, the country named in Arabic', async () => {
    const dublin = {
      name: 'Aoife Murphy',
      line1: '1 Grafton Street',
      city: 'Dublin 2',
      region: 'D',
      postalCode: 'D02 X285',
      country: 'IE',
    }
    const content = composeMessage(await orderConfirmation(dublin, 'ar'), settings)
    expect(content.address?.lines).toEqual([
      'Aoife Murphy',
      '1 Grafton Street',
      'Dublin 2',
      'Co. Dublin D02 X285',
      'أيرلندا',
    ])
    expect(content.address?.label).toBe('عنوان التوصيل')
    expect(renderHtml(content)).toContain(
      '<span dir="auto" style="unicode-bidi: isolate">Co. Dublin D02 X285</span>',
    )
  })
})
