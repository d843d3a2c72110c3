import { describe, expect, it } from 'vitest'
import { cardDigits, detectBrand, passesLuhn } from './card-number.js'
import { checkCard } from './validate-card.js'

const now = new Date('2026-11-26T10:00:00Z')
const card = (overrides: Partial<Parameters<typeof checkCard>[0]> = {}) => ({
  number: '4242 4242 4242 4242',
  expiry: '12 / 30',
  cvc: '123',
  name: 'Ada Lovelace',
  ...overrides,
})
const fieldsOf = (result: ReturnType<typeof checkCard>) =>
  result.ok ? [] : result.errors.map((error) => error.field)

describe('card numbers', () => {
  it('checks the Luhn digit and knows the brands by prefix', () => {
    expect(passesLuhn('4242424242424242')).toBe(true)
    expect(passesLuhn('4242424242424241')).toBe(false)
    expect(detectBrand('4242424242424242')).toBe('visa')
    expect(detectBrand('5555555555554444')).toBe('mastercard')
    expect(detectBrand('2223003122003222')).toBe('mastercard')
    expect(detectBrand('378282246310005')).toBe('amex')
    expect(detectBrand('6011111111111117')).toBeUndefined()
    expect(cardDigits('4242-4242 4242 4242')).toBe('4242424242424242')
  })
})

describe('checkCard', () => {
  it('accepts a test card and keeps only brand, last four, behaviour and a fingerprint', () => {
    expect(checkCard(card(), now)).toEqual({
      ok: true,
      card: {
        brand: 'visa',
        last4: '4242',
        behaviour: { outcome: 'approve' },
        fingerprint: expect.stringMatching(/^[\w-]{22}$/),
      },
    })
    // One card number, one fingerprint, whatever expiry or CVC was typed; another card, another.
    const print = (check: ReturnType<typeof checkCard>) => check.ok && check.card.fingerprint
    const again = checkCard(card({ expiry: '01/40', cvc: '999' }), now)
    expect(print(again)).toBe(print(checkCard(card(), now)))
    expect(print(checkCard(card({ number: '4000 0566 5566 5556' }), now))).not.toBe(print(again))
    const amex = checkCard(card({ number: '3782 822463 10005', cvc: '1234' }), now)
    expect(amex).toMatchObject({ ok: true, card: { brand: 'amex', last4: '0005' } })
  })

  it.each([
    ['4000000000000002', { outcome: 'decline', reason: 'card_declined' }],
    ['4000000000009995', { outcome: 'decline', reason: 'insufficient_funds' }],
    ['4000000000000069', { outcome: 'decline', reason: 'expired_card' }],
    ['4000000000000127', { outcome: 'decline', reason: 'incorrect_cvc' }],
    ['4000002760003184', { outcome: 'three_d_secure' }],
  ])('gives test card %s its behaviour', (number, behaviour) => {
    expect(checkCard(card({ number }), now)).toMatchObject({ ok: true, card: { behaviour } })
  })

  it('refuses a number failing Luhn, a non-test number and an unknown brand', () => {
    expect(fieldsOf(checkCard(card({ number: '4242424242424241' }), now))).toEqual(['number'])
    const real = checkCard(card({ number: '4111111111111111' }), now)
    expect(real).toMatchObject({ ok: false, errors: [{ message: /test card/ }] })
    const discover = checkCard(card({ number: '6011111111111117' }), now)
    expect(discover).toMatchObject({ ok: false, errors: [{ message: /Visa, Mastercard/ }] })
    expect(fieldsOf(checkCard(card({ number: '' }), now))).toEqual(['number'])
  })

  it('takes the expiry month as valid to its end, by the engine clock', () => {
    expect(checkCard(card({ expiry: '11/26' }), now).ok).toBe(true)
    expect(checkCard(card({ expiry: '11/2026' }), now).ok).toBe(true)
    expect(checkCard(card({ expiry: '1126' }), now).ok).toBe(true)
    const expired = checkCard(card({ expiry: '11/26' }), new Date('2026-12-01T00:00:00Z'))
    expect(expired).toMatchObject({ ok: false, errors: [{ field: 'expiry', message: /expired/ }] })
    for (const expiry of ['13/27', '00/27', 'soon', '12/99']) {
      expect(fieldsOf(checkCard(card({ expiry }), now))).toEqual(['expiry'])
    }
  })

  it('wants 3 CVC digits, and 4 for American Express', () => {
    for (const cvc of ['12', '1234', 'abc']) {
      expect(fieldsOf(checkCard(card({ cvc }), now))).toEqual(['cvc'])
    }
    const amex = { number: '378282246310005' }
    expect(fieldsOf(checkCard(card({ ...amex, cvc: '123' }), now))).toEqual(['cvc'])
    expect(checkCard(card({ ...amex, cvc: '1234' }), now).ok).toBe(true)
  })

  it('names every bad field at once and never repeats the number', () => {
    const result = checkCard({ number: '4242424242424241', expiry: '01/20', cvc: '' }, now)
    expect(fieldsOf(result)).toEqual(['number', 'expiry', 'cvc'])
    expect(JSON.stringify(result)).not.toMatch(/4242/)
  })
})
