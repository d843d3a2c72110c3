import { describe, expect, it } from 'vitest'
// The e-mail namespace keeps the same rules as the widget's messages (see ../locales.test.ts).
import ar from './ar.json'
import de from './de.json'
import en from './en.json'
import es from './es.json'
import fr from './fr.json'

const pluralSuffix = /_(zero|one|two|few|many|other)$/

function leaves(messages: object, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : [...leaves(value, `${prefix}${key}.`)],
    ),
  )
}

const baseKeys = (messages: object) =>
  [...new Set([...leaves(messages).keys()].map((key) => key.replace(pluralSuffix, '')))].sort()

describe.each([
  ['de', de],
  ['es', es],
  ['fr', fr],
  ['ar', ar],
])('%s.json', (language, messages) => {
  it('has exactly the e-mail keys of en.json', () => {
    expect(baseKeys(messages)).toEqual(baseKeys(en))
  })

  it('has every plural form the language uses', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
    const plurals = [...leaves(en).keys()].filter((key) => key.endsWith('_other'))
    for (const key of plurals) {
      for (const category of categories) {
        expect(
          leaves(messages).has(key.replace(/_other$/, `_${category}`)),
          `${key} ${category}`,
        ).toBe(true)
      }
    }
  })

  it('keeps the placeholders of each English message', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort()
    const translated = leaves(messages)
    for (const [key, english] of leaves(en)) {
      if (pluralSuffix.test(key)) continue
      expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(english))
    }
  })
})
