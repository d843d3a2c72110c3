import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// The store page in the pseudo-locale (accented, about 40 % longer, bracketed), on a 320 px
// phone: every step, the card fields and the confirmation, with nothing cut off and nothing
// wider than the screen. Long languages (German, Finnish, Greek) wrap the same way.

const session = useShopperSession({ site: 'per-test' })

/**
 * What does not fit in a document or shadow root: elements reaching past the frame, boxes that
 * clip their text, text ellipsed away. Visually hidden text is clipped on purpose.
 */
function overflowIn(root: Document | ShadowRoot, frameSelector: string): string[] {
  const frame = root.querySelector(frameSelector)?.getBoundingClientRect()
  if (!frame) return [`no ${frameSelector}`]
  const name = (element: Element) =>
    `<${element.localName} part="${element.getAttribute('part') ?? ''}" class="${element.getAttribute('class') ?? ''}"> ${(element.textContent ?? '').trim().slice(0, 60)}`
  const problems: string[] = []
  for (const element of root.querySelectorAll('*')) {
    if (element.closest('.visually-hidden, dialog:not([open]), [hidden]')) continue
    const style = getComputedStyle(element)
    if (style.display === 'none' || style.visibility === 'hidden') continue
    const box = element.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) continue
    if (box.right > frame.right + 1 || box.left < frame.left - 1) {
      problems.push(`reaches past the frame: ${name(element)}`)
    }
    if (element.matches('input, select, textarea, iframe')) continue
    const clipsX = style.overflowX !== 'visible'
    const clipsY = style.overflowY !== 'visible' && style.overflowY !== 'auto'
    if (clipsX && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`cuts off its text: ${name(element)}`)
    }
    if (clipsY && element.scrollHeight > element.clientHeight + 1) {
      problems.push(`cuts off its lines: ${name(element)}`)
    }
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) {
      problems.push(`ellipsed: ${name(element)}`)
    }
  }
  return problems
}

async function checkFits(page: Page, step: string): Promise<void> {
  const widget = await page.evaluate(
    ({ source }) => {
      const measure = new Function(`return (${source})`)() as typeof overflowIn
      const root = document.querySelector('weship-checkout')?.shadowRoot
      return root ? measure(root, '[part~="base"]') : ['no shadow root']
    },
    { source: overflowIn.toString() },
  )
  expect(widget, step).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth), step).toBeLessThanOrEqual(
    320,
  )
}

async function checkFrameFits(frame: Frame): Promise<void> {
  const problems = await frame.evaluate(
    ({ source }) => {
      const measure = new Function(`return (${source})`)() as typeof overflowIn
      return [
        ...measure(document, 'body'),
        ...(document.documentElement.scrollWidth > document.documentElement.clientWidth
          ? ['the card fields scroll sideways']
          : []),
      ]
    },
    { source: overflowIn.toString() },
  )
  expect(problems, 'card fields').toEqual([])
}

describe('the pseudo-locale at 320 px', () => {
  it('walks every step with nothing cut off or overflowing', async () => {
    await session.openSite((html) => html.replace('<html lang="en">', '<html lang="en-XA">'))
    const { page } = session.shopper
    await page.setViewportSize({ width: 320, height: 720 })
    await session.shopper.goto(`${session.site.url}/script-tag/`)
    await page.locator('weship-add-to-cart').first().locator('button').click()
    const checkout = session.shopper.checkout
    const title = checkout.locator('[part~="title"]')
    const next = checkout.locator('[part~="continue-button"]')
    const onStep = async (step: string) => {
      await expect
        .poll(() => checkout.locator('[part~="step"]').getAttribute('data-step'))
        .toBe(step)
      // Pseudo-localised: accented and bracketed, so no English heading slipped through.
      expect(await title.innerText()).toMatch(/^\[.+\]$/)
    }

    await onStep('cart')
    await checkout.locator('[part~="summary-toggle"]').click()
    await checkFits(page, 'cart')
    await next.click()

    await onStep('contact')
    await next.click()
    await checkout.locator('[part~="error-summary"]').waitFor()
    await checkFits(page, 'contact with errors')
    await checkout.locator('input[name="contact.email"]').fill(erika.email)
    await next.click()

    await onStep('shipping')
    await checkout.locator('select[name="shippingAddress.country"]').selectOption(erika.country)
    await checkout.locator('input[name="shippingAddress.name"]').fill(erika.name)
    await checkout.locator('input[name="shippingAddress.line1"]').fill(erika.line1)
    await checkout.locator('input[name="shippingAddress.city"]').fill(erika.city)
    await checkout.locator('input[name="shippingAddress.postalCode"]').fill(erika.postalCode)
    // The options show once the address is saved, after a short pause in typing (a press of
    // Continue would save, choose and go on in one click, and the options would not be seen).
    const options = checkout.locator('[part~="shipping-option"]')
    await options.first().waitFor()
    await options.first().click()
    await checkFits(page, 'shipping')
    await next.click()

    await onStep('payment')
    const card = session.shopper.cardFields
    const number = card.locator('#card-number')
    await number.waitFor()
    expect(await card.locator('label[for="card-number"]').innerText()).toMatch(/^\[.+\]$/)
    await number.fill(cards.approves)
    await card.locator('#card-expiry').fill('12 / 34')
    await card.locator('#card-cvc').fill('12')
    await card.locator('#card-name').focus()
    await card.locator('#card-cvc-error').waitFor()
    const frame = page.frames().find((each) => each.url().includes('/hosted-fields'))
    if (!frame) throw new Error('no card fields frame')
    await checkFrameFits(frame)
    await checkFits(page, 'payment')
    await card.locator('#card-cvc').fill('123')
    await next.click()

    await onStep('review')
    await checkFits(page, 'review')
    await checkout.locator('[part~="place-order-button"]').click()

    await onStep('confirmation')
    await checkout.locator('[part~="order-number"]').waitFor()
    await checkFits(page, 'confirmation')
  })
})
