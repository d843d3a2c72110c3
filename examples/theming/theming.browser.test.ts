import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../test/browser/chromium'
import { type ExampleSite, startExampleSite } from '../../test/browser/example-site'

// examples/theming/index.html: three looks made only of CSS, checked where it counts — inside the
// shadow roots, as the browser computed them — and for WCAG 2.2 AA contrast.

const looks = [
  {
    id: 'boutique',
    primary: '#7c2d12',
    background: '#fbf7f1',
    font: 'Iowan Old Style',
    radius: '0px',
  },
  { id: 'midnight', primary: '#fbbf24', background: '#0b1020', font: 'system-ui', radius: '8px' },
  {
    id: 'playful',
    primary: '#7e22ce',
    background: '#ffffff',
    font: 'Trebuchet MS',
    radius: '24px',
  },
] as const

let browser: Awaited<ReturnType<typeof launchChromium>>
let site: ExampleSite
let page: Page
const problems: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  site = await startExampleSite()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  await page.goto(`${site.url}/theming/`)
  // One add fills all three checkouts: they share the page's cart.
  await look('boutique').locator('weship-add-to-cart').getByRole('button').click()
  for (const { id } of looks) {
    await look(id).locator('weship-checkout [part~="line-item"]').first().waitFor()
  }
})
afterAll(async () => {
  await page?.close()
  await site?.close()
  await browser?.close()
})

function look(id: string): Locator {
  return page.locator(`#${id}`)
}

/** `#7c2d12` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

const style = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property)

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
      const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

// Text pairs need 4.5:1; borders of inputs and the focus ring, 3:1 (WCAG 1.4.3 and 1.4.11).
const textPairs = [
  ['text', 'background'],
  ['text', 'surface'],
  ['text-muted', 'background'],
  ['text-muted', 'surface'],
  ['primary-text', 'primary'],
  ['primary', 'background'],
  ['danger', 'background'],
  ['danger', 'surface'],
  ['success', 'background'],
] as const
const uiPairs = [
  ['border', 'background'],
  ['focus', 'background'],
] as const

describe('theming example', () => {
  it('loads under its strict CSP with no error, and every widget settles', async () => {
    expect(await page.locator('weship-checkout [part~="line-item"]').count()).toBe(3)
    expect(problems).toEqual([])
  })

  it.each(looks)('applies the $id look inside the shadow roots', async (expected) => {
    const checkout = look(expected.id).locator('weship-checkout')
    const base = checkout.locator('[part~="base"]')
    expect(await style(base, 'background-color')).toBe(rgb(expected.background))
    expect(await style(base, 'border-top-left-radius')).toBe(expected.radius)
    expect(await style(base, 'font-family')).toContain(expected.font)
    const continueButton = checkout.locator('[part~="continue-button"]')
    expect(await style(continueButton, 'background-color')).toBe(rgb(expected.primary))
    const addToCart = look(expected.id).locator('weship-add-to-cart [part~="button"]')
    expect(await style(addToCart, 'background-color')).toBe(rgb(expected.primary))
  })

  it.each(looks)('keeps WCAG AA contrast in the $id look', async ({ id }) => {
    const checkout = look(id).locator('weship-checkout')
    const names = new Set([...textPairs, ...uiPairs].flat())
    const colours = new Map<string, string>()
    for (const name of names) {
      const value = (await style(checkout, `--weship-color-${name}`)).trim()
      // Every colour is the look's own: a default showing through would go unchecked here.
      expect(value, `--weship-color-${name}`).toMatch(/^#[0-9a-f]{6}$/i)
      colours.set(name, value)
    }
    const ratio = (pair: readonly [string, string]) =>
      contrast(colours.get(pair[0]) ?? '', colours.get(pair[1]) ?? '')
    for (const pair of textPairs) expect(ratio(pair), pair.join(' on ')).toBeGreaterThanOrEqual(4.5)
    for (const pair of uiPairs) expect(ratio(pair), pair.join(' on ')).toBeGreaterThanOrEqual(3)
  })
})
