import { wholeText } from '../testing/dom.js'
import '@preact/signals'
import { cleanup, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { checkoutWithCart, renderStep } from '../testing/render-step.js'
import { SummaryTotals } from './summary-totals.js'

afterEach(cleanup)

describe('SummaryTotals', () => {
  it('keeps the included-tax note a term and description, as a <dl> must hold', async () => {
    const { checkout } = await checkoutWithCart()
    await checkout.setContact({ email: 'ada@example.com' })
    const saved = await checkout.setShippingAddress({
      name: 'Ada Lovelace',
      line1: 'Torstraße 109',
      city: 'Berlin',
      postalCode: '10119',
      country: 'DE',
    })
    expect(saved).toBe(true)
    await waitFor(() => expect(checkout.cart.value?.tax?.included).toBe(true))
    const cart = checkout.cart.value
    if (!cart) throw new Error('no cart')
    const { container } = renderStep(<SummaryTotals cart={cart} />, checkout)
    expect(screen.getByText(wholeText(/^Including €[\d.]+ in taxes$/)).tagName).toBe('DD')
    const list = container.querySelector('dl')
    // axe's definition-list rule: only <div> groups of <dt>/<dd> directly inside.
    for (const child of list?.children ?? []) {
      expect(child.tagName).toBe('DIV')
      expect([...child.children].map((element) => element.tagName)).toEqual(['DT', 'DD'])
    }
  })
})
