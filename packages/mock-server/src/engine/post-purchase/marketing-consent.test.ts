import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { type CommerceEngine, createCommerceEngine } from '../commerce-engine.js'
import { berlinAddress } from '../orders/order-fixtures.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import type { CartReminderMessage, DueMessage } from './message-jobs.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })

function shop() {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const reminders = { delaysMs: [10 * MINUTE, 20 * MINUTE, 30 * MINUTE] }
  return { clock, engine: createCommerceEngine({ clock, reminders }) }
}

function leftCart(engine: CommerceEngine, email: string, consent = true) {
  const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
  return engine.setContact(cart.id, { email, marketingConsent: { email: consent } })
}

const confirmations = (due: DueMessage[]) =>
  due.flatMap((message) => (message.kind === 'marketing_confirmation' ? [message] : []))
const reminders = (due: DueMessage[]) =>
  due.flatMap((message) => (message.kind === 'cart_reminder' ? [message] : []))

async function buy(engine: CommerceEngine, email: string) {
  const cart = engine.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
  engine.setContact(cart.id, { email })
  engine.setShippingAddress(cart.id, berlinAddress)
  const ready = engine.selectShippingOption(cart.id, 'de-standard')
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
  const request = { cartVersion: ready.version, payment }
  return engine.placeOrder(cart.id, request, { idempotencyKey: `buy-${cart.id}` })
}

describe('marketing mail: double opt-in', () => {
  it('sends no marketing mail on a ticked box alone, only after the address confirms', () => {
    const { engine, clock } = shop()
    leftCart(engine, 'Kim@Example.com')
    const [confirmation, ...others] = engine.takeDueMessages()
    expect(others).toEqual([])
    expect(confirmation).toMatchObject({
      kind: 'marketing_confirmation',
      to: 'Kim@Example.com',
      marketing: false,
      expiresAt: new Date(clock.now().getTime() + 72 * HOUR).toISOString(),
    })
    clock.advance(HOUR)
    expect(reminders(engine.takeDueMessages())).toEqual([])
    if (confirmation?.kind !== 'marketing_confirmation') throw new Error('expected a confirmation')
    expect(engine.isMarketingConfirmationLink(confirmation.confirmationToken)).toBe(true)
    engine.confirmMarketing(confirmation.confirmationToken)
    // Single-purpose and single-use.
    expect(() => engine.confirmMarketing(confirmation.confirmationToken)).toThrow(
      refused(404, 'confirmation_not_found'),
    )
    leftCart(engine, 'kim@example.com')
    clock.advance(30 * MINUTE)
    expect(reminders(engine.takeDueMessages()).map((message) => message.step)).toEqual([1, 2, 3])
    expect(engine.exportState().postPurchase?.confirmedEmails).toEqual([
      { email: 'kim@example.com', at: '2026-11-26T11:00:00.000Z' },
    ])
  })

  it('lets a confirmation link expire after 72 hours, and asks an address at most once a day', () => {
    const { engine, clock } = shop()
    leftCart(engine, 'lee@example.com')
    leftCart(engine, 'lee@example.com')
    const [first, ...again] = confirmations(engine.takeDueMessages())
    expect(again).toEqual([])
    clock.advance(72 * HOUR)
    expect(() => engine.confirmMarketing(first?.confirmationToken ?? '')).toThrow(
      refused(404, 'confirmation_not_found'),
    )
    leftCart(engine, 'lee@example.com')
    expect(confirmations(engine.takeDueMessages())).toHaveLength(1)
  })

  it('mails at most 10 confirmations an hour per client: the shop is no relay for any address', () => {
    const { engine, clock } = shop()
    const tick = (email: string, client: string) => {
      const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
      engine.setContact(cart.id, { email, marketingConsent: { email: true } }, client)
    }
    for (let i = 0; i < 25; i++) tick(`target${i}@example.com`, '203.0.113.9')
    tick('someone@example.com', '198.51.100.7')
    const sent = confirmations(engine.takeDueMessages()).map((message) => message.to)
    expect(sent).toHaveLength(11)
    expect(sent.at(-1)).toBe('someone@example.com')
    clock.advance(HOUR)
    tick('target24@example.com', '203.0.113.9')
    expect(confirmations(engine.takeDueMessages())).toHaveLength(1)
  })

  it('reminds an address that bought here without asking it to confirm', async () => {
    const { engine, clock } = shop()
    await buy(engine, 'ada@example.com')
    leftCart(engine, 'ADA@example.com')
    clock.advance(10 * MINUTE)
    const due = engine.takeDueMessages()
    expect(confirmations(due)).toEqual([])
    expect(reminders(due)).toHaveLength(1)
  })

  it('sends one reminder sequence a week per address across carts, one code a month', async () => {
    const { engine, clock } = shop()
    await buy(engine, 'sam@example.com')
    for (let count = 0; count < 4; count += 1) leftCart(engine, 'sam@example.com')
    clock.advance(30 * MINUTE)
    const week = reminders(engine.takeDueMessages())
    expect(week).toHaveLength(3)
    expect(week.filter((message) => message.incentive)).toHaveLength(1)
    clock.advance(8 * DAY)
    leftCart(engine, 'sam@example.com')
    clock.advance(30 * MINUTE)
    const later = reminders(engine.takeDueMessages())
    expect(later.map((message) => message.step)).toEqual([1, 2, 3])
    expect(later.some((message) => message.incentive)).toBe(false)
  })
})

describe("a reminder's code", () => {
  async function incentiveFor(email: string) {
    const { engine, clock } = shop()
    await buy(engine, email)
    leftCart(engine, email)
    clock.advance(30 * MINUTE)
    const last = reminders(engine.takeDueMessages()).find((message) => message.incentive)
    return { engine, code: (last as CartReminderMessage).incentive?.code ?? '' }
  }

  it('works only with its cart’s e-mail, and says so anywhere else', async () => {
    const { engine, code } = await incentiveFor('ada@example.com')
    const other = leftCart(engine, 'eve@example.com', false)
    expect(() => engine.applyCode(other.id, code)).toThrow(refused(422, 'code_not_for_this_email'))
    // Before an e-mail is given the code waits for it, and lapses with another one.
    const anonymous = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    expect(engine.applyCode(anonymous.id, code).promoCodes).toEqual([code])
    expect(engine.setContact(anonymous.id, { email: 'eve@example.com' }).promoCodes).toEqual([])
    const own = leftCart(engine, 'Ada@Example.com', false)
    expect(engine.applyCode(own.id, code.toLowerCase()).promoCodes).toEqual([code])
  })
})
