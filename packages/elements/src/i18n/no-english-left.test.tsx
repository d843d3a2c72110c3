import {
  type MessageTree,
  messageLeaves,
  messagePattern,
  pseudoLocale,
  supportedLocales,
} from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { type Screen, visitScreens } from '../testing/checkout-screens.js'
import { resetPage } from '../testing/dom.js'

afterEach(resetPage)

// The whole checkout and status page, rendered in every supported locale and in English with the
// same shop: a text the locale shows exactly as English does is English left over, unless it is
// the shop's data (product names, the address, codes, brands) or the locale's own words happen
// to be the same (fr "Total").

/** Every text a shopper reads or hears: text nodes and the attributes read aloud or shown. */
function textsOf(root: ParentNode): Set<string> {
  const texts = new Set<string>()
  const walk = (node: Node) => {
    if (node instanceof Element) {
      // Country names come from Intl (some are the same in English); developer messages are English.
      if (node.matches('option, [lang="en"]:not([part~="base"])')) return
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(name)?.trim()
        if (value) texts.add(value)
      }
    }
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      texts.add(node.textContent.trim())
    }
    for (const child of node.childNodes) walk(child)
  }
  walk(root)
  return texts
}

async function screensIn(locale: string): Promise<Map<string, Set<string>>> {
  const screens = new Map<string, Set<string>>()
  await visitScreens(locale, ({ name, root }: Screen) => screens.set(name, textsOf(root)))
  return screens
}

/** The demo shop's words: its products, the shopper's address and e-mail, codes, carriers. */
const shopData = [
  /^Organic Cotton Tee$/,
  /^Stoneware Mug$/,
  /^(White|Slate|M)$/,
  /(White|Slate) · M|^M · White$/,
  /^(Ada Lovelace|Unter den Linden 1|Berlin|10117|10117 Berlin|ada@example\.com)$/,
  /^(WELCOME10|Visa|DHL Paket|DHL Express|DHL Packstation)$/,
  /^(WS-\d+|WS\d+)$/,
  /^(Großbeeren|Berlin), DE$/,
]
const isShopData = (text: string) => shopData.some((pattern) => pattern.test(text))

/** Whether a text is (a piece of) one of the locale's own messages. */
async function ownWords(locale: string) {
  const { default: messages } = (await import(`../../../core/src/locales/${locale}.json`)) as {
    default: MessageTree
  }
  const templates = [...messageLeaves(messages).values()]
  const pieces = new Set(
    templates.flatMap((text) => text.split(/\{\{\w+\}\}/).map((p) => p.trim())),
  )
  const patterns = templates.map(messagePattern)
  return (text: string) => pieces.has(text) || patterns.some((pattern) => pattern.test(text))
}

const hasWords = (text: string) => /\p{L}{2}/u.test(text)

let englishScreens: Promise<Map<string, Set<string>>> | undefined
/** The English rendering, made once for every locale to compare with. */
const english = () => {
  englishScreens ??= screensIn('en')
  return englishScreens
}

describe('no English left', () => {
  it('sees every screen, and renders no message key in English either', async () => {
    const screens = await english()
    expect([...screens.keys()]).toEqual([
      'cart',
      'contact with errors',
      'shipping',
      'payment',
      'review',
      'confirmation',
      'order status',
      'order lookup',
    ])
    for (const texts of screens.values()) {
      expect([...texts].filter((text) => /^[a-z]+(\.[a-zA-Z_]+)+$/.test(text))).toEqual([])
    }
  })

  it.each(supportedLocales.filter((locale) => locale !== 'en'))('%s', async (locale) => {
    const [theirs, ours, isOwn] = [await screensIn(locale), await english(), await ownWords(locale)]
    const left: string[] = []
    for (const [name, texts] of theirs) {
      for (const text of texts) {
        if (ours.get(name)?.has(text) && hasWords(text) && !isShopData(text) && !isOwn(text)) {
          left.push(`${name}: ${text}`)
        }
      }
    }
    expect(left).toEqual([])
  })

  it('would notice English: the pseudo-locale leaves none, a missing language leaves plenty', async () => {
    const ours = await english()
    // Intl formats the pseudo-locale as English: its dates and the country's name.
    const byIntl = (text: string) => /\d/.test(text) || text === 'Germany'
    const count = async (locale: string) => {
      let same = 0
      for (const [name, texts] of await screensIn(locale)) {
        for (const text of texts) {
          if (ours.get(name)?.has(text) && hasWords(text) && !isShopData(text) && !byIntl(text)) {
            same++
          }
        }
      }
      return same
    }
    expect(await count(pseudoLocale), 'pseudo').toBe(0)
    expect(await count('sw')).toBeGreaterThan(50)
  })
})
