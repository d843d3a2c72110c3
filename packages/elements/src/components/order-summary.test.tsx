import '@preact/signals'
import { cleanup, screen, waitFor } from '@testing-library/preact'
import { afterEach, expect, it } from 'vitest'
import { checkoutWithCart, renderStep } from '../testing/render-step.js'
import { OrderSummary } from './order-summary.js'

afterEach(cleanup)

it('says when the shop takes a code off by itself, even with the summary collapsed', async () => {
  const { checkout } = await checkoutWithCart()
  renderStep(<OrderSummary showItems={false} />, checkout)
  expect(await checkout.applyCode('WELCOME10')).toBe(true)
  const notice = screen.getByRole('status')
  expect(notice.textContent).toBe('')

  // The demo shop's WELCOME10 is once per customer, and this e-mail has had it.
  expect(await checkout.setContact({ email: 'used@example.com' })).toBe(true)
  await waitFor(() =>
    expect(notice.textContent).toBe('The code WELCOME10 no longer applies to your order.'),
  )
  expect(notice.closest('.summary-body')).toBeNull()
})
