import { describe, expect, it } from 'vitest'
import { canonicalLocale } from './canonical-locale.js'
import { formattingLocale, localeChain, matchLocale } from './locale-chain.js'
import { targetLocales, textDirection } from './locales.js'

const all = [...targetLocales]

describe('localeChain', () => {
  it.each([
    ['pt-AO', ['pt-AO', 'pt-PT', 'pt-BR', 'en']],
    ['pt', ['pt', 'pt-BR', 'pt-PT', 'en']],
    ['pt-BR', ['pt-BR', 'pt-PT', 'en']],
    ['zh-HK', ['zh-HK', 'zh-Hant', 'en']],
    ['zh-TW', ['zh-TW', 'zh-Hant', 'en']],
    ['zh-MO', ['zh-MO', 'zh-Hant', 'en']],
    ['zh-CN', ['zh-CN', 'zh-Hans', 'en']],
    ['zh-SG', ['zh-SG', 'zh-Hans', 'en']],
    ['zh', ['zh', 'zh-Hans', 'en']],
    ['zh-Hant-CN', ['zh-Hant-CN', 'zh-Hant', 'en']],
    ['nn-NO', ['nn-NO', 'nb', 'en']],
    ['no', ['no', 'nb', 'en']],
    ['iw-IL', ['he-IL', 'he', 'en']],
    ['in', ['id', 'en']],
    ['de-at', ['de-AT', 'de', 'en']],
    ['sw-KE', ['sw-KE', 'sw', 'en']],
  ])('%s → %j', (tag, chain) => {
    expect(localeChain(tag)).toEqual(chain)
  })

  it('falls back to English for what is no locale at all', () => {
    for (const bad of [undefined, null, '', 'not a locale', 'x'.repeat(100), '--']) {
      expect(localeChain(bad)).toEqual(['en'])
    }
  })
})

describe('matchLocale', () => {
  it.each([
    ['pt-AO', 'pt-PT'],
    ['pt-MZ', 'pt-PT'],
    ['pt', 'pt-BR'],
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['nb-NO', 'nb'],
    ['nn', 'nb'],
    ['no-NO', 'nb'],
    ['iw', 'he'],
    ['de-CH', 'de'],
    ['en-GB', 'en'],
    ['sw', 'en'],
  ])('%s speaks %s when every target locale is at hand', (tag, locale) => {
    expect(matchLocale(tag, all)).toBe(locale)
  })

  it('walks on to the next locale at hand, never to one that is missing', () => {
    expect(matchLocale('pt-AO', ['en', 'pt-BR'])).toBe('pt-BR')
    expect(matchLocale('zh-HK', ['en', 'zh-Hans'])).toBe('en')
    expect(matchLocale('de-AT', ['en', 'fr'])).toBe('en')
  })
})

describe('formattingLocale', () => {
  it("keeps the shopper's region when the language shown is theirs", () => {
    expect(formattingLocale('de-AT', 'de')).toBe('de-AT')
    expect(formattingLocale('pt-AO', 'pt-PT')).toBe('pt-AO')
    expect(formattingLocale('zh-HK', 'zh-Hant')).toBe('zh-HK')
  })

  it('formats in the language shown, in their region, when it is not theirs', () => {
    expect(formattingLocale('nn-NO', 'nb')).toBe('nb-NO')
    expect(formattingLocale('sw-KE', 'en')).toBe('en-KE')
    expect(formattingLocale('ja', 'en')).toBe('en')
    expect(formattingLocale('not a locale', 'fr')).toBe('fr')
    // Without a region of their own, the language shown keeps its own: Portugal's, not Brazil's.
    expect(formattingLocale('es', 'pt-PT')).toBe('pt-PT')
    expect(formattingLocale('es-AR', 'pt-PT')).toBe('pt-AR')
  })
})

describe('textDirection', () => {
  it('runs Arabic, Persian and Hebrew right to left, the rest left to right', () => {
    const rtl = all.filter((locale) => textDirection(locale) === 'rtl')
    expect(rtl).toEqual(['ar', 'fa', 'he'])
    expect(textDirection('ar-EG')).toBe('rtl')
    expect(textDirection('FA-ir')).toBe('rtl')
    // By the language subtag alone: neither `arn` (Mapudungun) nor `en-XA` runs right to left.
    expect(textDirection('arn-CL')).toBe('ltr')
    expect(textDirection('en-XA')).toBe('ltr')
  })
})

describe('canonicalLocale', () => {
  it('canonicalises case, and refuses what is no BCP 47 tag', () => {
    expect(canonicalLocale('PT-br')).toBe('pt-BR')
    expect(canonicalLocale('de_DE')).toBeUndefined()
    expect(canonicalLocale('zh-hant-hk')).toBe('zh-Hant-HK')
  })
})
