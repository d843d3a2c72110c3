import { describe, expect, it, vi } from 'vitest'

// A fresh page each time, counting how often the fallback chain's module is evaluated there
// (fetched, on a real page). doMock re-registers it, so no earlier evaluation is reused.
let evaluated = 0
async function freshTranslator() {
  evaluated = 0
  vi.resetModules()
  vi.doMock('./locale-choice.js', async (original) => {
    evaluated++
    return original()
  })
  return import('./translator.js')
}

describe('the fallback chain, a chunk of its own', () => {
  it.each(['en', 'en-GB', 'en-US', 'EN-au', 'not a locale'])(
    'is not fetched by a page in %s, which speaks English at once',
    async (tag) => {
      const { createTranslator, isLocaleSettled, languageFor, loadLanguageFor } =
        await freshTranslator()
      expect(languageFor(tag)).toBe('en')
      expect(isLocaleSettled(tag)).toBe(true)
      await expect(loadLanguageFor(tag)).resolves.toBe(true)
      const translator = createTranslator(tag)
      expect(translator).toMatchObject({ language: 'en', dir: 'ltr' })
      expect(translator.t('cart.title')).toBe('Your cart')
      expect(evaluated).toBe(0)
    },
  )

  it('formats an English page by its own tag (1,20,000 in India) without the chain', async () => {
    const { createTranslator } = await freshTranslator()
    expect(createTranslator('en-GB').locale).toBe('en-GB')
    expect(createTranslator('en-IN').t('cartButton.label', { count: 120000 })).toBe(
      'Cart, 1,20,000 items',
    )
    expect(evaluated).toBe(0)
  })

  it('is fetched once by a page in another language, the pseudo-locale included', async () => {
    const { createTranslator, languageFor, loadLanguageFor } = await freshTranslator()
    expect(languageFor('ar-EG')).toBeUndefined()
    await Promise.all([loadLanguageFor('ar-EG'), loadLanguageFor('en-XA')])
    expect(evaluated).toBe(1)
    expect(createTranslator('ar-EG')).toMatchObject({ language: 'ar', dir: 'rtl', locale: 'ar-EG' })
    expect(createTranslator('en-XA').language).toBe('en-XA')
  })
})
