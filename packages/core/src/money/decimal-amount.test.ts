import { describe, expect, it } from 'vitest'
import { CheckoutError } from '../errors.js'
import { decimalToMinorUnits, decimalToMoney } from './decimal-amount.js'

describe('decimalToMinorUnits', () => {
  it('shifts decimals by the currency exponent exactly', () => {
    expect(decimalToMinorUnits('19.99', 'EUR')).toBe(1999)
    expect(decimalToMinorUnits(19.99, 'EUR')).toBe(1999)
    expect(decimalToMinorUnits(4.35, 'EUR')).toBe(435) // 4.35 * 100 is 434.99999999999994
    expect(decimalToMinorUnits(1.005, 'EUR')).toBe(101) // the decimal 1.005, not its float
    expect(decimalToMinorUnits(5, 'USD')).toBe(500)
    expect(decimalToMinorUnits('0', 'USD')).toBe(0)
    expect(decimalToMinorUnits('-0.05', 'EUR')).toBe(-5)
  })

  it('reads 0.1 + 0.2 as the 0.3 it means', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(decimalToMinorUnits(0.1 + 0.2, 'EUR')).toBe(30)
    let sum = 0
    for (let line = 0; line < 1000; line += 1) sum += decimalToMinorUnits(0.1, 'EUR')
    expect(sum).toBe(10_000)
  })

  it('knows three-decimal and zero-decimal currencies', () => {
    expect(decimalToMinorUnits('18.755', 'BHD')).toBe(18755)
    expect(decimalToMinorUnits(15.25, 'KWD')).toBe(15250)
    expect(decimalToMinorUnits(0.1, 'KWD')).toBe(100)
    expect(decimalToMinorUnits(6800, 'JPY')).toBe(6800)
    expect(decimalToMinorUnits('6800.4', 'JPY')).toBe(6800)
  })

  it('rounds digits below the minor unit half away from zero', () => {
    expect(decimalToMinorUnits(23.91764705882353, 'EUR')).toBe(2392)
    expect(decimalToMinorUnits('0.125', 'EUR')).toBe(13)
    expect(decimalToMinorUnits('0.1249999', 'EUR')).toBe(12)
    expect(decimalToMinorUnits('-0.125', 'EUR')).toBe(-13)
    expect(decimalToMinorUnits('1.0005', 'KWD')).toBe(1001)
    expect(decimalToMinorUnits('0.5', 'JPY')).toBe(1)
    expect(decimalToMinorUnits(-0.001, 'EUR')).toBe(0)
  })

  it('reads exponent notation, which is how JavaScript writes tiny and huge numbers', () => {
    expect(String(1e-7)).toBe('1e-7')
    expect(decimalToMinorUnits(1e-7, 'EUR')).toBe(0)
    expect(decimalToMinorUnits('1.5e3', 'EUR')).toBe(150_000)
    expect(decimalToMinorUnits('2.5E-1', 'EUR')).toBe(25)
  })

  it('refuses what is not a decimal amount, or too large to be exact', () => {
    for (const bad of ['', '.', 'abc', '1,50', '1.2.3', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => decimalToMinorUnits(bad, 'EUR')).toThrow(CheckoutError)
    }
    expect(() => decimalToMinorUnits('1e20', 'EUR')).toThrow(/out of range/)
  })

  it('gives Money', () => {
    expect(decimalToMoney('49.90', 'EUR')).toEqual({ amount: 4990, currency: 'EUR' })
  })
})
