import { describe, expect, it } from 'vitest'
import { focusedElement } from '../../test/browser/keyboard'
import { useShopperSession } from '../../test/browser/shopper-session'

// Issue 15, major 3: focus never drops to the page after Remove or Undo in the cart, whether
// the shopper clicks or uses the keyboard.

const session = useShopperSession()

async function cartWithTwoLines() {
  const { shopper } = session
  await shopper.goto(`${session.site.url}/script-tag/`)
  await shopper.addToCart('Merino Crew Sweater', 1)
  await shopper.addToCart('Canvas Weekender Bag', 2)
  await shopper.checkout.getByRole('button', { name: 'Remove Canvas Weekender Bag' }).waitFor()
  return shopper
}

const focused = () => focusedElement(session.shopper.page)

describe('focus in the cart', () => {
  it('moves to Undo after a click on Remove, and back to the line after Undo', async () => {
    const shopper = await cartWithTwoLines()
    await shopper.checkout.getByRole('button', { name: 'Remove Canvas Weekender Bag' }).click()
    await expect.poll(focused).toBe('button "Undo"')
    await expect
      .poll(() => shopper.checkout.getByRole('button', { name: /^Remove Canvas/ }).count())
      .toBe(0)
    expect(await focused()).toBe('button "Undo"')
    await shopper.checkout.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(focused).toBe('button "Remove Canvas Weekender Bag"')
  })

  it('does the same from the keyboard, also when the cart empties', async () => {
    const shopper = await cartWithTwoLines()
    const { page } = shopper
    await shopper.checkout.getByRole('button', { name: 'Remove Merino Crew Sweater' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('button "Undo"')
    await shopper.checkout.getByRole('button', { name: 'Remove Canvas Weekender Bag' }).focus()
    await page.keyboard.press('Enter')
    // The last line gone, the view becomes the empty cart: Undo there has focus, not <body>.
    await shopper.checkout.getByText('Your cart is empty').waitFor()
    await expect.poll(focused).toBe('button "Undo"')
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('button "Remove Canvas Weekender Bag"')
    await shopper.cartButton(1).waitFor()
  })
})
