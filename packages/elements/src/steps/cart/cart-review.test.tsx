import { signal } from '@preact/signals'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { withFaults } from '@weship/checkout-core/testing'
import { createMemoryAdapter } from '@weship/mock-server'
import { afterEach, expect, it, vi } from 'vitest'
import { checkoutWithCart, renderStep } from '../../testing/render-step.js'
import { CartReview, type RemovedLine } from './cart-review.js'

afterEach(cleanup)

it('says when a quantity change did not reach the shop, and makes it again on "Try again"', async () => {
  const faulty = withFaults(createMemoryAdapter())
  const { checkout, session } = await checkoutWithCart(undefined, { adapter: faulty.adapter })
  const removed = signal<RemovedLine | null>(null)
  renderStep(<CartReview session={session} removed={removed} onStartOver={vi.fn()} />, checkout)

  faulty.inject('updateItem', 'network')
  fireEvent.click(screen.getByRole('button', { name: /^Increase quantity of/ }))
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain("We couldn't reach the shop")
  expect(screen.getByText('1 item')).toBeTruthy()

  faulty.heal()
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByText('2 items')).toBeTruthy()
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
})
