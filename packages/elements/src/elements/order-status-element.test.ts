import { waitFor } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import '../define.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { buyer, HOUR, placedOrder } from '../testing/placed-order.js'
import type { OrderStatusElement } from './order-status-element.js'

afterEach(resetPage)

type Placed = Awaited<ReturnType<typeof placedOrder>>

function mount(placed: Placed, attributes: Record<string, string>): OrderStatusElement {
  const element = document.createElement('weship-order-status')
  element.adapter = placed.adapter
  element.pollInterval = 20
  element.setAttribute('locale', 'en')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  document.body.append(element)
  return element
}

const textOf = (element: Element) => element.shadowRoot?.textContent ?? ''
const partText = (element: Element, part: string) =>
  element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent
/** The value of the first `<dt>` with this label: each fact under its own label. */
const labelled = (element: Element, label: string) =>
  [...(element.shadowRoot?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === label)
    ?.nextElementSibling?.textContent

describe('<weship-order-status> with a valid token', () => {
  it('shows the order, and its timeline advances as the carrier scans', async () => {
    const placed = await placedOrder()
    const updates =
      collectEvents<WeshipEventMap['weship-tracking-update']>('weship-tracking-update')
    const ready = collectEvents('weship-ready')
    const element = mount(placed, { order: placed.order.id, token: placed.statusToken })
    const view = shadow(element)
    await view.findByRole('heading', { name: `Order ${placed.order.number}` })
    expect(ready).toHaveLength(1)
    expect(textOf(element)).toContain('Confirmed')
    expect(textOf(element)).toContain(buyer.line1)
    expect(view.getByRole('heading', { name: 'Your package' })).toBeTruthy()
    // An estimate under its own label, and no fact of a delivery yet.
    expect(labelled(element, 'Estimated delivery')).toMatch(/Dec/)
    expect(textOf(element)).not.toContain('Delivered')

    // Tuesday night: past the label, the pickup and the hub (repeated scans at one place show
    // once), not yet out for delivery on Wednesday morning.
    placed.engine.clock.advance(20 * HOUR)
    await waitFor(() => expect(textOf(element)).toContain('In transit'))
    const timeline = view.getByRole('list', { name: 'Tracking history' })
    expect(timeline.querySelectorAll('li').length).toBeGreaterThanOrEqual(3)
    expect(updates.length).toBeGreaterThan(0)
    expect(updates.at(-1)?.detail.orderId).toBe(placed.order.id)
    const link = view.getByRole('link', { name: /WS\d+/ })
    expect(link.getAttribute('href')).toMatch(/^https:/)
    // Page scripts hear the status, not the tracking number that opens the carrier's page.
    const heard = JSON.stringify(updates.map((event) => event.detail))
    expect(heard).toContain('in_transit')
    const trackingNumber = link.firstChild?.textContent ?? ''
    expect(trackingNumber).toMatch(/WS\d+/)
    expect(heard).not.toContain(trackingNumber)
    expect(heard).not.toContain(buyer.line1)

    placed.engine.clock.advance(3 * 24 * HOUR)
    await waitFor(() => expect(partText(element, 'delivered')).toMatch(/^Delivered on /))
    expect(partText(element, 'order-status')).toBe('Delivered')
    expect(textOf(element)).not.toContain('Estimated delivery')
    // Delivered: the feedback form shows.
    expect(view.getByRole('group', { name: 'Your rating' })).toBeTruthy()
    element.remove()
  })

  it('shows split shipments as "Package 1 of 2" and "Package 2 of 2"', async () => {
    const placed = await placedOrder({ skus: ['COTTON-TEE-WHITE-M', 'STONEWARE-MUG-SLATE'] })
    const element = mount(placed, { order: placed.order.id, token: placed.statusToken })
    const view = shadow(element)
    expect(await view.findByRole('heading', { name: 'Package 1 of 2' })).toBeTruthy()
    expect(view.getByRole('heading', { name: 'Package 2 of 2' })).toBeTruthy()
    element.remove()
  })

  it('speaks the locale: Arabic, right to left', async () => {
    const placed = await placedOrder()
    const element = mount(placed, { order: placed.order.id, token: placed.statusToken })
    element.setAttribute('locale', 'ar')
    const view = shadow(element)
    await view.findByRole('heading', { name: `الطلب ${placed.order.number}` })
    expect(element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl')
    expect(textOf(element)).toContain('طردك')
    element.remove()
  })
})
