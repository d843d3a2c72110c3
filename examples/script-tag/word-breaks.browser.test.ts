import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useShopperSession } from '../../test/browser/shopper-session'

// A word is broken across two lines only when its column cannot hold it: German words are long,
// and a column sized as if any letter were a place to break read "Versan-d" on a wide page.

const session = useShopperSession({ site: 'per-test' })

/** Words in the checkout's shadow root whose letters sit on more than one line. */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('weship-checkout')?.shadowRoot
    if (!root) throw new Error('no checkout')
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const broken: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\p{L}{2,}/gu)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
        if (lines.size > 1) broken.push(match[0])
      }
    }
    return broken
  })

describe('German words in the checkout', () => {
  it.each([1000, 320])('stay whole where their column can hold them, %i px wide', async (width) => {
    await session.openSite((html) => html.replace('<html lang="en">', '<html lang="de">'))
    const { page, checkout } = session.shopper
    await page.setViewportSize({ width, height: 900 })
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await page.locator('weship-add-to-cart').first().locator('button').click()
    await checkout.locator('[part~="line-item"]').first().waitFor()
    const toggle = checkout.locator('[part~="summary-toggle"]')
    if (await toggle.isVisible()) await toggle.click()
    await checkout.locator('[part~="summary"]').first().waitFor()
    expect(await brokenWords(page)).toEqual([])
  })
})
