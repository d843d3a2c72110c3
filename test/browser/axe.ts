import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

// axe-core run in the page itself (@axe-core/playwright needs Node 22). Playwright evaluates
// through the DevTools protocol, which the page's strict CSP does not govern, so the example
// pages keep their real policy.

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** The WCAG 2.2 AA rule set issue 4 asks for. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

interface AxeNode {
  target: unknown[]
  html: string
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: AxeNode[]
}

/**
 * Runs axe on the whole document (shadow roots included, and the card and bank frames, which
 * get their own copy of axe) and returns its violations in readable lines; empty means none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    const injected = await frame.evaluate(() => 'axe' in window).catch(() => true)
    if (injected) continue
    // A string is evaluated as a script by the protocol, which no CSP (or eval ban) governs.
    await frame
      .evaluate(`${axeSource}\naxe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })`)
      .catch(() => {
        // A frame navigating away right now; axe reports frames it cannot reach.
      })
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: unknown[] }
    return result.violations
  }, wcagTags)
  return (violations as AxeViolation[]).map(describe)
}

function describe(violation: AxeViolation): string {
  const nodes = violation.nodes.map(
    (node) =>
      `    at ${JSON.stringify(node.target)}\n      ${node.html}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`,
  )
  return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`
}
