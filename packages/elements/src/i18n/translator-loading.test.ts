import { describe, expect, it, vi } from 'vitest'

// A fresh copy of the module: the test setup has loaded every language into the shared one.
async function freshTranslator() {
  vi.resetModules()
  return import('./translator.js')
}

describe('languages on demand', () => {
  it('speaks English until the language is loaded, then the language', async () => {
    const { createTranslator, isLanguageSettled, loadLanguage } = await freshTranslator()
    expect(isLanguageSettled('de')).toBe(false)
    expect(createTranslator('de-DE')).toMatchObject({ locale: 'de-DE', language: 'en' })
    expect(createTranslator('de-DE').t('cart.title')).toBe('Your cart')

    await expect(loadLanguage('de')).resolves.toBe(true)
    expect(isLanguageSettled('de')).toBe(true)
    expect(createTranslator('de-DE').t('cart.title')).toBe('Dein Warenkorb')
  })

  it('fetches each language once, however many elements ask', async () => {
    const { loadLanguage } = await freshTranslator()
    const first = loadLanguage('fr')
    expect(loadLanguage('fr')).toBe(first)
    await first
  })

  it('needs nothing for English', async () => {
    const { isLanguageSettled, createTranslator } = await freshTranslator()
    expect(isLanguageSettled('en')).toBe(true)
    expect(createTranslator('en-GB').t('cart.title')).toBe('Your cart')
  })
})
