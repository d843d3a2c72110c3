import { fireEvent } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, expect, it, vi } from 'vitest'
import '../define.js'
import { cartOf, fakeAdapter, lineItem } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'

// The steps after the cart are a chunk fetched once the cart shows; here the CDN refuses it.
const fetches = vi.hoisted(() => ({ count: 0 }))
vi.mock('./later-steps.js', () => {
  fetches.count += 1
  throw new TypeError('Failed to fetch dynamically imported module')
})

afterEach(resetPage)

it('shows "Try again" at the next step and reports why the steps could not be fetched', async () => {
  const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
  const cart = cartOf('cart-1', [lineItem('TEE-NAVY-M', 1)])
  const element = document.createElement('weship-checkout')
  element.adapter = fakeAdapter(cart)
  element.setAttribute('locale', 'en')
  element.setAttribute('cart', cart.id)
  document.body.append(element)
  const view = shadow(element)

  fireEvent.click(await view.findByRole('button', { name: 'Check out' }))

  expect((await view.findByRole('alert')).textContent).toMatch(/The checkout's files didn't load/)
  // The merchant's monitoring learns it was the chunk, with the browser's reason (in Chromium:
  // "Failed to fetch dynamically imported module: <url>"; vitest words its mock's failure).
  await vi.waitFor(() => expect(errors).toHaveLength(1))
  expect(errors.map((event) => event.detail)).toMatchObject([
    {
      code: 'NETWORK',
      reason: 'chunk_unavailable',
      message: expect.stringMatching(/^The checkout steps could not be fetched: \S/),
    },
  ])

  const before = fetches.count
  fireEvent.click(view.getByRole('button', { name: 'Try again' }))
  await vi.waitFor(() => expect(fetches.count).toBeGreaterThan(before))
  await vi.waitFor(() => expect(errors).toHaveLength(2))
  expect(view.getByRole('button', { name: 'Try again' })).toBeTruthy()
})
