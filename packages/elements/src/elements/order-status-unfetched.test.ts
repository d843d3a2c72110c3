import { fireEvent } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, expect, it, vi } from 'vitest'
import '../define.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { placedOrder } from '../testing/placed-order.js'

// The status page's own code is a chunk fetched on connect; here the network refuses it.
let fetches = 0
vi.mock('../order-status/order-status-page.js', () => {
  fetches += 1
  throw new TypeError('Failed to fetch dynamically imported module')
})

afterEach(resetPage)

it('shows "Try again" and reports the failure when its code cannot be fetched', async () => {
  const placed = await placedOrder()
  const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
  const ready = collectEvents('weship-ready')
  const element = document.createElement('weship-order-status')
  element.adapter = placed.adapter
  element.setAttribute('locale', 'en')
  element.setAttribute('order', placed.order.id)
  document.body.append(element)
  const view = shadow(element)

  expect((await view.findByRole('alert')).textContent).toMatch(/The checkout's files didn't load/)
  // The widget's own file, not the shop; why is told once it is known (the browser named none here).
  await vi.waitFor(() => expect(errors).toHaveLength(1))
  expect(errors.map((event) => event.detail)).toMatchObject([
    { code: 'NETWORK', reason: 'chunk_unavailable' },
  ])
  expect(ready).toHaveLength(1)
  expect(view.queryByText(placed.order.number)).toBeNull()

  const before = fetches
  fireEvent.click(view.getByRole('button', { name: 'Try again' }))
  await vi.waitFor(() => expect(fetches).toBeGreaterThan(before))
  expect(await view.findByRole('button', { name: 'Try again' })).toBeTruthy()
})
