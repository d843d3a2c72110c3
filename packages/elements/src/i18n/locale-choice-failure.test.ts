import { expect, it, vi } from 'vitest'

it('leaves the page in English when the chain cannot be fetched, and tries again later', async () => {
  // A fresh page whose chain chunk fails to load the first time (a network blip), then loads.
  let attempts = 0
  vi.resetModules()
  vi.doMock('./locale-choice.js', async (original) => {
    attempts++
    if (attempts === 1) throw new Error('chunk failed to load')
    return original()
  })
  const { createTranslator, isLocaleSettled, loadLanguageFor } = await import('./translator.js')

  expect(isLocaleSettled('de-DE')).toBe(false)
  await expect(loadLanguageFor('de-DE')).resolves.toBe(false)
  // Settled in English words and English numbers, so the views stop waiting.
  expect(isLocaleSettled('de-DE')).toBe(true)
  expect(createTranslator('de-DE')).toMatchObject({ language: 'en', locale: 'en-DE' })
  await expect(loadLanguageFor('de-DE')).resolves.toBe(true)
  expect(createTranslator('de-DE')).toMatchObject({ language: 'de', locale: 'de-DE' })
  expect(attempts).toBe(2)
})
