import { describe, expect, it } from 'vitest'
import {
  addMoney,
  allocateMoney,
  currencyExponent,
  formatMoney,
  money,
  multiplyMoney,
  sumMoney,
  toDecimalString,
} from './money.js'

describe('money', () => {
  it('takes the minor-unit exponent from Intl', () => {
    expect(currencyExponent('JPY')).toBe(0)
    expect(currencyExponent('EUR')).toBe(2)
    expect(currencyExponent('KWD')).toBe(3)
  })

  it('refuses fractional minor units', () => {
    expect(() => money(19.99, 'EUR')).toThrow(/integers in minor units/)
  })

  it('refuses to mix currencies', () => {
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(/EUR with USD/)
  })

  it('adds, multiplies and sums in integers', () => {
    expect(multiplyMoney(money(1999, 'EUR'), 3)).toEqual(money(5997, 'EUR'))
    expect(sumMoney([money(10, 'EUR'), money(20, 'EUR')], 'EUR')).toEqual(money(30, 'EUR'))
    // 0.1 + 0.2 in floats is not 0.3; in minor units it is.
    expect(addMoney(money(10, 'USD'), money(20, 'USD')).amount).toBe(30)
  })

  it('writes exact decimal strings', () => {
    expect(toDecimalString(money(1999, 'EUR'))).toBe('19.99')
    expect(toDecimalString(money(5, 'EUR'))).toBe('0.05')
    expect(toDecimalString(money(-5, 'EUR'))).toBe('-0.05')
    expect(toDecimalString(money(1500, 'JPY'))).toBe('1500')
    expect(toDecimalString(money(1234, 'KWD'))).toBe('1.234')
  })

  it('formats for the locale', () => {
    expect(formatMoney(money(1290, 'EUR'), 'de-DE')).toBe('12,90\u00a0€')
    expect(formatMoney(money(1290, 'USD'), 'en-US')).toBe('$12.90')
    expect(formatMoney(money(12800, 'JPY'), 'ja-JP')).toBe('￥12,800')
  })

  it('formats amounts beyond float precision exactly', () => {
    expect(formatMoney(money(9007199254740991, 'EUR'), 'en-US')).toBe('€90,071,992,547,409.91')
  })

  it('allocates without losing or gaining a cent', () => {
    const parts = allocateMoney(money(1000, 'EUR'), [1, 1, 1])
    expect(parts.map((p) => p.amount)).toEqual([334, 333, 333])
    expect(sumMoney(parts, 'EUR').amount).toBe(1000)
  })

  it('allocates in proportion to the weights', () => {
    const parts = allocateMoney(money(-500, 'EUR'), [2990, 1990, 990])
    expect(sumMoney(parts, 'EUR').amount).toBe(-500)
    expect(parts.map((p) => p.amount)).toEqual([-250, -167, -83])
  })

  it('refuses allocation without positive weights', () => {
    expect(() => allocateMoney(money(100, 'EUR'), [])).toThrow()
    expect(() => allocateMoney(money(100, 'EUR'), [0, 0])).toThrow()
    expect(() => allocateMoney(money(100, 'EUR'), [1, -1])).toThrow()
  })
})

describe('allocation of large amounts', () => {
  it('stays exact where floats would not', () => {
    const total = money(9_007_199_254_740_991, 'EUR')
    const parts = allocateMoney(total, [1, 2, 3, 7])
    expect(parts.reduce((sum, part) => sum + BigInt(part.amount), 0n)).toBe(9_007_199_254_740_991n)
    expect(() => allocateMoney(money(100, 'EUR'), [0.5, 0.5])).toThrow(/integer weights/)
  })
})
