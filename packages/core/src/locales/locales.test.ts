import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { supportedLocales } from '../i18n/locales.js'
import {
  type MessageTree,
  messageLeaves,
  placeholders,
  pluralBases,
  pluralCategories,
} from '../i18n/message-tree.js'
import sameAsEnglish from '../i18n/same-as-english.json'

// Every shopper-facing text lives in one of these folders, one file per locale. English is the
// source of truth; a supported locale's file has exactly its keys, its placeholders, and the
// plural forms its own language uses (Intl.PluralRules), no more and no fewer.
const namespaces = [
  { name: 'widget', dir: './', prefix: '' },
  { name: 'e-mail', dir: './email/', prefix: 'email/' },
  { name: 'payment pages', dir: './payment-pages/', prefix: 'payment-pages/' },
  { name: 'demo carrier', dir: './carrier/', prefix: 'carrier/' },
]

const read = (dir: string, locale: string): MessageTree =>
  JSON.parse(readFileSync(new URL(`${dir}${locale}.json`, import.meta.url), 'utf8'))

const localesIn = (dir: string) =>
  readdirSync(new URL(dir, import.meta.url))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort()

/** The plural categories a locale's language distinguishes, e.g. six for Arabic. */
const categoriesOf = (locale: string) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]

/** Letters outside placeholders: "{{quantity}} × {{name}}" has no words to translate. */
const hasWords = (text: string) => /\p{L}{2}/u.test(text.replace(/\{\{\w+\}\}/g, ''))

// Forms where the number is in the word ("one item", "منتجان"): they may leave `{{count}}` out.
const countImplied = new Set(['zero', 'one', 'two'])

const others = supportedLocales.filter((locale) => locale !== 'en')

describe.each(namespaces)('$name messages', ({ dir, prefix }) => {
  const english = read(dir, 'en')
  const englishLeaves = messageLeaves(english)
  const plurals = pluralBases(english)
  const singleKeys = [...englishLeaves.keys()].filter(
    (path) => !plurals.has(path.replace(/_(zero|one|two|few|many|other)$/, '')),
  )

  it('has a file for every supported locale, and none for a locale not supported', () => {
    expect(localesIn(dir)).toEqual([...supportedLocales].sort())
  })

  describe.each(others)('%s', (locale) => {
    const messages = read(dir, locale)
    const leaves = messageLeaves(messages)
    const categories = categoriesOf(locale)

    it('has exactly the keys of English, with a form for each plural category', () => {
      const expected = [
        ...singleKeys,
        ...[...plurals].flatMap((base) => categories.map((category) => `${base}_${category}`)),
      ].sort()
      expect([...leaves.keys()].sort()).toEqual(expected)
    })

    it('fills every message', () => {
      for (const [path, text] of leaves) expect(text.trim(), path).not.toBe('')
    })

    it('keeps the placeholders of each English message', () => {
      for (const path of singleKeys) {
        expect(placeholders(leaves.get(path) ?? ''), path).toEqual(
          placeholders(englishLeaves.get(path) ?? ''),
        )
      }
      for (const base of plurals) {
        const wanted = placeholders(englishLeaves.get(`${base}_other`) ?? '')
        for (const category of categories) {
          const found = placeholders(leaves.get(`${base}_${category}`) ?? '')
          const allowed = countImplied.has(category)
            ? [wanted, wanted.filter((name) => name !== '{{count}}')]
            : [wanted]
          expect(allowed, `${base}_${category}: ${found}`).toContainEqual(found)
        }
      }
    })

    it('writes placeholders as {{name}} and nothing else in braces', () => {
      for (const [path, text] of leaves) {
        expect(text.replace(/\{\{\w+\}\}/g, ''), path).not.toMatch(/[{}]/)
      }
    })

    it('has its own words, unless a word is the same in both languages', () => {
      // Listed there by path (`email/receipt.total`), so a copy never passes by accident.
      const allowed = new Set<string>((sameAsEnglish as Record<string, string[]>)[locale])
      const copied = [...leaves]
        .filter(([path, text]) => hasWords(text) && englishLeaves.get(path) === text)
        .map(([path]) => `${prefix}${path}`)
        .filter((path) => !allowed.has(path))
      expect(copied).toEqual([])
    })
  })
})

describe('the plural check', () => {
  it('knows how many forms the hardest languages have', () => {
    expect(categoriesOf('ar')).toHaveLength(6)
    expect(categoriesOf('pl')).toHaveLength(4)
    expect(categoriesOf('ru')).toHaveLength(4)
    expect(pluralCategories).toEqual(expect.arrayContaining(categoriesOf('ar')))
  })
})

// In a right-to-left text, "(MM / YY)" is laid out as "(/ MM YY)" unless the Latin run with its
// slash is isolated (U+2066 … U+2069), as the bidi algorithm treats the slash as neutral.
describe.each(['ar', 'fa', 'he'])('%s texts with a Latin format in them', (locale) => {
  it.each(namespaces)('isolate it left to right ($name)', ({ dir }) => {
    const runs = [...messageLeaves(read(dir, locale)).values()].flatMap((text) =>
      [...text.matchAll(/.?[A-Z]{1,4} ?\/ ?[A-Z]{1,4}/g)].map((match) => match[0]),
    )
    for (const run of runs) expect(run.startsWith('\u2066'), run).toBe(true)
  })
})
