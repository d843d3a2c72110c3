// Lookalikes with diacritics: still readable, but no ASCII letter survives, so English that
// skipped translation stands out on a pseudo-localised page.
const accents: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
)
const vowels = new Set([...'aeiouyAEIOUY'])
const placeholder = /(\{\{[^}]*\}\}|\{[a-z]+\})/i

/**
 * One message pseudo-localised: accented, about 40 % longer (vowels doubled, then padded) and
 * bracketed, placeholders (`{{name}}`) kept as they are. A clipped end shows as a missing `]`.
 */
export function pseudoLocalizeText(text: string): string {
  let letters = 0
  const body = text
    .split(placeholder)
    .map((part, index) => {
      if (index % 2 === 1) return part
      return [...part]
        .map((char) => {
          const accented = accents[char]
          if (!accented) return char
          letters++
          return vowels.has(char) ? accented + accented : accented
        })
        .join('')
    })
    .join('')
  const target = Math.ceil(text.length * 1.4)
  const padding = Math.max(0, target - body.length - 2)
  return letters === 0 ? text : `[${body}${padding > 0 ? ` ${'·'.repeat(padding)}` : ''}]`
}

type Messages = { [key: string]: string | Messages }

/** A whole messages object pseudo-localised, key for key; generated, never committed. */
export function pseudoLocalize<T extends Messages>(messages: T): T {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoLocalizeText(value) : pseudoLocalize(value),
    ]),
  ) as T
}
