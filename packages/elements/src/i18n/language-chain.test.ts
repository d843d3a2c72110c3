import { localeChain, supportedLocales } from '@weship/checkout-core'
import { describe, expect, it, vi } from 'vitest'

// Every loader replaced by a spy that records which language files a page would request.
const requested: string[] = []
vi.mock('./language-loaders.js', async (original) => {
  const actual = await original<typeof import('./language-loaders.js')>()
  return {
    ...actual,
    loadLanguageModule: (locale: Parameters<typeof actual.loadLanguageModule>[0]) => {
      requested.push(locale)
      return actual.loadLanguageModule(locale)
    },
  }
})

async function freshTranslator() {
  vi.resetModules()
  requested.length = 0
  return import('./translator.js')
}

const tags = ['pt-AO', 'pt', 'zh-HK', 'zh-SG', 'nn-NO', 'no', 'iw-IL', 'de-AT', 'ar-EG', 'sw-KE']

describe('the fallback chain', () => {
  it.each(tags)('%s: requests one file at most, one that exists, and speaks it', async (tag) => {
    const { createTranslator, languageFor, loadLanguageFor } = await freshTranslator()
    await expect(loadLanguageFor(tag)).resolves.toBe(true)
    const language = languageFor(tag)
    // The first locale of the chain that is supported: decided before anything is fetched.
    const expected = localeChain(tag).find((locale) =>
      (supportedLocales as readonly string[]).includes(locale),
    )
    expect(language).toBe(expected)
    expect(requested).toEqual(language === 'en' ? [] : [language])
    expect(createTranslator(tag).language).toBe(language)
  })

  it.each([
    ['pt-AO', 'pt-PT'],
    ['pt', 'pt-BR'],
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['iw-IL', 'he'],
    ['nn-NO', 'nb'],
    ['no', 'nb'],
  ])('%s fetches %s and nothing else', async (tag, language) => {
    const { createTranslator, languageFor, loadLanguageFor } = await freshTranslator()
    await loadLanguageFor(tag)
    expect(languageFor(tag)).toBe(language)
    expect(requested).toEqual([language])
    expect(createTranslator(tag)).toMatchObject({
      language,
      locale: expect.stringMatching(/^(pt|zh|he|nb|nn|no)/),
    })
  })

  it('requests nothing for a malformed tag, and speaks English', async () => {
    const { createTranslator, languageFor } = await freshTranslator()
    expect(languageFor('not a locale')).toBe('en')
    expect(createTranslator('not a locale').t('cart.title')).toBe('Your cart')
    expect(requested).toEqual([])
  })
})
