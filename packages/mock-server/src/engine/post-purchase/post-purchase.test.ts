import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { type CommerceEngine, createCommerceEngine } from '../commerce-engine.js'
import { berlinAddress, readyCart } from '../orders/order-fixtures.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import type { DueMessage } from './message-jobs.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function shop(delaysMs = [10 * MINUTE, 20 * MINUTE, 30 * MINUTE]) {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  const engine = createCommerceEngine({ clock, reminders: { delaysMs, incentiveTtlMs: HOUR } })
  return { engine, clock }
}

async function order(engine: CommerceEngine, consent: boolean, postalCode = '10117') {
  const cart = readyCart(engine, {
    items: [
      { sku: 'COTTON-TEE-WHITE-M', quantity: 1 },
      { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
    ],
  })
  engine.setContact(cart.id, { email: 'ada@example.com', marketingConsent: { email: consent } })
  engine.setShippingAddress(cart.id, { ...berlinAddress, postalCode })
  const ready = engine.selectShippingOption(cart.id, 'de-standard')
  const token = createTestCardToken(engine, '4242424242424242')
  const request = { cartVersion: ready.version, payment: { methodId: 'card', token } }
  const result = await engine.placeOrder(cart.id, request, { idempotencyKey: `k-${cart.id}` })
  if (result.status !== 'completed') throw new Error('expected an order')
  // A replay of the same attempt must not start a second set of messages.
  await engine.placeOrder(cart.id, request, { idempotencyKey: `k-${cart.id}` })
  return result.order
}

const kinds = (messages: DueMessage[]) =>
  messages.map((message) =>
    message.kind === 'cart_reminder'
      ? `reminder ${message.step}`
      : `${message.kind}${'shipment' in message && message.shipment ? ` ${message.shipment.index}` : ''}`,
  )

/** Follows the double opt-in link of every confirmation e-mail due, as its reader would. */
function confirmAddresses(engine: CommerceEngine) {
  for (const message of engine.takeDueMessages()) {
    if (message.kind === 'marketing_confirmation')
      engine.confirmMarketing(message.confirmationToken)
  }
}

describe('order milestones', () => {
  it('falls due on the clock, each once: feedback a week and the invitation two after arrival', async () => {
    const { engine, clock } = shop()
    await order(engine, true)
    expect(kinds(engine.takeDueMessages())).toEqual(['order_confirmation'])
    expect(engine.takeDueMessages()).toEqual([])
    // Promised for Fri 27 – Mon 30 November: the first package comes on the Friday (27 h).
    clock.advance(60 * HOUR)
    expect(kinds(engine.takeDueMessages())).toEqual([
      'shipped 1',
      'shipped 2',
      'out_for_delivery 1',
      'delivered 1',
    ])
    // The second on the Monday (99 h after the order), the last day promised.
    clock.advance(48 * HOUR)
    expect(kinds(engine.takeDueMessages())).toEqual(['out_for_delivery 2', 'delivered 2'])
    clock.advance(99 * HOUR + 7 * DAY - 108 * HOUR - MINUTE)
    expect(engine.takeDueMessages()).toEqual([])
    clock.advance(MINUTE)
    const [feedback] = engine.takeDueMessages()
    expect(feedback).toMatchObject({ kind: 'feedback_request', marketing: true })
    expect(feedback?.unsubscribeToken).toBeTruthy()
    clock.advance(7 * DAY)
    const [invitation, ...more] = engine.takeDueMessages()
    expect(more).toEqual([])
    expect(invitation).toMatchObject({ kind: 'invitation', marketing: true, locale: undefined })
    expect(invitation?.unsubscribeToken).toBeTruthy()
    clock.advance(30 * DAY)
    expect(engine.takeDueMessages()).toEqual([])
  })

  it('says which delivery completes the order, and offers "Buy again" with that one', async () => {
    const { engine, clock } = shop()
    await order(engine, false)
    clock.advance(10 * DAY)
    const delivered = engine
      .takeDueMessages()
      .flatMap((message) => (message.kind === 'delivered' ? [message] : []))
    expect(
      delivered.map((message) => [message.completesOrder ?? false, !!message.reorderToken]),
    ).toEqual([
      [false, false],
      [true, true],
    ])
  })

  it('shows each shipping message the package as it stood at that milestone', async () => {
    const { engine, clock } = shop()
    await order(engine, false)
    clock.advance(10 * DAY)
    const shipped = engine.takeDueMessages().find((message) => message.kind === 'shipped')
    expect(shipped?.kind === 'shipped' && shipped.shipment?.status).toBe('in_transit')
  })

  it('never asks a package returned to the sender for feedback, nor anyone without consent', async () => {
    const { engine, clock } = shop()
    await order(engine, true, '10144')
    await order(engine, false)
    clock.advance(30 * DAY)
    const due = kinds(engine.takeDueMessages())
    expect(due.filter((kind) => kind.startsWith('delivered'))).toHaveLength(2)
    expect(due).not.toContain('feedback_request')
    expect(due).not.toContain('invitation')
  })
})

describe('cart reminder schedule', () => {
  function leftCart(engine: CommerceEngine, consent = true) {
    const cart = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    const left = engine.setContact(cart.id, {
      email: 'left@example.com',
      marketingConsent: { email: consent },
    })
    confirmAddresses(engine)
    return left
  }

  it('follows the configured delays from the last change, the last with a code', () => {
    const { engine, clock } = shop()
    const cart = leftCart(engine)
    clock.advance(9 * MINUTE)
    expect(engine.takeDueMessages()).toEqual([])
    clock.advance(MINUTE)
    expect(kinds(engine.takeDueMessages())).toEqual(['reminder 1'])
    // The shopper came back and changed the cart: the next reminder counts from then.
    engine.addItem(cart.id, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    clock.advance(15 * MINUTE)
    expect(engine.takeDueMessages()).toEqual([])
    clock.advance(15 * MINUTE)
    const due = engine.takeDueMessages()
    expect(kinds(due)).toEqual(['reminder 2', 'reminder 3'])
    const last = due[1]
    if (last?.kind !== 'cart_reminder') throw new Error('expected a reminder')
    expect(last.isLast).toBe(true)
    expect(last.incentive?.code).toMatch(/^COMEBACK-[0-9A-F]{10}$/)
    expect(last.incentive?.expiresAt).toBe(new Date(clock.now().getTime() + HOUR).toISOString())
    clock.advance(DAY)
    expect(engine.takeDueMessages()).toEqual([])
  })

  it('stops when consent is withdrawn, and sends nothing without it', () => {
    const { engine, clock } = shop()
    leftCart(engine, false)
    const cart = leftCart(engine)
    clock.advance(10 * MINUTE)
    expect(kinds(engine.takeDueMessages())).toEqual(['reminder 1'])
    engine.setContact(cart.id, { email: 'left@example.com', marketingConsent: { email: false } })
    clock.advance(DAY)
    expect(engine.takeDueMessages()).toEqual([])
  })
})
