#!/usr/bin/env node
// What each target locale still lacks, for a translation pass (issue 17):
//   node scripts/locale-status.mjs            a table: per locale and namespace, keys to translate
//   node scripts/locale-status.mjs ja         the English of every key ja lacks, as JSON to fill
// A locale is supported once every namespace is complete; locales.test.ts is the strict check.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../packages/core/src/locales/', import.meta.url))
const namespaces = ['', 'email/', 'payment-pages/', 'carrier/']
const source = readFileSync(
  fileURLToPath(new URL('../packages/core/src/i18n/locales.ts', import.meta.url)),
  'utf8',
)
const listed = (name) =>
  [
    ...(source.split(`export const ${name} = [`)[1]?.split(']')[0] ?? '').matchAll(/'([^']+)'/g),
  ].map((match) => match[1])
const targets = listed('targetLocales')
const supported = new Set(listed('supportedLocales'))

function leaves(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )
}
const read = (namespace, locale) => {
  const file = join(dir, `${namespace}${locale}.json`)
  return existsSync(file) ? new Map(leaves(JSON.parse(readFileSync(file, 'utf8')))) : null
}

/** The keys a locale's file should have: English's, each plural in the locale's own forms. */
function wantedKeys(english, locale) {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const plural = new Set(
    [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -6)),
  )
  const wanted = new Map()
  for (const [key, text] of english) {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '')
    if (!plural.has(base)) wanted.set(key, text)
    else if (key.endsWith('_other'))
      for (const category of categories) wanted.set(`${base}_${category}`, text)
  }
  return wanted
}

function status(locale) {
  return namespaces.map((namespace) => {
    const wanted = wantedKeys(read(namespace, 'en'), locale)
    const have = read(namespace, locale) ?? new Map()
    return {
      namespace: namespace || 'widget/',
      missing: [...wanted].filter(([key]) => !have.has(key)),
      extra: [...have.keys()].filter((key) => !wanted.has(key)),
    }
  })
}

const asked = process.argv[2]
if (asked) {
  // Nested JSON of the English still to translate, per namespace, plural forms spelled out.
  const todo = {}
  for (const { namespace, missing } of status(asked)) {
    if (missing.length === 0) continue
    const tree = {}
    todo[namespace] = tree
    for (const [key, text] of missing) {
      const path = key.split('.')
      const leaf = path.pop()
      let node = tree
      for (const part of path) {
        node[part] ??= {}
        node = node[part]
      }
      node[leaf] = text
    }
  }
  console.log(JSON.stringify(todo, null, 2))
} else {
  console.table(
    targets.map((locale) => {
      const row = { locale, supported: supported.has(locale) ? 'yes' : '' }
      for (const { namespace, missing, extra } of status(locale)) {
        row[namespace] = `${missing.length} to do${extra.length ? `, ${extra.length} extra` : ''}`
      }
      return row
    }),
  )
}
