import {
  type MessageTree,
  messageLeaves,
  messagePattern,
  pseudoLocale,
  supportedLocales,
} from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../engine/clock.js'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { berlinAddress, readyCart } from '../engine/orders/order-fixtures.js'
import { createTestCardToken } from '../engine/payments/test-card-token.js'
import { noticePage, questionPage } from '../http/routes/link-pages.js'
import { composeMessage } from '../messages/compose-message.js'
import { emailTranslator } from '../messages/email-translator.js'
import { demoMessageSettings } from '../messages/message-content.js'
import { challengePage } from '../payment-origin/challenge-page.js'
import { hostedFieldsPage } from '../payment-origin/hosted-fields-page.js'
import { localeMessages, type ServerLocale } from './server-locale.js'

// What the server shows shoppers, in every supported locale, against English: the card fields
// and the test bank (with the words their scripts say), every e-mail, the pages its links open
// (unsubscribe, confirm a subscription, and what follows) and the demo carrier's scans. A text the same as in English is English left over, unless it is
// the shop's data or the locale's own words happen to be the same.

const HOUR = 3600_000
const settings = { ...demoMessageSettings, apiUrl: 'http://127.0.0.1:4010' }
const SHOP = 'http://localhost:5173'

/** Texts of an HTML page: between tags, in attributes people read, in `data-messages`. */
function pageTexts(html: string): string[] {
  const texts = [...html.matchAll(/>([^<>]+)</g)].map((match) => match[1] ?? '')
  for (const [, value] of html.matchAll(/\b(?:aria-label|placeholder|title|alt)="([^"]*)"/g)) {
    texts.push(value ?? '')
  }
  for (const [, json] of html.matchAll(/data-messages="([^"]*)"/g)) {
    const decoded = (json ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&')
    texts.push(...Object.values(JSON.parse(decoded) as Record<string, string>))
  }
  return texts
}

/** Every message of an order's life and a cart's last reminder, in `locale`, as texts. */
async function emailTexts(locale: string): Promise<string[]> {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock, reminders: { delaysMs: [HOUR] } })
  const cart = readyCart(engine, { items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }] })
  engine.applyCode(cart.id, 'WELCOME10')
  const consent = { email: true }
  engine.setContact(cart.id, { email: 'ada@example.com', locale, marketingConsent: consent })
  engine.setShippingAddress(cart.id, berlinAddress)
  const ready = engine.selectShippingOption(cart.id, 'de-standard')
  const token = createTestCardToken(engine, '4242424242424242')
  const request = { cartVersion: ready.version, payment: { methodId: 'card', token } }
  await engine.placeOrder(cart.id, request, { idempotencyKey: `k-${cart.id}` })
  const left = engine.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
  engine.setContact(left.id, { email: 'bo@example.com', locale, marketingConsent: consent })
  const messages = engine.takeDueMessages()
  // Each double opt-in link followed, as its reader would: a cart's reminders are marketing.
  for (const message of messages) {
    if (message.kind === 'marketing_confirmation')
      engine.confirmMarketing(message.confirmationToken)
  }
  for (let hour = 0; hour < 24 * 20; hour += 6) {
    clock.advance(6 * HOUR)
    messages.push(...engine.takeDueMessages())
  }
  const texts = messages.flatMap((message) => {
    const { footer, receipt, action, secondaryAction, ...content } = composeMessage(
      message,
      settings,
    )
    return [
      content.subject,
      content.heading,
      ...content.paragraphs,
      ...content.facts.flatMap((fact) => [fact.label, fact.value]),
      ...(receipt
        ? [receipt.title, ...receipt.lines.flatMap((line) => [line.name, line.detail])]
        : []),
      ...(receipt?.totals.map((total) => total.label) ?? []),
      action?.label ?? '',
      secondaryAction?.label ?? '',
      footer.note,
      footer.unsubscribe?.label ?? '',
    ]
  })
  return [...new Set(texts.map((text) => text.replace(/[\u2068\u2069]/g, '')))]
}

function serverTexts(locale: string): Promise<string[]> {
  const challenge = {
    id: 'act_1',
    status: 'pending' as const,
    amount: { amount: 6295, currency: 'EUR' },
    brand: 'visa' as const,
    last4: '3184',
    parentOrigin: SHOP,
    expiresAt: 0,
  }
  return emailTexts(locale).then((emails) => [
    ...pageTexts(hostedFieldsPage(SHOP, locale)),
    ...pageTexts(challengePage(challenge, SHOP, locale)),
    ...(['unsubscribe', 'confirmSubscription'] as const).flatMap((section) =>
      pageTexts(questionPage(emailTranslator(locale), section)),
    ),
    ...(['unsubscribed', 'subscribed', 'linkInvalid'] as const).flatMap((section) =>
      pageTexts(noticePage(emailTranslator(locale), section)),
    ),
    ...emails,
  ])
}

/** The shop's words, brands and formats: the same in every language. */
const shopData = [
  /Organic Cotton Tee|Stoneware Mug|^(White|Slate|M)( · |$)/,
  /WeShip Demo (Shop|GmbH)/,
  /^(WELCOME10|DHL Paket|Visa •••• 3184|MM \/ YY|1234 1234 1234 1234)$/,
]
const hasWords = (text: string) => /\p{L}{2}/u.test(text.replace(/\{\{\w+\}\}/g, ''))

function ownWords(locale: ServerLocale) {
  const templates = (['email', 'payment-pages', 'carrier'] as const).flatMap((namespace) => [
    ...messageLeaves(localeMessages<MessageTree>(namespace, locale)).values(),
  ])
  const patterns = templates.map(messagePattern)
  return (text: string) => patterns.some((pattern) => pattern.test(text.trim()))
}

/** The texts a rendering shares with English, the shop's data aside. */
const sameAsEnglish = (texts: string[], english: string[]) =>
  texts.filter(
    (text) =>
      english.includes(text) && hasWords(text) && !shopData.some((pattern) => pattern.test(text)),
  )

async function englishLeft(locale: ServerLocale, english: string[]): Promise<string[]> {
  const isOwn = ownWords(locale)
  return sameAsEnglish(await serverTexts(locale), english).filter((text) => !isOwn(text))
}

describe('no English left on the server', () => {
  const english = serverTexts('en')

  it.each(supportedLocales.filter((locale) => locale !== 'en'))('%s', async (locale) => {
    expect(await englishLeft(locale, await english)).toEqual([])
  })

  it('would notice: the pseudo-locale leaves none, a missing language plenty', async () => {
    const ours = await english
    expect(ours).toEqual(
      expect.arrayContaining(['Delivered', 'Your cart is waiting', 'Card number']),
    )
    // Intl formats the pseudo-locale's dates as English.
    const pseudo = await englishLeft(pseudoLocale, ours)
    expect(pseudo.filter((text) => !/\d/.test(text))).toEqual([])
    expect(sameAsEnglish(await serverTexts('sw'), ours).length).toBeGreaterThan(40)
  })
})
