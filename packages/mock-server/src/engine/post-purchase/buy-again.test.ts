import { describe, expect, it } from 'vitest'
import { demoCatalog } from '../../catalog/demo-catalog.js'
import { createFixedClock } from '../clock.js'
import { type CommerceEngine, createCommerceEngine } from '../commerce-engine.js'
import { berlinAddress } from '../orders/order-fixtures.js'
import { createTestCardToken } from '../payments/test-card-token.js'
import type { InvitationSettings } from './invitation-codes.js'
import type { OrderMessage } from './message-jobs.js'

const DAY = 24 * 3600_000
const refused = (status: number, reason: string) => expect.objectContaining({ status, reason })

function shop(invitations: InvitationSettings = {}) {
  const clock = createFixedClock(new Date('2026-11-26T10:00:00Z'))
  return { clock, engine: createCommerceEngine({ clock, invitations }) }
}

async function buy(
  engine: CommerceEngine,
  items: { sku: string; quantity: number }[],
  { email = 'ada@example.com', consent = true } = {},
) {
  const cart = engine.createCart({ currency: 'EUR', items })
  engine.setContact(cart.id, { email, marketingConsent: { email: consent }, locale: 'fr-FR' })
  engine.setShippingAddress(cart.id, berlinAddress)
  const ready = engine.selectShippingOption(cart.id, 'de-standard')
  const payment = { methodId: 'card', token: createTestCardToken(engine, '4242424242424242') }
  const result = await engine.placeOrder(
    cart.id,
    { cartVersion: ready.version, payment },
    { idempotencyKey: `buy-${cart.id}` },
  )
  if (result.status !== 'completed') throw new Error('expected an order')
  return result.order
}

const invitations = (engine: CommerceEngine) =>
  engine
    .takeDueMessages()
    .flatMap((message) => (message.kind === 'invitation' ? [message as OrderMessage] : []))

describe('buying again', () => {
  it('fills a new cart from a link, and says what is sold out or sold no more', async () => {
    const { engine } = shop()
    const order = await buy(engine, [
      { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
      { sku: 'TRUCKER-CAP-NAVY', quantity: 2 },
      { sku: 'LINEN-OVERSHIRT-OLIVE-L', quantity: 2 },
    ])
    const link = engine.createReorderLink(order.id, order.statusToken)
    // The link is for the items only: it does not open the order.
    expect(() => engine.getOrder(order.id, link.token)).toThrow(refused(404, 'order_not_found'))
    const again = engine.reorder(link.token)
    expect(again.cart?.items.map((item) => [item.sku, item.quantity])).toEqual([
      ['COTTON-TEE-WHITE-M', 2],
      ['TRUCKER-CAP-NAVY', 1],
    ])
    expect(again.cart?.currency).toBe('EUR')
    expect(again.unavailable).toEqual([
      {
        sku: 'TRUCKER-CAP-NAVY',
        name: 'Waxed Trucker Cap',
        ordered: 2,
        added: 1,
        reason: 'limited_stock',
      },
      {
        sku: 'LINEN-OVERSHIRT-OLIVE-L',
        name: 'Linen Overshirt',
        ordered: 2,
        added: 0,
        reason: 'out_of_stock',
      },
    ])
    // Each use is a new cart; the ordered one stays an order.
    expect(engine.reorder(link.token).cart?.id).not.toBe(again.cart?.id)
    expect(() => engine.reorder('no-such-token')).toThrow(refused(404, 'reorder_not_found'))
    expect(() => engine.createReorderLink(order.id, 'wrong')).toThrow(
      refused(404, 'order_not_found'),
    )
  })

  it('names a product the shop no longer sells, and expires after 90 days', async () => {
    const { engine, clock } = shop()
    const order = await buy(engine, [{ sku: 'TRUCKER-CAP-NAVY', quantity: 1 }])
    const { token } = engine.createReorderLink(order.id, order.statusToken)
    // Restarted on a catalog without caps: the link still works and says the cap is gone.
    const catalog = {
      ...demoCatalog,
      products: demoCatalog.products.filter((product) => product.id !== 'waxed-trucker-cap'),
    }
    const later = createCommerceEngine({ clock, catalog, state: engine.exportState() })
    expect(later.reorder(token)).toEqual({
      cart: null,
      unavailable: [
        {
          sku: 'TRUCKER-CAP-NAVY',
          name: 'Waxed Trucker Cap',
          ordered: 1,
          added: 0,
          reason: 'discontinued',
        },
      ],
    })
    clock.advance(90 * DAY)
    expect(() => later.reorder(token)).toThrow(refused(404, 'reorder_not_found'))
  })
})

describe('the invitation to buy again', () => {
  it('comes once, the shop’s days after the last delivery, with a code only for that shopper', async () => {
    const { engine, clock } = shop({ afterMs: 21 * DAY, incentivePercent: 15 })
    const order = await buy(engine, [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }])
    // Delivered on Friday 27 November at 13:00 (27 h); the invitation 21 days after.
    clock.advance(27 * 3600_000 + 21 * DAY - 1)
    expect(invitations(engine)).toEqual([])
    clock.advance(1)
    const [invitation] = invitations(engine)
    expect(invitation).toMatchObject({ to: 'ada@example.com', locale: 'fr-FR', marketing: true })
    expect(invitation?.reorderToken).toBeTruthy()
    const code = invitation?.incentive?.code ?? ''
    expect(code).toMatch(/^AGAIN-[0-9A-F]{10}$/)
    expect(invitation?.incentive?.percent).toBe(15)
    expect(engine.reorder(invitation?.reorderToken ?? '').cart?.items[0]?.sku).toBe(
      order.receipt.items[0]?.sku,
    )
    const stranger = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    engine.setContact(stranger.id, { email: 'eve@example.com' })
    expect(() => engine.applyCode(stranger.id, code)).toThrow(
      refused(422, 'code_not_for_this_email'),
    )
    const own = engine.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
    engine.setContact(own.id, { email: 'Ada@Example.com' })
    expect(engine.applyCode(own.id, code).discounts[0]?.label).toBe('Thank you: 15% off')
    clock.advance(60 * DAY)
    expect(invitations(engine)).toEqual([])
  })

  it('never goes without consent, after an unsubscribe, or when the shop turns it off', async () => {
    const { engine, clock } = shop()
    await buy(engine, [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }], { consent: false })
    await buy(engine, [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }], { email: 'gone@example.com' })
    clock.advance(9 * DAY)
    const feedback = engine
      .takeDueMessages()
      .find((message) => message.to === 'gone@example.com' && message.marketing)
    engine.unsubscribe(feedback?.unsubscribeToken ?? '')
    clock.advance(30 * DAY)
    expect(invitations(engine)).toEqual([])
    expect(feedback?.kind).toBe('feedback_request')

    const off = shop({ afterMs: null })
    await buy(off.engine, [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }])
    off.clock.advance(60 * DAY)
    expect(invitations(off.engine)).toEqual([])
  })

  it('brings no code when the shop sets none', async () => {
    const { engine, clock } = shop()
    await buy(engine, [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }])
    clock.advance(16 * DAY)
    const [invitation] = invitations(engine)
    expect(invitation?.kind).toBe('invitation')
    expect(invitation?.incentive).toBeUndefined()
  })
})
