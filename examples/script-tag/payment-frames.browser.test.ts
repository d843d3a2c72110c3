import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// The card fields and the bank's page as frames in the widget (issue 15 items 5 and 7, polish).

const session = useShopperSession({ site: 'per-test' })

/** The store page, at the payment step with nothing typed in the card fields yet. */
async function atPayment(transform?: (html: string) => string) {
  await session.openSite(transform)
  const { shopper } = session
  await shopper.goto(`${session.site.url}/script-tag/`)
  await shopper.addToCart('Merino Crew Sweater', 1)
  await shopper.checkOut()
  await shopper.fillContact()
  await shopper.fillAddress()
  await shopper.pickDelivery()
  return shopper
}

describe('the card fields', () => {
  it('show the brand as it is typed, get the name from the address, and drop the nudge', async () => {
    const shopper = await atPayment()
    const fields = shopper.cardFields
    await expect.poll(() => fields.getByLabel('Name on card').inputValue()).toBe(erika.name)
    await fields.getByLabel('Card number').pressSequentially('4242', { delay: 10 })
    expect(await fields.locator('#card-brand').innerText()).toBe('Visa')
    await shopper.checkout.getByRole('button', { name: 'Continue to review' }).click()
    const nudge = shopper.checkout.getByText('Please check your card details.')
    await nudge.waitFor()
    // The card mended, the nudge goes, before any second press.
    await fields.getByLabel('Card number').pressSequentially('424242424242', { delay: 10 })
    await fields.getByLabel('Expiry date (MM / YY)').fill('12 / 34')
    await fields.getByLabel('Security code (CVC)').pressSequentially('123', { delay: 10 })
    await expect.poll(() => nudge.count()).toBe(0)
  })

  it('sit on the dark widget without a panel of their own (theme="auto", dark system)', async () => {
    await session.shopper.page.emulateMedia({ colorScheme: 'dark' })
    const shopper = await atPayment()
    await shopper.cardFields.getByLabel('Card number').waitFor()
    const frame = shopper.page.frames().find((candidate) => candidate.url().includes('/hosted'))
    const painted = await frame?.evaluate(() => ({
      scheme: getComputedStyle(document.documentElement).colorScheme,
      background: getComputedStyle(document.body).backgroundColor,
    }))
    const widget = await shopper.checkout
      .locator('[part~="base"]')
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    // The widget's own colour, painted (so checkers in the frame see the true contrast too).
    expect(painted).toEqual({ scheme: 'dark', background: widget })
  })

  it('sit on a widget themed in oklch() with its colour, converted to sRGB', async () => {
    await session.openSite()
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    // Tailwind 4's palette is oklch(); a computed colour keeps that form.
    await shopper.checkout.evaluate((element) =>
      (element as unknown as HTMLElement).style.setProperty(
        '--weship-color-background',
        'oklch(0.93 0.03 250)',
      ),
    )
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    await shopper.fillAddress()
    await shopper.pickDelivery()
    await shopper.cardFields.getByLabel('Card number').waitFor()
    const frame = shopper.page.frames().find((candidate) => candidate.url().includes('/hosted'))
    // The frame is told the colour it sits on (a light page leaves the frame see-through).
    const told = new URL(frame?.url() ?? 'about:blank').searchParams.get('background')
    const widget = await shopper.page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')
      if (!context) return null
      context.fillStyle = 'oklch(0.93 0.03 250)'
      context.fillRect(0, 0, 1, 1)
      const channels = [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)]
      return `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`
    })
    expect(told).toBe(widget)
  })

  it('keep the expiry label on one line in a phone-wide widget', async () => {
    await session.shopper.page.setViewportSize({ width: 320, height: 720 })
    const shopper = await atPayment()
    const label = shopper.cardFields.getByText('Expiry date (MM / YY)')
    const lines = await label.evaluate((element) => {
      const style = getComputedStyle(element)
      return Math.round(
        element.getBoundingClientRect().height / Number.parseFloat(style.lineHeight),
      )
    })
    expect(lines).toBe(1)
  })
})

describe("the bank's page", () => {
  it('closes on Escape pressed inside it, and is not cut off mid-answer', async () => {
    const shopper = await atPayment()
    const aborted: string[] = []
    shopper.page.on('requestfailed', (request) => aborted.push(request.url()))
    await shopper.typeCard(cards.challenge)
    await shopper.continueToReview()
    await shopper.payButton().click()
    const dialog = shopper.checkout.getByRole('dialog', {
      name: 'Confirm the payment with your bank',
    })
    const bank = shopper.checkout.frameLocator('iframe[part~="challenge-frame"]')
    await bank.getByRole('button', { name: 'Complete authentication' }).focus()
    await shopper.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await shopper.text()).toContain("You closed your bank's check, so nothing was charged.")

    await shopper.checkout.getByRole('button', { name: 'Enter card details' }).click()
    await shopper.typeCard(cards.challenge)
    await shopper.continueToReview()
    await shopper.payButton().click()
    await bank.getByRole('button', { name: 'Complete authentication' }).click()
    await shopper.confirmation()
    expect(aborted).toEqual([])
  })
})

describe('the card fields from the ES module', () => {
  it('are fetched with the payment step, not with the cart, and take the payment', async () => {
    await session.openSite((html) =>
      html.replace(
        '<script src="/cdn/weship-checkout.js" defer></script>',
        '<script type="module" src="/cdn/weship-checkout.mjs"></script>',
      ),
    )
    const { shopper } = session
    const chunks: string[] = []
    shopper.page.on('response', (response) => {
      const { pathname } = new URL(response.url())
      if (pathname.startsWith('/cdn/chunks/')) chunks.push(`${response.status()} ${pathname}`)
    })
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    const cardCode = expect.stringMatching(/^200 \/cdn\/chunks\/card-provider-[\w-]+\.mjs$/)
    expect(chunks).not.toContainEqual(cardCode)
    await shopper.fillAddress()
    await shopper.pickDelivery()
    await shopper.typeCard()
    await shopper.continueToReview()
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(chunks).toContainEqual(cardCode)
  })
})
