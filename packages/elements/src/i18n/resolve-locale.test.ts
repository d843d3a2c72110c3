import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveLocale } from './resolve-locale.js'

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.removeAttribute('lang')
  vi.unstubAllGlobals()
})

describe('resolveLocale', () => {
  it('takes the locale attribute first, in canonical case', () => {
    document.documentElement.lang = 'fr'
    expect(resolveLocale(document.body, 'de-at')).toBe('de-AT')
  })

  it('falls back to the nearest lang, even across a shadow root', () => {
    document.documentElement.lang = 'fr'
    const host = document.createElement('div')
    host.lang = 'es-MX'
    document.body.append(host)
    const inner = document.createElement('span')
    host.attachShadow({ mode: 'open' }).append(inner)
    expect(resolveLocale(inner, null)).toBe('es-MX')
  })

  it('then to the browser language, then to English', () => {
    vi.stubGlobal('navigator', { language: 'ar-EG' })
    expect(resolveLocale(document.body, null)).toBe('ar-EG')
    vi.stubGlobal('navigator', { language: '' })
    expect(resolveLocale(document.body, null)).toBe('en')
  })

  it('skips a malformed lang instead of failing', () => {
    document.documentElement.lang = 'not a locale'
    vi.stubGlobal('navigator', { language: 'de' })
    expect(resolveLocale(document.body, null)).toBe('de')
  })
})
