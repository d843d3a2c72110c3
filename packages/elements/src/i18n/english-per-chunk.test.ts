import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import en from '@weship/checkout-core/locales/en.json'
import { describe, expect, it, vi } from 'vitest'
import { pageEnglish as orderStatusEnglish } from '../order-status/order-status-page.js'
import { reorderEnglish } from '../steps/cart/buy-again-chunk.js'
import { pageEnglish as checkoutEnglish } from '../steps/checkout-page.js'
import { laterStepsEnglish } from '../steps/later-steps.js'

// English travels in parts: the first load carries the buttons' and the frame's words, and each
// chunk brings those of its views. A view rendered before its words arrived would show a key
// instead, so this reads each chunk's source graph for the keys its views use.

const src = join(dirname(fileURLToPath(import.meta.url)), '..')
const groups = Object.keys(en) as (keyof typeof en)[]

type English = Record<string, Record<string, unknown>>

/** The English of the first load: whole groups, or some keys of one. */
async function frameEnglish(): Promise<English> {
  vi.resetModules()
  const { englishSoFar } = await import('./translator.js')
  return englishSoFar() as English
}

/** Several parts of the English together, merged as the translators merge them. */
function merged(...parts: object[]): English {
  const all: Record<string, unknown> = {}
  const merge = (into: Record<string, unknown>, from: object) => {
    for (const [key, value] of Object.entries(from)) {
      const here = into[key]
      if (typeof value === 'object' && typeof here === 'object' && here) {
        into[key] = { ...here }
        merge(into[key] as Record<string, unknown>, value)
      } else into[key] = value
    }
  }
  for (const part of parts) merge(all, part)
  return all as English
}

/** The dotted path of every string (plural forms by their base key). */
function leaves(part: object, prefix = ''): string[] {
  return Object.entries(part).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : leaves(value as object, `${prefix}${key}.`),
  )
}

/** Every module a file imports statically (not `import type`, not `import()`), within src. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const text = readFileSync(entry, 'utf8')
  for (const [, typeOnly, spec] of text.matchAll(
    /^(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm,
  )) {
    if (typeOnly || !spec) continue
    const base = join(dirname(entry), spec).replace(/\.js$/, '')
    const file = ['.ts', '.tsx'].map((ext) => base + ext).find(existsSync)
    if (file) staticGraph(file, seen)
  }
  return seen
}

/**
 * The keys of en.json that a graph's code names, as `group.key` (the first key below the group,
 * `errors.reasons` for 'errors.reasons.' + …), or as the group alone for the head of a template
 * (`steps.${…}`), which needs the whole group. It errs on the side of naming more.
 */
function keysUsed(files: Set<string>): Map<string, string> {
  const used = new Map<string, string>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const [literal, group, rest] of text.matchAll(/['"`]([a-zA-Z]+)\.([\w.]*)/g)) {
      if (!group || !groups.includes(group as keyof typeof en)) continue
      const first = rest?.split('.')[0]?.replace(/_(one|other)$/, '') ?? ''
      const table = en[group as keyof typeof en] as Record<string, unknown>
      const whole = first === ''
      const key = whole ? group : `${group}.${first}`
      if ((whole || first in table || `${first}_other` in table) && !used.has(key)) {
        used.set(key, `${relative(src, file)}: ${literal}`)
      }
    }
  }
  return used
}

/** Keys a graph uses that `available` lacks (a whole group where the code builds keys in it). */
const missing = (entry: string, available: English) =>
  [...keysUsed(staticGraph(join(src, entry)))]
    .filter(([key]) => {
      const [group = '', first] = key.split('.')
      const table = available[group]
      if (!table) return true
      if (first === undefined)
        return Object.keys(table).length < Object.keys(en[group as keyof typeof en]).length
      return !(first in table || `${first}_other` in table)
    })
    .map(([key, where]) => `${key} (${where})`)

describe('English per chunk', () => {
  it('gives every view the keys it uses before it renders', async () => {
    const frame = await frameEnglish()
    const checkout = merged(frame, checkoutEnglish)
    expect(missing('cdn.ts', frame)).toEqual([])
    expect(missing('index.ts', frame)).toEqual([])
    expect(missing('steps/checkout-page.ts', checkout)).toEqual([])
    // The steps after the cart arrive once the checkout's chunk is here.
    expect(missing('steps/later-steps.ts', merged(checkout, laterStepsEnglish))).toEqual([])
    expect(missing('order-status/order-status-page.ts', merged(frame, orderStatusEnglish))).toEqual(
      [],
    )
    // "Buy again"'s notice comes with its own chunk, on pages such a link opened.
    expect(missing('steps/cart/buy-again-chunk.ts', merged(checkout, reorderEnglish))).toEqual([])
  })

  it('would notice a view whose words come later', async () => {
    const frame = await frameEnglish()
    expect(missing('steps/later-steps.ts', frame)).toContainEqual(
      expect.stringMatching(/^payment\./),
    )
    expect(missing('steps/checkout-page.ts', frame)).toContainEqual(
      expect.stringMatching(/^summary\./),
    )
    // Only part of the cart's words come first: the checkout's cart needs its chunk.
    expect(missing('steps/checkout-page.ts', frame)).toContainEqual(
      expect.stringMatching(/^cart\.removed /),
    )
  })

  it('carries every key of en.json, and nothing twice on one page', async () => {
    const frame = leaves(await frameEnglish())
    const checkout = leaves(checkoutEnglish)
    const later = leaves(laterStepsEnglish)
    const status = leaves(orderStatusEnglish)
    const buyAgain = leaves(reorderEnglish)
    const overlap = (a: string[], b: string[]) => a.filter((key) => b.includes(key))
    expect(overlap(frame, [...checkout, ...later, ...status, ...buyAgain])).toEqual([])
    expect(overlap(checkout, later)).toEqual([])
    expect(overlap([...checkout, ...later, ...status], buyAgain)).toEqual([])
    expect(new Set([...frame, ...checkout, ...later, ...status, ...buyAgain])).toEqual(
      new Set(leaves(en)),
    )
    expect(laterStepsEnglish.contact).toEqual(en.contact)
  })
})
