import { cleanup, fireEvent, screen } from '@testing-library/preact'
import { CheckoutError } from '@weship/checkout-core'
import { afterEach, expect, it, vi } from 'vitest'
import { ReviewStep } from '../steps/review/review-step.js'
import { fakeCardProvider, renderWithProviders, shopAtReview } from '../testing/payment-harness.js'
import { ErrorBanner } from './error-banner.js'

afterEach(cleanup)

it('offers a new cart, not "Try again", when another tab already ordered this cart', async () => {
  const shop = await shopAtReview()
  const { providers } = fakeCardProvider(shop.engine)
  shop.placeOrder.mockRejectedValueOnce(
    new CheckoutError('CONFLICT', 'Cart already ordered', {
      status: 409,
      reason: 'cart_already_ordered',
    }),
  )
  const onStartOver = vi.fn()
  renderWithProviders(
    <>
      <ErrorBanner onStartOver={onStartOver} />
      <ReviewStep />
    </>,
    shop.checkout,
    providers,
  )
  fireEvent.click(screen.getByRole('button', { name: /^Pay / }))

  expect(await screen.findByText(/This cart has already been ordered/)).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Start a new cart' }))
  expect(onStartOver).toHaveBeenCalledOnce()
})
