import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import en from '@weship/checkout-core/locales/en.json'
import { describe, expect, it, vi } from 'vitest'
import { pageEnglish as orderStatusEnglish } from '../order-status/order-status-page.js'
import { pageEnglish as checkoutEnglish } from '../steps/checkout-page.js'
import { laterStepsEnglish } from '../steps/later-steps.js'

// English travels in parts: the first load carries the buttons' and the frame's groups, and each
// chunk brings the groups of its views. A view rendered before its group arrived would show a
// key instead of words, so this reads each chunk's source graph for the groups its views use.

const src = join(dirname(fileURLToPath(import.meta.url)), '..')
const groups = Object.keys(en) as (keyof typeof en)[]

async function frameGroups(): Promise<string[]> {
  vi.resetModules()
  const { englishSoFar } = await import('./translator.js')
  return Object.keys(englishSoFar())
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
 * The groups of en.json that a graph's code names: a literal `group.key…`, or the head of a
 * template or concatenation (`steps.${…}`, 'errors.reasons.' + …). It errs on the side of
 * naming more groups, never fewer.
 */
function groupsUsed(files: Set<string>): Map<string, string> {
  const used = new Map<string, string>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const [literal, group, rest] of text.matchAll(/['"`]([a-zA-Z]+)\.([\w.]*)/g)) {
      if (!group || !groups.includes(group as keyof typeof en) || used.has(group)) continue
      const first = rest?.split('.')[0]?.replace(/_(one|other)$/, '') ?? ''
      const table = en[group as keyof typeof en] as Record<string, unknown>
      if (first === '' || first in table) used.set(group, `${relative(src, file)}: ${literal}`)
    }
  }
  return used
}

const missing = (entry: string, available: string[]) =>
  [...groupsUsed(staticGraph(join(src, entry)))]
    .filter(([group]) => !available.includes(group))
    .map(([group, where]) => `${group} (${where})`)

describe('English per chunk', () => {
  it('gives every view the groups it uses before it renders', async () => {
    const frame = await frameGroups()
    const checkout = [...frame, ...Object.keys(checkoutEnglish)]
    expect(missing('cdn.ts', frame)).toEqual([])
    expect(missing('index.ts', frame)).toEqual([])
    expect(missing('steps/checkout-page.ts', checkout)).toEqual([])
    // The steps after the cart arrive once the checkout's chunk is here.
    expect(
      missing('steps/later-steps.ts', [...checkout, ...Object.keys(laterStepsEnglish)]),
    ).toEqual([])
    expect(
      missing('order-status/order-status-page.ts', [...frame, ...Object.keys(orderStatusEnglish)]),
    ).toEqual([])
  })

  it('would notice a view whose group comes later', async () => {
    const frame = await frameGroups()
    expect(missing('steps/later-steps.ts', frame)).toContainEqual(
      expect.stringMatching(/^payment \(/),
    )
    expect(missing('steps/checkout-page.ts', frame)).toContainEqual(
      expect.stringMatching(/^summary \(/),
    )
  })

  it('carries every group of en.json, and nothing twice on one page', async () => {
    const frame = await frameGroups()
    const checkout = Object.keys(checkoutEnglish)
    const later = Object.keys(laterStepsEnglish)
    const status = Object.keys(orderStatusEnglish)
    const overlap = (a: string[], b: string[]) => a.filter((group) => b.includes(group))
    expect(overlap(frame, [...checkout, ...later, ...status])).toEqual([])
    expect(overlap(checkout, later)).toEqual([])
    expect(new Set([...frame, ...checkout, ...later, ...status])).toEqual(new Set(groups))
    expect(laterStepsEnglish.contact).toEqual(en.contact)
  })
})
