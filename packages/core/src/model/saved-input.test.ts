import { describe, expect, it } from 'vitest'
import { isContactSaved } from './saved-input.js'

describe('a contact the cart holds', () => {
  const typed = { email: ' Ana@Example.com ', marketingConsent: { email: true }, locale: 'pt-BR' }

  it('is the typed one, whatever the e-mail’s case and spaces', () => {
    const saved = { email: 'ana@example.com', marketingConsent: { email: true }, locale: 'pt-BR' }
    expect(isContactSaved(typed, saved)).toBe(true)
  })

  it('is not one with another e-mail, consent or language', () => {
    const saved = { email: 'ana@example.com', marketingConsent: { email: true }, locale: 'pt-BR' }
    expect(isContactSaved(typed, { ...saved, email: 'bo@example.com' })).toBe(false)
    expect(isContactSaved(typed, { ...saved, marketingConsent: {} })).toBe(false)
    expect(isContactSaved(typed, { ...saved, locale: 'en' })).toBe(false)
    expect(isContactSaved(typed, null)).toBe(false)
  })

  it('is saved on a backend that keeps no language', () => {
    expect(
      isContactSaved(typed, { email: 'ana@example.com', marketingConsent: { email: true } }),
    ).toBe(true)
  })
})
