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

  expect((await view.findByRole('alert')).textContent).toMatch(/couldn't reach the shop/)
  expect(errors.map((event) => event.detail)).toMatchObject([
    { code: 'NETWORK', reason: 'unreachable' },
  ])
  expect(ready).toHaveLength(1)
  expect(view.queryByText(placed.order.number)).toBeNull()

  const before = fetches
  fireEvent.click(view.getByRole('button', { name: 'Try again' }))
  await vi.waitFor(() => expect(fetches).toBeGreaterThan(before))
  expect(await view.findByRole('button', { name: 'Try again' })).toBeTruthy()
})
