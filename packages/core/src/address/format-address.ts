import type { Address } from '../schemas/address.js'
import { addressFormat } from './address-data.js'
import { type AddressFormat, genericFormat } from './address-format.js'
import { findRegion } from './address-rules.js'
import { countryName } from './country-name.js'

export type PrintableAddress = Pick<Address, 'country'> &
  Partial<Pick<Address, 'name' | 'company' | 'line1' | 'line2' | 'city' | 'region' | 'postalCode'>>

export interface FormatAddressOptions {
  /** Adds the country, named in this locale (`Intl.DisplayNames`), as the last line. */
  locale?: string
  /**
   * Capitals where the country's post asks for them on an envelope (the data's `upper`: the
   * city nearly everywhere). Screens leave them out, except for a post town (GB), which
   * Royal Mail wants in capitals wherever it is written.
   */
  envelope?: boolean
}

const latinText = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u
const token = /%([NOADCSZX])/g

/**
 * An address as its country writes it, line by line: "New York, NY 10118" in the US, postal
 * code first and the name last in Japanese script ("〒150-0002", "東京都", …), in Latin script
 * the country's Latin order with the region's Latin name. Separators around an empty field
 * drop out. Uses the country's data when it is loaded (`loadAddressFormat`), else prints every
 * field in a generic order.
 */
export function formatAddress(address: PrintableAddress, options: FormatAddressOptions = {}) {
  const format = addressFormat(address.country) ?? genericFormat(address.country)
  const texts = [address.name, address.company, address.line1, address.line2, address.city]
  const latin = latinText.test(texts.join(''))
  const template = (latin && format.latinFormat) || format.format
  const values = fieldValues(address, format, template, latin, options.envelope ?? false)
  const lines = template.split('%n').flatMap((line) => renderLine(line, values).split('\n'))
  const printed = lines.map((line) => line.trim()).filter(Boolean)
  if (options.locale) printed.push(countryName(address.country, options.locale))
  return printed
}

function fieldValues(
  address: PrintableAddress,
  format: AddressFormat,
  template: string,
  latin: boolean,
  envelope: boolean,
): Record<string, string> {
  const listed = address.region ? findRegion(format, address.region) : undefined
  const region = listed ? (latin && listed.latin) || listed.post : (address.region ?? '')
  const street = [address.line1, address.line2].filter((line) => line?.trim())
  // A city the format has no place for (Japan's goes in the street lines) is still written:
  // before the street where the address runs from large to small, after it otherwise.
  if (address.city && !template.includes('%C')) {
    const largeFirst = template.indexOf('%S') < template.indexOf('%A')
    if (largeFirst) street.unshift(address.city)
    else street.push(address.city)
  }
  const values: Record<string, string> = {
    N: address.name ?? '',
    O: address.company ?? '',
    A: street.join('\n'),
    C: address.city ?? '',
    S: region,
    Z: address.postalCode ?? '',
  }
  const capitals = envelope
    ? format.upper
    : format.labels.city === 'post_town' && format.upper.includes('C')
      ? 'C'
      : ''
  for (const letter of capitals) values[letter] = values[letter]?.toLocaleUpperCase() ?? ''
  return values
}

/** One line of the template: fields filled in, the text between two given fields kept. */
function renderLine(line: string, values: Record<string, string>): string {
  const parts = line.split(token)
  // parts: literal, letter, literal, letter, …, literal
  const fields: { value: string; before: string; after: string }[] = []
  for (let index = 1; index < parts.length; index += 2) {
    const value = values[parts[index] ?? ''] ?? ''
    fields.push({ value, before: parts[index - 1] ?? '', after: parts[index + 1] ?? '' })
  }
  if (fields.length === 0) return line
  let text = ''
  let previous: (typeof fields)[number] | undefined
  for (const [index, field] of fields.entries()) {
    if (!field.value) continue
    if (previous) text += previous.after
    else if (index === 0) text += field.before
    text += field.value
    previous = field
  }
  const last = fields.at(-1)
  if (previous && previous === last) text += last.after
  return text
}
