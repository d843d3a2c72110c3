import type { Address } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'

const fixedClock = (iso = '2026-11-26T10:00:00Z') => createFixedClock(new Date(iso))

const berlin: Address = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

/** 2 tees and a mug: 80.00 EUR, 88.00 USD or ¥10,800. */
function setup(currency = 'EUR', clock = fixedClock()) {
  const engine = createCommerceEngine({ clock })
  const cart = engine.createCart({
    currency,
    items: [
      { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
      { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
    ],
  })
  return { engine, cart, clock }
}

const refused = (reason: string) =>
  expect.objectContaining({ code: 'VALIDATION', status: 422, reason })

describe('promo codes: kinds', () => {
  it('takes a percentage off, in any case, as a labelled discount', () => {
    const { engine, cart } = setup()
    const after = engine.applyCode(cart.id, ' welcome10 ')
    expect(after.promoCodes).toEqual(['WELCOME10'])
    expect(after.discounts).toEqual([
      { label: 'Welcome: 10% off', code: 'WELCOME10', amount: { amount: 800, currency: 'EUR' } },
    ])
    expect(after.total.amount).toBe(7200)
    expect(after.version).toBe(cart.version + 1)
  })

  it('spreads a discount over the lines before taking VAT out of them', () => {
    const { engine, cart } = setup()
    engine.setShippingAddress(cart.id, berlin)
    engine.selectShippingOption(cart.id, 'de-standard')
    const after = engine.applyCode(cart.id, 'WELCOME10')
    // Lines 5800 and 2200 carry 580 and 220 of the 800: VAT of 5220, 1980 and shipping 495.
    expect(after.tax).toEqual({
      amount: { amount: 833 + 316 + 79, currency: 'EUR' },
      included: true,
    })
    expect(after.total.amount).toBe(8000 - 800 + 495)
  })

  it('takes a fixed amount off in each currency', () => {
    const amountOff = (currency: string) => {
      const { engine, cart } = setup(currency)
      return engine.applyCode(cart.id, 'SAVE5').discounts[0]
    }
    expect(amountOff('EUR')).toMatchObject({ label: '€5.00 off', amount: { amount: 500 } })
    expect(amountOff('USD')).toMatchObject({ label: '$5.00 off', amount: { amount: 500 } })
    expect(amountOff('JPY')).toMatchObject({ label: '¥700 off', amount: { amount: 700 } })
  })

  it('makes standard delivery free, not express', () => {
    const { engine, cart } = setup()
    engine.setShippingAddress(cart.id, berlin)
    engine.selectShippingOption(cart.id, 'de-standard')
    const after = engine.applyCode(cart.id, 'FREESHIP')
    expect(after).toMatchObject({
      promoCodes: ['FREESHIP'],
      discounts: [],
      shipping: { amount: 0 },
    })
    expect(after.total.amount).toBe(8000)
    const prices = engine.listShippingOptions(cart.id).map((option) => option.price.amount)
    expect(prices).toEqual([0, 1290, 0])
  })

  it('applies a minimum-spend code once the subtotal reaches it', () => {
    const { engine, cart } = setup()
    expect(() => engine.applyCode(cart.id, 'BIGSPENDER')).toThrow(refused('code_minimum_not_met'))
    engine.addItem(cart.id, { sku: 'WEEKENDER-KHAKI', quantity: 1 })
    const after = engine.applyCode(cart.id, 'BIGSPENDER')
    expect(after.discounts[0]?.amount.amount).toBe(3135) // 15 % of 209.00
  })

  it('forgets a minimum-spend code when the cart shrinks below it', () => {
    const { engine, cart } = setup()
    const added = engine.addItem(cart.id, { sku: 'WEEKENDER-KHAKI', quantity: 1 })
    engine.applyCode(cart.id, 'BIGSPENDER')
    const line = added.items.find((item) => item.sku === 'WEEKENDER-KHAKI')
    const after = engine.removeItem(cart.id, line?.id ?? '')
    expect(after).toMatchObject({ promoCodes: [], discounts: [] })
  })
})

describe('promo codes: refusals', () => {
  it.each([
    ['NOT-A-CODE', 'code_unknown'],
    ['EXPIRED2024', 'code_expired'],
    ['EURO10', 'code_currency_mismatch'],
  ])('refuses %s with %s and writes nothing', (code, reason) => {
    const { engine, cart } = setup('USD')
    expect(() => engine.applyCode(cart.id, code)).toThrow(refused(reason))
    expect(engine.getCart(cart.id)).toEqual(cart)
  })

  it('answers a made-up gift card exactly like any unknown code', () => {
    const { engine, cart } = setup()
    const failure = (code: string) => {
      try {
        engine.applyCode(cart.id, code)
      } catch (error) {
        return error
      }
    }
    expect(failure('GIFT-AAAA-BBBB-CCCC')).toEqual(failure('NOPE'))
  })

  it('refuses a code applied twice, and a second code that does not stack', () => {
    const { engine, cart } = setup()
    const applied = engine.applyCode(cart.id, 'WELCOME10')
    expect(() => engine.applyCode(cart.id, 'welcome10')).toThrow(refused('code_already_applied'))
    expect(() => engine.applyCode(cart.id, 'SAVE5')).toThrow(refused('code_not_combinable'))
    expect(engine.getCart(cart.id)).toEqual(applied)
  })

  it('stacks flagged codes with any other', () => {
    const { engine, cart } = setup()
    engine.applyCode(cart.id, 'STACK5')
    engine.applyCode(cart.id, 'WELCOME10')
    const after = engine.applyCode(cart.id, 'FREESHIP')
    expect(after.promoCodes).toEqual(['STACK5', 'WELCOME10', 'FREESHIP'])
    expect(after.discounts.map((discount) => discount.amount.amount)).toEqual([400, 800])
    expect(after.total.amount).toBe(6800)
  })

  it('allows a once-per-customer code only once per e-mail', () => {
    const { engine, cart } = setup()
    engine.setContact(cart.id, { email: 'USED@example.com' })
    expect(() => engine.applyCode(cart.id, 'WELCOME10')).toThrow(refused('code_already_used'))
    const other = setup().engine
    const second = other.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
    other.applyCode(second.id, 'WELCOME10')
    // Giving an e-mail that already used it takes the discount away at once.
    const after = other.setContact(second.id, { email: 'used@example.com' })
    expect(after).toMatchObject({ promoCodes: [], discounts: [], total: { amount: 2200 } })
  })

  it('removes a code in any case; removing one that is not applied changes nothing', () => {
    const { engine, cart } = setup()
    engine.applyCode(cart.id, 'WELCOME10')
    const removed = engine.removeCode(cart.id, 'welcome10')
    expect(removed).toMatchObject({ promoCodes: [], discounts: [], total: cart.total })
    expect(engine.removeCode(cart.id, 'WELCOME10').version).toBe(removed.version)
  })
})

describe('promo codes: attempt limit', () => {
  it('locks a cart out for 15 minutes after 10 refused codes', () => {
    const { engine, cart, clock } = setup()
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(() => engine.applyCode(cart.id, `WRONG${attempt}`)).toThrow(refused('code_unknown'))
    }
    const limited = expect.objectContaining({
      status: 429,
      reason: 'too_many_attempts',
      retryAfterSeconds: 900,
    })
    expect(() => engine.applyCode(cart.id, 'WELCOME10')).toThrow(limited)
    expect(engine.getCart(cart.id).version).toBe(cart.version)
    clock.advance(15 * 60_000)
    expect(engine.applyCode(cart.id, 'WELCOME10').promoCodes).toEqual(['WELCOME10'])
  })

  it('counts refusals per cart', () => {
    const { engine, cart } = setup()
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(() => engine.applyCode(cart.id, 'NOPE')).toThrow(refused('code_unknown'))
    }
    const other = engine.createCart({ items: [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }] })
    expect(engine.applyCode(other.id, 'SAVE5').promoCodes).toEqual(['SAVE5'])
  })

  it('counts an e-mail change that drops a once-per-customer code, so a probe of who used it stops', () => {
    const { engine, cart, clock } = setup()
    const limited = expect.objectContaining({ status: 429, reason: 'too_many_attempts' })
    // Each probe: the code on a fresh address, then the address to test; a drop says "used it".
    const probe = (email: string) => {
      engine.setContact(cart.id, { email: 'fresh@example.com' })
      engine.applyCode(cart.id, 'WELCOME10')
      return engine.setContact(cart.id, { email }).promoCodes.length === 0
    }
    for (let round = 0; round < 10; round += 1) expect(probe('used@example.com')).toBe(true)
    expect(() => probe('used@example.com')).toThrow(limited)
    clock.advance(15 * 60_000)
    expect(probe('nobody@example.com')).toBe(false)
  })

  it('refuses an e-mail change that could drop such a code while code attempts are spent', () => {
    const { engine, cart } = setup()
    engine.setContact(cart.id, { email: 'fresh@example.com' })
    engine.applyCode(cart.id, 'WELCOME10')
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(() => engine.applyCode(cart.id, 'NOPE')).toThrow(refused('code_unknown'))
    }
    const limited = expect.objectContaining({ status: 429, reason: 'too_many_attempts' })
    expect(() => engine.setContact(cart.id, { email: 'used@example.com' })).toThrow(limited)
    expect(engine.getCart(cart.id)).toMatchObject({
      promoCodes: ['WELCOME10'],
      contact: { email: 'fresh@example.com' },
    })
    // The same address again (a locale or consent change) can drop nothing: it goes through.
    const same = { email: 'FRESH@example.com', locale: 'de-DE' }
    expect(engine.setContact(cart.id, same).contact?.locale).toBe('de-DE')
    engine.removeCode(cart.id, 'WELCOME10')
    expect(engine.setContact(cart.id, { email: 'ada@example.com' }).contact?.email).toBe(
      'ada@example.com',
    )
  })

  it('counts such drops per client across carts', () => {
    const { engine } = setup()
    const items = [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }]
    const limited = expect.objectContaining({ status: 429, reason: 'too_many_attempts' })
    const probe = () => {
      const { id } = engine.createCart({ items })
      engine.applyCode(id, 'WELCOME10', '203.0.113.9')
      return () => engine.setContact(id, { email: 'used@example.com' }, '203.0.113.9')
    }
    for (let round = 0; round < 30; round += 1) probe()()
    expect(() => probe()()).toThrow(limited)
  })
})
