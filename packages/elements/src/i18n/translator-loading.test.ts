import en from '@weship/checkout-core/locales/en.json'
import { describe, expect, it, vi } from 'vitest'

// A fresh copy of the module: the test setup has loaded every language into the shared one.
async function freshTranslator() {
  vi.resetModules()
  return import('./translator.js')
}

describe('languages on demand', () => {
  it('speaks English until the language is loaded, then the language', async () => {
    const { createTranslator, isLocaleSettled, loadLanguageFor } = await freshTranslator()
    expect(isLocaleSettled('de-DE')).toBe(false)
    // English words, English numbers (in Germany's way): never two languages on one page.
    expect(createTranslator('de-DE')).toMatchObject({ locale: 'en-DE', language: 'en' })
    expect(createTranslator('de-DE').t('cart.title')).toBe('Your cart')

    await expect(loadLanguageFor('de-DE')).resolves.toBe(true)
    expect(isLocaleSettled('de-DE')).toBe(true)
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

describe('English that chunks bring', () => {
  it("gives a chunk's English to the translators made before it arrived", async () => {
    const { addEnglish, createTranslator } = await freshTranslator()
    const { isMessageKey } = await import('./message-key.js')
    const { laterStepsEnglish } = await import('../steps/later-steps.js')
    const translator = createTranslator('en-US')
    expect(translator.t('addToCart.label', { count: 1 })).toBe('Add to cart')
    expect(isMessageKey('contact.email')).toBe(false)

    addEnglish(laterStepsEnglish)
    expect(translator.t('contact.email')).toBe(en.contact.email)
    expect(isMessageKey('contact.email')).toBe(true)
    expect(isMessageKey('contact')).toBe(false)
    expect(isMessageKey('contact.toString')).toBe(false)
  })
})

describe('the pseudo-locale', () => {
  it('is made from the whole of English, before any chunk brings its part', async () => {
    const { createTranslator, loadLanguageFor } = await freshTranslator()
    const { pseudoLocalizeText } = await import('@weship/checkout-core')
    await expect(loadLanguageFor('en-XA')).resolves.toBe(true)
    const pseudo = createTranslator('en-XA')
    expect(pseudo).toMatchObject({ language: 'en-XA', dir: 'ltr' })
    expect(pseudo.t('cart.title')).toBe(pseudoLocalizeText(en.cart.title))
    expect(pseudo.t('cartButton.label', { count: 2 })).toBe(
      pseudoLocalizeText(en.cartButton.label_other).replace('{{count}}', '2'),
    )
    expect(pseudo.t('contact.email')).toBe(pseudoLocalizeText(en.contact.email))
  })
})
