import { waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import '../define.js'
import type { OrderStatusElement } from '../elements/order-status-element.js'
import { resetPage, shadow } from '../testing/dom.js'
import { buyer, HOUR, placedOrder } from '../testing/placed-order.js'

afterEach(resetPage)

type Placed = Awaited<ReturnType<typeof placedOrder>>

function mount(placed: Placed): OrderStatusElement {
  const element = document.createElement('weship-order-status')
  element.adapter = placed.adapter
  element.pollInterval = 20
  element.setAttribute('locale', 'en')
  element.setAttribute('order', placed.order.id)
  element.setAttribute('token', placed.statusToken)
  document.body.append(element)
  return element
}

const all = (element: Element, selector: string) => [
  ...(element.shadowRoot?.querySelectorAll(selector) ?? []),
]
const parts = (element: Element, part: string) =>
  all(element, `[part~="${part}"]`).map((node) => node.textContent)
/** Every label with its value, as "label: value", so a test sees which fact sits under which. */
const facts = (root: Element) =>
  [...root.querySelectorAll('dt')].map(
    (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
  )

describe('the status page says what is true (issue 16)', () => {
  it('says "Delivered" once every package arrived, as a fact under its own label', async () => {
    const placed = await placedOrder({ skus: ['COTTON-TEE-WHITE-M', 'STONEWARE-MUG-SLATE'] })
    const element = mount(placed)
    const view = shadow(element)
    await view.findByRole('heading', { name: 'Package 2 of 2' })
    expect(parts(element, 'order-status')).toEqual(['Confirmed'])

    placed.engine.clock.advance(14 * 24 * HOUR)
    await waitFor(() => expect(parts(element, 'order-status')).toEqual(['Delivered']))
    const overview = all(element, '.order-overview')[0] as Element
    expect(facts(overview)).toContainEqual(
      expect.stringMatching(/^Delivery: Delivered on \w+day, /),
    )
    // No estimate beside the fact, for the order nor for either package.
    expect(element.shadowRoot?.textContent).not.toContain('Estimated delivery')
    expect(parts(element, 'shipment-status')).toEqual(['Delivered', 'Delivered'])
    element.remove()
  })

  it('keeps a package’s status and its estimate apart, each under its own label', async () => {
    const placed = await placedOrder()
    const element = mount(placed)
    const view = shadow(element)
    await view.findByRole('heading', { name: 'Your package' })
    const card = all(element, '[part~="shipment"]')[0] as Element
    const [status, estimate] = facts(card)
    expect(status).toBe('Status: Preparing')
    expect(estimate).toMatch(/^Estimated delivery: \w{3}, Dec \d+/)
    element.remove()
  })

  it('pairs each timeline title with its own description', async () => {
    const placed = await placedOrder()
    const element = mount(placed)
    const view = shadow(element)
    await view.findByRole('heading', { name: 'Your package' })
    // Past the label, the pickup and the hub (repeated scans at one place show once).
    placed.engine.clock.advance(30 * HOUR)
    await waitFor(() => expect(parts(element, 'timeline-event').length).toBeGreaterThanOrEqual(3))
    const events = all(element, '[part~="timeline-event"]').map((event) => ({
      title: event.querySelector('[part~="event-status"]')?.textContent,
      description: event.querySelector('[part~="event-description"]')?.textContent ?? '',
    }))
    const label = events.find((event) => /label/i.test(event.description))
    expect(label?.title).toBe('Label created')
    for (const event of events) {
      if (event.title === 'Label created') expect(event.description).toMatch(/label/i)
      else expect(event.description).not.toMatch(/label/i)
    }
    element.remove()
  })

  it('shows the pickup point, not the home address, for a pickup order', async () => {
    const placed = await placedOrder({ kind: 'pickup' })
    expect(placed.order.pickupPoint).toBeTruthy()
    const element = mount(placed)
    const view = shadow(element)
    expect(await view.findByRole('heading', { name: 'Pickup point' })).toBeTruthy()
    const [point] = parts(element, 'pickup-point')
    expect(point).toContain(placed.order.pickupPoint?.name)
    expect(point).toContain(placed.order.pickupPoint?.address.line1)
    expect(view.queryByRole('heading', { name: 'Delivery address' })).toBeNull()
    expect(parts(element, 'delivery-address')[0]).not.toContain(buyer.line1)
    element.remove()
  })

  it('names the shop that sold, under the receipt', async () => {
    const placed = await placedOrder()
    const element = mount(placed)
    await shadow(element).findByRole('heading', { name: 'Your package' })
    const merchant = placed.order.merchant
    expect(merchant?.name).toBeTruthy()
    expect(parts(element, 'merchant')).toEqual([
      `Sold by ${merchant?.name}, ${merchant?.postalAddress}`,
    ])
    element.remove()
  })
})
