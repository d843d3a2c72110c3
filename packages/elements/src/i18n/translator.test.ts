import { describe, expect, it } from 'vitest'
import { createTranslator, languageFor } from './translator.js'

describe('createTranslator', () => {
  it('picks the bundled language closest to a locale', () => {
    expect(languageFor('de-AT')).toBe('de')
    expect(languageFor('fr-CA')).toBe('fr')
    expect(languageFor('ja-JP')).toBe('ja')
    expect(languageFor('sw-KE')).toBe('en')
  })

  it('keeps the full locale for numbers and money', () => {
    const translator = createTranslator('de-AT')
    expect(translator).toMatchObject({ locale: 'de-AT', language: 'de', dir: 'ltr' })
  })

  it('pluralises item counts per language', () => {
    const count = (locale: string, n: number) =>
      createTranslator(locale).t('cart.itemCount', { count: n })
    expect([1, 2].map((n) => count('en', n))).toEqual(['1 item', '2 items'])
    expect([1, 2].map((n) => count('de', n))).toEqual(['1 Artikel', '2 Artikel'])
    expect([1, 2, 3, 11, 100].map((n) => count('ar', n))).toEqual([
      'منتج واحد',
      'منتجان',
      '3 منتجات',
      '11 منتجًا',
      '100 منتج',
    ])
  })

  it('writes Arabic right to left', () => {
    expect(createTranslator('ar-EG').dir).toBe('rtl')
  })

  it('keeps separate instances, leaving any page-wide i18next alone', () => {
    const english = createTranslator('en')
    const french = createTranslator('fr')
    expect(english.t('cart.title')).toBe('Your cart')
    expect(french.t('cart.title')).toBe('Votre panier')
  })
})

describe('numbers in messages', () => {
  it("are written in the locale's digits, as prices are", () => {
    expect(createTranslator('ar-EG').t('cart.itemCount', { count: 3 })).toBe('٣ منتجات')
    expect(createTranslator('ar-EG').t('cart.quantity', { quantity: 12 })).toBe('الكمية ١٢')
    expect(createTranslator('ar').t('cart.itemCount', { count: 3 })).toBe('3 منتجات')
    expect(createTranslator('de').t('cart.itemCount', { count: 1200 })).toBe('1.200 Artikel')
    // Small numbers too, where the locale's own digits are not 0–9.
    expect(createTranslator('fa').t('cart.itemCount', { count: 3 })).toContain('۳')
  })
})
