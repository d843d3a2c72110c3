import { type Address, type Cart, cartSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../clock.js'
import { createCommerceEngine } from '../commerce-engine.js'

// Thursday 26 November 2026, 11:00 in Berlin: before the warehouse's 14:00 cut-off.
const fixedClock = (iso = '2026-11-26T10:00:00Z') => createFixedClock(new Date(iso))

const berlin: Address = {
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}
const paris: Address = { ...berlin, city: 'Paris', postalCode: '75008', country: 'FR' }
const london: Address = { ...berlin, city: 'London', postalCode: 'SW1A 1AA', country: 'GB' }
// Italy's post wants the province (RM: Roma), by the address data.
const rome: Address = { ...berlin, city: 'Roma', region: 'RM', postalCode: '00184', country: 'IT' }
const us = (region: string, postalCode: string): Address => ({
  name: 'Jane Doe',
  line1: '1 Main St',
  city: 'Somewhere',
  region,
  postalCode,
  country: 'US',
})

/** A cart of 2 tees and a mug: 58.00 + 22.00 EUR, or 64.00 + 24.00 USD. */
function setup(currency = 'EUR') {
  const engine = createCommerceEngine({ clock: fixedClock() })
  const cart = engine.createCart({
    currency,
    items: [
      { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
      { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
    ],
  })
  const ship = (address: Address, optionId?: string): Cart => {
    const after = engine.setShippingAddress(cart.id, address)
    return optionId ? engine.selectShippingOption(cart.id, optionId) : after
  }
  return { engine, cart, ship }
}

const totals = ({ subtotal, shipping, tax, total, amountDue }: Cart) => ({
  subtotal: subtotal.amount,
  shipping: shipping?.amount ?? null,
  tax: tax && { amount: tax.amount.amount, included: tax.included },
  total: total.amount,
  amountDue: amountDue.amount,
})

describe('checkout details: contact and addresses', () => {
  it('keeps the contact with its consent', () => {
    const { engine, cart } = setup()
    const contact = { email: 'erika@example.com', marketingConsent: { email: true } }
    const after = engine.setContact(cart.id, contact)
    expect(after.contact).toEqual(contact)
    expect(after.version).toBe(cart.version + 1)
    expect(() => engine.setContact(cart.id, { email: 'nope' })).toThrow(
      expect.objectContaining({ status: 422, reason: 'invalid_request' }),
    )
  })

  it('stores a normalised shipping address and bills it by default', () => {
    const { engine, cart } = setup()
    const after = engine.setShippingAddress(cart.id, { ...london, postalCode: ' sw1a  1aa ' })
    expect(cartSchema.parse(after)).toEqual(after)
    expect(after.shippingAddress).toEqual(london)
    expect(after.billingAddress).toBeNull()
  })

  it('refuses an address its country rejects, with field errors, writing nothing', () => {
    const { engine, cart } = setup()
    const refusal = expect.objectContaining({
      code: 'VALIDATION',
      status: 422,
      reason: 'invalid_address',
      fieldErrors: [
        { field: 'region', reason: 'required', message: 'Choose the state.' },
        {
          field: 'postalCode',
          reason: 'invalid_postal_code',
          message: 'Enter a valid ZIP code, like 95014.',
        },
      ],
    })
    expect(() => engine.setShippingAddress(cart.id, { ...us('', '123'), region: '' })).toThrow(
      refusal,
    )
    expect(() => engine.setBillingAddress(cart.id, { ...us('', '123') })).toThrow(refusal)
    expect(engine.getCart(cart.id)).toEqual(cart)
  })

  it('sets another billing address and goes back to the shipping one', () => {
    const { engine, cart, ship } = setup()
    ship(berlin)
    expect(engine.setBillingAddress(cart.id, paris).billingAddress).toEqual(paris)
    expect(engine.setBillingAddress(cart.id, null).billingAddress).toBeNull()
  })
})

describe('checkout details: delivery', () => {
  it('asks for a shipping address before listing or choosing options', () => {
    const { engine, cart } = setup()
    const refusal = expect.objectContaining({ status: 422, reason: 'shipping_address_required' })
    expect(() => engine.listShippingOptions(cart.id)).toThrow(refusal)
    expect(() => engine.selectShippingOption(cart.id, 'de-standard')).toThrow(refusal)
  })

  it('lists dated options and adds the chosen one to the cart', () => {
    const { engine, cart, ship } = setup()
    ship(berlin)
    const options = engine.listShippingOptions(cart.id)
    expect(options.map((option) => option.id)).toEqual(['de-standard', 'de-express', 'de-pickup'])
    expect(options[1]?.estimatedDelivery).toEqual({ earliest: '2026-11-27', latest: '2026-11-27' })
    const chosen = engine.selectShippingOption(cart.id, 'de-express')
    expect(chosen).toMatchObject({
      shippingOptionId: 'de-express',
      shipping: { amount: 1290, currency: 'EUR' },
    })
    expect(engine.chosenShippingOption(cart.id)?.carrier).toBe('DHL Express')
  })

  it('refuses an option not offered at the address, writing nothing', () => {
    const { engine, cart, ship } = setup()
    const before = ship(london)
    expect(() => engine.selectShippingOption(cart.id, 'de-pickup')).toThrow(
      expect.objectContaining({ status: 422, reason: 'shipping_option_unavailable' }),
    )
    expect(engine.getCart(cart.id)).toEqual(before)
  })

  it('keeps the option within its zone and drops it when the new address has no such option', () => {
    const { engine, cart, ship } = setup()
    ship(paris, 'eu-pickup')
    expect(engine.setShippingAddress(cart.id, rome).shippingOptionId).toBe('eu-pickup')
    const moved = engine.setShippingAddress(cart.id, london)
    expect(moved).toMatchObject({ shippingOptionId: null, shipping: null })
  })
})

describe('checkout details: taxes and totals', () => {
  it('leaves tax unknown until there is a shipping address', () => {
    const { cart } = setup()
    expect(totals(cart)).toEqual({
      subtotal: 8000,
      shipping: null,
      tax: null,
      total: 8000,
      amountDue: 8000,
    })
  })

  it('includes VAT in EU and UK prices, per line and on shipping', () => {
    // DE 19 %: 5800 → 926, 2200 → 351, shipping 495 → 79.
    expect(totals(setup().ship(berlin, 'de-standard'))).toEqual({
      subtotal: 8000,
      shipping: 495,
      tax: { amount: 1356, included: true },
      total: 8495,
      amountDue: 8495,
    })
    expect(totals(setup().ship(paris, 'eu-standard')).tax).toEqual({ amount: 1450, included: true })
    expect(totals(setup().ship(rome, 'eu-standard')).tax).toEqual({ amount: 1568, included: true })
    expect(totals(setup().ship(london, 'gb-standard')).tax).toEqual({
      amount: 1483,
      included: true,
    })
  })

  it('adds US sales tax by state, on shipping only where the state taxes it', () => {
    // CA 7.25 % on goods only: 6400 → 464, 2400 → 174.
    expect(totals(setup('USD').ship(us('CA', '94105'), 'us-standard'))).toEqual({
      subtotal: 8800,
      shipping: 1500,
      tax: { amount: 638, included: false },
      total: 10_938,
      amountDue: 10_938,
    })
    // NY 4 % with shipping: 256 + 96 + 60; TX 6.25 %: 400 + 150 + 93.75 rounded up to 94.
    expect(totals(setup('USD').ship(us('NY', '10001'), 'us-standard')).total).toBe(
      8800 + 1500 + 412,
    )
    expect(totals(setup('USD').ship(us('TX', '73301'), 'us-standard')).tax?.amount).toBe(644)
    expect(totals(setup('USD').ship(us('OR', '97201'), 'us-standard')).tax).toEqual({
      amount: 0,
      included: false,
    })
  })

  it('collects no tax on exports outside the table', () => {
    const jp = { ...berlin, region: '13', postalCode: '100-0001', country: 'JP' }
    const cart = setup('JPY').ship(jp, 'jp-standard')
    expect(totals(cart)).toMatchObject({ shipping: 2500, tax: { amount: 0, included: false } })
    expect(cart.total.amount).toBe(cart.subtotal.amount + 2500)
  })
})
