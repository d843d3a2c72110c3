import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import en from '@weship/checkout-core/locales/en.json'
import { describe, expect, it, vi } from 'vitest'
import { pageEnglish as orderStatusEnglish } from '../order-status/order-status-page.js'
import { pageEnglish as checkoutEnglish } from '../steps/checkout-page.js'
import { laterStepsEnglish } from '../steps/later-steps.js'

// English travels in parts: the first load carries the buttons' and the frame's messages, and
// each chunk brings those of its views. A view rendered before its messages arrived would show a
// key instead of words, so this reads each chunk's source graph for the messages its views use,
// by a group's first-level keys (`cart.title`): the first load picks single keys of a group.

const src = join(dirname(fileURLToPath(import.meta.url)), '..')
const groups = Object.keys(en) as (keyof typeof en)[]

/** `group.key` for every first-level key of every group a part of en.json carries. */
const unitsOf = (messages: object) =>
  Object.entries(messages).flatMap(([group, table]) =>
    Object.keys(table as object).map((key) => `${group}.${key}`),
  )
const allUnits = unitsOf(en)

async function frameUnits(): Promise<string[]> {
  vi.resetModules()
  const { englishSoFar } = await import('./translator.js')
  return unitsOf(englishSoFar())
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
 * The messages a graph's code names: a literal `group.key…` (with its plural forms), or, for
 * the head of a template or concatenation (`steps.${…}`, 'errors.reasons.' + …), every key of
 * the group it names. It errs on the side of naming more, never fewer.
 */
function unitsUsed(files: Set<string>): Map<string, string> {
  const used = new Map<string, string>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const [literal, group, rest] of text.matchAll(/['"`]([a-zA-Z]+)\.([\w.]*)/g)) {
      if (!group || !groups.includes(group as keyof typeof en)) continue
      const first = rest?.split('.')[0]?.replace(/_(one|other)$/, '') ?? ''
      const named = allUnits.filter((unit) =>
        first === ''
          ? unit.startsWith(`${group}.`)
          : unit === `${group}.${first}` || unit.startsWith(`${group}.${first}_`),
      )
      for (const unit of named) {
        if (!used.has(unit)) used.set(unit, `${relative(src, file)}: ${literal}`)
      }
    }
  }
  return used
}

const missing = (entry: string, available: string[]) =>
  [...unitsUsed(staticGraph(join(src, entry)))]
    .filter(([unit]) => !available.includes(unit))
    .map(([unit, where]) => `${unit} (${where})`)

describe('English per chunk', () => {
  it('gives every view the messages it uses before it renders', async () => {
    const frame = await frameUnits()
    const checkout = [...frame, ...unitsOf(checkoutEnglish)]
    expect(missing('cdn.ts', frame)).toEqual([])
    expect(missing('index.ts', frame)).toEqual([])
    expect(missing('steps/checkout-page.ts', checkout)).toEqual([])
    // The steps after the cart arrive once the checkout's chunk is here.
    expect(missing('steps/later-steps.ts', [...checkout, ...unitsOf(laterStepsEnglish)])).toEqual(
      [],
    )
    expect(
      missing('order-status/order-status-page.ts', [...frame, ...unitsOf(orderStatusEnglish)]),
    ).toEqual([])
  })

  it('would notice a view whose messages come later', async () => {
    const frame = await frameUnits()
    expect(missing('steps/later-steps.ts', frame)).toContainEqual(
      expect.stringMatching(/^payment\.\w+ \(/),
    )
    expect(missing('steps/checkout-page.ts', frame)).toContainEqual(
      expect.stringMatching(/^summary\.\w+ \(/),
    )
    // The first load has two of the cart's messages; the cart step needs the rest.
    expect(missing('steps/checkout-page.ts', frame)).toContainEqual(
      expect.stringMatching(/^cart\.remove \(/),
    )
  })

  it('carries every message of en.json, and nothing twice on one page', async () => {
    const frame = await frameUnits()
    const checkout = unitsOf(checkoutEnglish)
    const later = unitsOf(laterStepsEnglish)
    const status = unitsOf(orderStatusEnglish)
    const overlap = (a: string[], b: string[]) => a.filter((unit) => b.includes(unit))
    // The checkout's chunk brings the whole cart group (addEnglish replaces a group whole), the
    // first load's two messages included.
    expect(overlap(frame, [...checkout, ...later, ...status])).toEqual([
      'cart.title',
      'cart.loading',
    ])
    expect(overlap(checkout, later)).toEqual([])
    expect(new Set([...frame, ...checkout, ...later, ...status])).toEqual(new Set(allUnits))
    expect(laterStepsEnglish.contact).toEqual(en.contact)
  })
})
