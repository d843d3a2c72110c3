import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { erika } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// Issue 15, major 2: the first click on "Continue to payment" is never swallowed. A shopper
// types the address key by key and clicks at once, the press lasting as long as a person's.

const session = useShopperSession()
const press = { delay: 150 }

async function atShipping() {
  const { shopper } = session
  await shopper.goto(`${session.site.url}/script-tag/`)
  await shopper.addToCart('Merino Crew Sweater', 1)
  await shopper.checkOut()
  await shopper.fillContact()
  const form = shopper.checkout
  await form.getByLabel('Country or region').selectOption(erika.country)
  for (const [label, value] of [
    ['Full name', erika.name],
    ['Address', erika.line1],
    ['City', erika.city],
  ] as const) {
    await form.getByLabel(label, { exact: true }).pressSequentially(value, { delay: 20 })
  }
  return {
    postalCode: form.getByLabel('Postal code'),
    continueButton: form.getByRole('button', { name: 'Continue to payment' }),
    status: form.locator('[part~="shipping-options-status"]'),
  }
}

const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN

describe('Continue on the shipping step', () => {
  it('goes on at the first click right after the postal code is typed', async () => {
    const { postalCode, continueButton } = await atShipping()
    await postalCode.pressSequentially(erika.postalCode, { delay: 20 })
    await continueButton.click(press)
    await session.shopper.expectStep('Payment')
    // The first option, priced in the summary.
    const summary = session.shopper.checkout.locator('[part~="summary"] [part~="shipping"]')
    expect(await summary.innerText()).toContain('€4.95')
  })

  it('goes on at the first click while the options arrive under the pointer', async () => {
    const { postalCode, continueButton } = await atShipping()
    await postalCode.pressSequentially(erika.postalCode, { delay: 20 })
    // The address is saved after a 400 ms pause: the press below spans it.
    await session.shopper.page.waitForTimeout(300)
    await continueButton.click({ delay: 300 })
    await session.shopper.expectStep('Payment')
  })

  it('lists the options as the address is typed, without moving the button', async () => {
    const { postalCode, continueButton, status } = await atShipping()
    const before = await top(continueButton)
    expect(await status.innerText()).toBe('Enter your address to see delivery options and costs.')
    await postalCode.pressSequentially(erika.postalCode, { delay: 20 })
    // Complete: never "enter your address" again while the options are on their way.
    expect(await status.innerText()).not.toContain('Enter your address')
    await session.shopper.deliveryOptions().first().waitFor()
    expect(await session.shopper.deliveryOptions().count()).toBe(3)
    expect(Math.abs((await top(continueButton)) - before)).toBeLessThan(1)
    // Focus never left the postal code: the options came without a blur.
    expect(await postalCode.evaluate((input) => input.matches(':focus'))).toBe(true)
  })

  it('shows the error summary at the first click after a wrong postal code', async () => {
    const { postalCode, continueButton, status } = await atShipping()
    await postalCode.pressSequentially('1011', { delay: 20 })
    await continueButton.click(press)
    const summary = session.shopper.checkout.locator('[part~="error-summary"]')
    await summary.getByRole('link').first().waitFor()
    expect(await summary.innerText()).toContain('Postal code')
    await session.shopper.expectStep('Shipping')
    expect(await status.innerText()).toBe('Check your address to see delivery options and costs.')
  })

  it('prices a country changed after the address, before Continue', async () => {
    const { shopper } = session
    const { postalCode } = await atShipping()
    await postalCode.pressSequentially(erika.postalCode, { delay: 20 })
    await shopper.deliveryOptions().first().waitFor()
    const summary = shopper.checkout.locator('[part~="summary"]')
    await expect.poll(() => summary.innerText()).toContain('€4.95')
    await shopper.checkout.getByLabel('Country or region').selectOption('AT')
    // Berlin's postal code is not an Austrian one (four digits): the shopper types Vienna's.
    await postalCode.fill('')
    await postalCode.pressSequentially('1010', { delay: 20 })
    await expect.poll(() => summary.innerText()).toContain('€6.95')
    const options = await shopper.checkout.locator('[part~="shipping-options"]').innerText()
    expect(options).not.toContain('DHL Paket')
    await shopper.expectStep('Shipping')
  })
})
