import type { Address } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { type CommerceEngine, createCommerceEngine } from '../commerce-engine.js'
import { engineStateSchema } from '../engine-state.js'

const fixedClock = (iso = '2026-11-26T10:00:00Z') => createFixedClock(new Date(iso))

const berlin: Address = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

/** 2 tees and a mug to Berlin by standard delivery: 80.00 + 4.95 = 84.95 EUR. */
function readyCart(engine: CommerceEngine, email = 'erika@example.com') {
  const cart = engine.createCart({
    items: [
      { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
      { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
    ],
  })
  engine.setContact(cart.id, { email })
  engine.setShippingAddress(cart.id, berlin)
  return engine.selectShippingOption(cart.id, 'de-standard')
}

const setup = (clock = fixedClock()) => createCommerceEngine({ clock })
const refused = (reason: string, status = 422) => expect.objectContaining({ status, reason })

describe('gift cards', () => {
  it('pays part of the total and shows only the last four characters', () => {
    const engine = setup()
    const cart = readyCart(engine)
    const after = engine.applyCode(cart.id, 'gift demo euro 0050')
    expect(after.giftCards).toEqual([
      {
        id: expect.stringMatching(/^gc_[0-9a-f]{16}$/),
        last4: '0050',
        amount: { amount: 5000, currency: 'EUR' },
        remainingBalance: { amount: 0, currency: 'EUR' },
      },
    ])
    expect(after).toMatchObject({ total: { amount: 8495 }, amountDue: { amount: 3495 } })
    expect(JSON.stringify(after)).not.toContain('GIFT-DEMO')
  })

  it('covers the whole total, keeping the rest on the card', () => {
    const engine = setup()
    const cart = readyCart(engine)
    const after = engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0500')
    expect(after.giftCards[0]).toMatchObject({
      amount: { amount: 8495 },
      remainingBalance: { amount: 50_000 - 8495 },
    })
    expect(after.amountDue.amount).toBe(0)
  })

  it('pays after discounts, and a second card pays what the first leaves', () => {
    const engine = setup()
    const cart = readyCart(engine)
    engine.applyCode(cart.id, 'WELCOME10')
    engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0050')
    const after = engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0500')
    expect(after.total.amount).toBe(7695)
    expect(after.giftCards.map((card) => card.amount.amount)).toEqual([5000, 2695])
    expect(after.amountDue.amount).toBe(0)
  })

  it('refuses an empty card, a card in another currency and the same card twice', () => {
    const engine = setup()
    const cart = readyCart(engine)
    expect(() => engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0000')).toThrow(
      refused('gift_card_empty'),
    )
    expect(() => engine.applyCode(cart.id, 'GIFT-DEMO-USDX-0050')).toThrow(
      refused('code_currency_mismatch'),
    )
    engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0050')
    expect(() => engine.applyCode(cart.id, 'gift-demo-euro-0050')).toThrow(
      refused('code_already_applied'),
    )
  })

  it('is removed by its wire id or its code', () => {
    const engine = setup()
    const cart = readyCart(engine)
    const { giftCards } = engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0050')
    expect(engine.removeCode(cart.id, giftCards[0]?.id ?? '').giftCards).toEqual([])
    engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0050')
    expect(engine.removeCode(cart.id, 'giftdemoeuro0050').amountDue.amount).toBe(8495)
  })
})

describe('codes at order time', () => {
  it('redeems card amounts and once-per-customer codes, for the next carts to see', () => {
    const engine = setup()
    const cart = readyCart(engine)
    engine.applyCode(cart.id, 'WELCOME10')
    const paid = engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0500')
    engine.checkCodesForOrder(cart.id)
    engine.redeemCodesForOrder(paid, { email: 'erika@example.com' })

    const next = readyCart(engine)
    expect(() => engine.applyCode(next.id, 'WELCOME10')).toThrow(refused('code_already_used'))
    const card = engine.applyCode(next.id, 'GIFT-DEMO-EURO-0500').giftCards[0]
    expect(card?.amount.amount).toBe(8495)
    expect(card?.remainingBalance.amount).toBe(50_000 - 7695 - 8495)
  })

  it('refuses an order whose card was spent meanwhile, dropping it for the new total', () => {
    const engine = setup()
    const first = readyCart(engine)
    const second = readyCart(engine, 'other@example.com')
    engine.applyCode(first.id, 'GIFT-DEMO-EURO-0050')
    const seen = engine.applyCode(second.id, 'GIFT-DEMO-EURO-0050')
    engine.redeemCodesForOrder(engine.getCart(first.id), { email: 'erika@example.com' })

    expect(() => engine.redeemCodesForOrder(seen, { email: 'other@example.com' })).toThrow(
      refused('gift_card_empty', 409),
    )
    const after = engine.getCart(second.id)
    expect(after).toMatchObject({ giftCards: [], amountDue: { amount: 8495 } })
    expect(after.version).toBe(seen.version + 1)
  })

  it('refuses an order whose code expired since the shopper saw it', () => {
    const clock = fixedClock('2024-12-31T22:00:00Z')
    const engine = setup(clock)
    const cart = readyCart(engine)
    const seen = engine.applyCode(cart.id, 'EXPIRED2024')
    expect(seen.discounts[0]?.amount.amount).toBe(1600)
    clock.advance(3 * 3600_000)
    // Prices follow the clock at once; the order is refused so the shopper sees the new total.
    expect(engine.getCart(cart.id).discounts).toEqual([])
    expect(() => engine.checkCodesForOrder(cart.id)).toThrow(refused('code_expired', 409))
    expect(engine.getCart(cart.id).promoCodes).toEqual([])
    expect(() => engine.checkCodesForOrder(cart.id)).not.toThrow()
  })

  it('writes nothing when a once-per-customer code is refused at order time', () => {
    const engine = setup()
    const cart = readyCart(engine)
    const seen = engine.applyCode(cart.id, 'WELCOME10')
    expect(() => engine.redeemCodesForOrder(seen, { email: 'used@example.com' })).toThrow(
      refused('code_already_used', 409),
    )
    const next = readyCart(engine)
    expect(engine.applyCode(next.id, 'WELCOME10').promoCodes).toEqual(['WELCOME10'])
  })
})

describe('codes in snapshots', () => {
  it('keeps checkout details, card balances and code uses across a restart', () => {
    const engine = setup()
    const cart = readyCart(engine)
    engine.applyCode(cart.id, 'WELCOME10')
    engine.redeemCodesForOrder(engine.applyCode(cart.id, 'GIFT-DEMO-EURO-0050'), {
      email: 'erika@example.com',
    })
    // Through JSON and the snapshot schema, as the `--data` file does.
    const state = engineStateSchema.parse(JSON.parse(JSON.stringify(engine.exportState())))
    const restored = createCommerceEngine({ clock: fixedClock(), state })
    const again = restored.getCart(cart.id)
    expect(again).toMatchObject({
      shippingOptionId: 'de-standard',
      contact: { email: 'erika@example.com' },
    })
    expect(again.giftCards).toEqual([]) // the card was spent, so the cart no longer shows it
    const next = readyCart(restored)
    expect(() => restored.applyCode(next.id, 'WELCOME10')).toThrow(refused('code_already_used'))
    expect(() => restored.applyCode(next.id, 'GIFT-DEMO-EURO-0050')).toThrow(
      refused('gift_card_empty'),
    )
  })
})
