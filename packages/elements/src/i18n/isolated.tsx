import type { ComponentChildren } from 'preact'
import type { MessageKey } from './message-key.js'
import type { Translator } from './translator.js'

// Private-use characters: no message and no value of ours contains them.
const marker = /\uE000(\d+)\uE001/

/**
 * A message with each filled-in value (a code, an e-mail address, an order number, a card's
 * last digits, an amount, a name) in a `<bdi>` of its own: "WS-10001" or "10115 Berlin" keeps
 * its order inside Arabic or Hebrew, and an Arabic name inside English. `count` stays a number,
 * for the plural forms.
 */
export function isolated(
  t: Translator['t'],
  key: MessageKey,
  values: Record<string, string | number>,
): ComponentChildren {
  const filled = Object.values(values)
  const marked = Object.fromEntries(
    Object.entries(values).map(([name, value], index) => [
      name,
      name === 'count' ? value : `\uE000${index}\uE001`,
    ]),
  )
  return t(key, marked)
    .split(marker)
    .map((part, index) => (index % 2 === 0 ? part : <bdi>{filled[Number(part)]}</bdi>))
    .filter((part) => part !== '')
}
