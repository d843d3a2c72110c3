import { fireEvent } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, expect, it, vi } from 'vitest'
import '../define.js'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'

// The checkout's own code is a chunk fetched on connect; here the network refuses it.
const fetches = vi.hoisted(() => ({ count: 0 }))
vi.mock('../steps/checkout-page.js', () => {
  fetches.count += 1
  throw new TypeError('Failed to fetch dynamically imported module')
})

afterEach(resetPage)

it('shows "Try again" in its frame and reports the failure when its code cannot be fetched', async () => {
  const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
  const ready = collectEvents('weship-ready')
  const element = document.createElement('weship-checkout')
  element.adapter = fakeAdapter()
  element.setAttribute('locale', 'en')
  document.body.append(element)
  const view = shadow(element)

  const alert = await view.findByRole('alert')
  expect(alert.textContent).toMatch(/The checkout's files didn't load/)
  expect(alert.closest('[part~="base"]')?.getAttribute('aria-busy')).toBe('false')
  // The widget's own file, not the shop; why is told once it is known (the browser named none here).
  await vi.waitFor(() => expect(errors).toHaveLength(1))
  expect(errors.map((event) => event.detail)).toMatchObject([
    { code: 'NETWORK', reason: 'chunk_unavailable' },
  ])
  expect(ready).toHaveLength(1)

  const before = fetches.count
  fireEvent.click(view.getByRole('button', { name: 'Try again' }))
  await vi.waitFor(() => expect(fetches.count).toBeGreaterThan(before))
  expect(await view.findByRole('button', { name: 'Try again' })).toBeTruthy()

  // Back online, it tries again by itself.
  const beforeOnline = fetches.count
  window.dispatchEvent(new Event('online'))
  await vi.waitFor(() => expect(fetches.count).toBeGreaterThan(beforeOnline))
})
