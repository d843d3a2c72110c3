import { describe, expect, it } from 'vitest'
import ar from './ar.json'
import de from './de.json'
import emailAr from './email/ar.json'
import emailDe from './email/de.json'
import emailEn from './email/en.json'
import emailEs from './email/es.json'
import emailFr from './email/fr.json'
import en from './en.json'
import es from './es.json'
import fr from './fr.json'

// The widget's messages and the e-mails' follow the same rules: English is the source of truth,
// and every other language has its keys, its placeholders and its own plural forms.
const namespaces = [
  { name: 'widget', en, others: { de, es, fr, ar } },
  { name: 'e-mail', en: emailEn, others: { de: emailDe, es: emailEs, fr: emailFr, ar: emailAr } },
]

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

describe.each(namespaces)('$name messages', ({ en: english, others }) => {
  describe.each(Object.entries(others))('%s.json', (language, messages) => {
    it('has exactly the keys of en.json', () => {
      expect(baseKeys(messages)).toEqual(baseKeys(english))
    })

    it('has every plural form the language uses', () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      const plurals = [...leaves(english).keys()].filter((key) => key.endsWith('_other'))
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
      for (const [key, text] of leaves(english)) {
        if (pluralSuffix.test(key)) continue
        expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text))
      }
    })
  })
})
