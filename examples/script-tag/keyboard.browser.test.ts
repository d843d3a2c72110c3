import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { focusedCardField, focusedElement, tabTo } from '../../test/browser/keyboard'
import { useShopperSession } from '../../test/browser/shopper-session'

// A whole purchase on examples/script-tag/index.html with the keyboard alone: no mouse at all.

const session = useShopperSession()

describe('a keyboard-only purchase', () => {
  it('adds, checks out and pays with Tab, Shift+Tab, Enter, Space, arrows and typing', async () => {
    const { page } = session.shopper
    const keys = page.keyboard
    // Any mouse use by the test itself would break the promise of this test.
    await page.addInitScript(() => {
      for (const type of ['mousedown', 'pointerdown']) {
        document.addEventListener(type, () => {
          throw new Error(`The keyboard-only test used the mouse (${type})`)
        })
      }
    })
    await session.shopper.goto(`${session.site.url}/script-tag/`)

    // The first product card's button: Tab from the top of the page, Space to press it.
    await tabTo(page, 'button "Add to cart"')
    await keys.press('Space')
    await session.shopper.cartButton(1).waitFor()

    await tabTo(page, 'button "Check out"')
    await keys.press('Enter')
    await session.shopper.expectStep('Contact')
    // The new step's heading has focus, so Tab goes on from the top of the step.
    expect(await focusedElement(page)).toBe('h2 "Contact"')
    await tabTo(page, 'input contact.email')
    await keys.type(erika.email)
    await tabTo(page, 'button "Continue to shipping"')
    await keys.press('Enter')
    await session.shopper.expectStep('Shipping')

    await tabTo(page, 'select shippingAddress.country')
    // Type-ahead on a closed select, then arrows: Germany, one down and back up.
    await keys.type('Germany')
    await keys.press('ArrowDown')
    await keys.press('ArrowUp')
    const form = session.shopper.checkout
    await expect.poll(() => form.getByLabel('Country or region').inputValue()).toBe('DE')
    await tabTo(page, 'input shippingAddress.name')
    await keys.type(erika.name)
    await tabTo(page, 'input shippingAddress.line1')
    await keys.type(erika.line1)
    await tabTo(page, 'input shippingAddress.city')
    await keys.type(erika.city)
    // Shift+Tab back over the "+ Apartment" button, and forward again.
    await tabTo(page, 'button "+ Apartment, suite, etc."', { back: true })
    await tabTo(page, 'input shippingAddress.postalCode', { max: 3 })
    await keys.type(erika.postalCode)
    // Leaving the address saves it, and the delivery options appear after the focused field.
    await tabTo(page, 'input shippingAddress.phone')
    await keys.press('Tab')
    await form.locator('input[name="shippingOptionId"]').first().waitFor()
    if (!(await focusedElement(page)).startsWith('radio')) {
      await tabTo(page, /^radio /, { back: true, max: 3 })
    }
    const first = await focusedElement(page)
    await keys.press('ArrowDown')
    await expect.poll(() => focusedElement(page)).not.toBe(first)
    const chosen = (await focusedElement(page)).replace('radio ', '')
    await expect
      .poll(() => form.locator(`input[name="shippingOptionId"][value="${chosen}"]`).isChecked())
      .toBe(true)
    await tabTo(page, 'button "Continue to payment"')
    await keys.press('Enter')
    await session.shopper.expectStep('Payment')

    // Into the hosted fields frame, then field to field inside it.
    await tabTo(page, async (focused) =>
      focused.startsWith('iframe') ? (await focusedCardField(page)) === 'card-number' : false,
    )
    await keys.type(cards.approves)
    await keys.press('Tab')
    await expect.poll(() => focusedCardField(page)).toBe('card-expiry')
    await keys.type('12 / 34')
    await keys.press('Tab')
    await expect.poll(() => focusedCardField(page)).toBe('card-cvc')
    await keys.type('123')
    await tabTo(page, 'button "Continue to review"')
    await keys.press('Enter')
    await session.shopper.expectStep('Review and pay')

    await tabTo(page, /^button "Pay €/)
    await keys.press('Space')
    const number = await session.shopper.confirmation()
    expect(number).not.toBe('')
    expect(await session.shopper.text()).toContain('Visa ending in 4242')
    expect(await session.shopper.events('weship-order-placed')).toHaveLength(1)
  })
})
