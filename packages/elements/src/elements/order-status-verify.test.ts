import { fireEvent, waitFor } from '@testing-library/preact'
import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import '../define.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'
import { buyer, HOUR, placedOrder } from '../testing/placed-order.js'

afterEach(resetPage)

type Placed = Awaited<ReturnType<typeof placedOrder>>

function mount(placed: Placed, attributes: Record<string, string>) {
  const element = document.createElement('weship-order-status')
  element.adapter = placed.adapter
  element.pollInterval = 20
  element.setAttribute('locale', 'en')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  document.body.append(element)
  return { element, view: shadow(element) }
}

const textOf = (element: Element) => element.shadowRoot?.textContent ?? ''

function fillIn(view: ReturnType<typeof shadow>, number: string, email: string) {
  fireEvent.input(view.getByLabelText('Order number'), { target: { value: number } })
  fireEvent.input(view.getByLabelText('E-mail'), { target: { value: email } })
  fireEvent.click(view.getByRole('button', { name: 'Show my order' }))
}

describe('<weship-order-status> without a valid token', () => {
  it('asks for number and e-mail, showing no personal data, then shows the order', async () => {
    const placed = await placedOrder()
    const { element, view } = mount(placed, { order: placed.order.id, token: 'wrong-token' })
    await view.findByRole('heading', { name: 'Find your order' })
    for (const secret of [buyer.name, buyer.line1, buyer.email, placed.order.number]) {
      expect(textOf(element)).not.toContain(secret)
    }

    fillIn(view, placed.order.number, buyer.email.toUpperCase())

    const heading = await view.findByRole('heading', { name: `Order ${placed.order.number}` })
    await waitFor(() => expect(element.shadowRoot?.activeElement).toBe(heading))
    expect(textOf(element)).toContain(buyer.line1)
    // The new token is this tab's only: sessionStorage, never localStorage.
    expect(sessionStorage.getItem('weship:order-access')).toContain(placed.order.id)
    expect(JSON.stringify({ ...localStorage })).not.toContain(placed.order.id)
  })

  it('answers a wrong e-mail with a generic message that takes focus and labels the inputs', async () => {
    const placed = await placedOrder()
    const errors = collectEvents('weship-error')
    const { element, view } = mount(placed, {})
    await view.findByRole('heading', { name: 'Find your order' })

    fillIn(view, placed.order.number, 'someone@else.example')

    const alert = await view.findByRole('alert')
    expect(alert.textContent).toMatch(/couldn't find an order with this number and e-mail/)
    await waitFor(() => expect(element.shadowRoot?.activeElement).toBe(alert))
    const email = view.getByLabelText('E-mail')
    expect(email.getAttribute('aria-describedby')).toContain(alert.id)
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(textOf(element)).not.toContain(buyer.line1)
    // A mismatch is the shopper's to fix: no weship-error.
    expect(errors).toHaveLength(0)
  })

  it('names an empty field and focuses it', async () => {
    const placed = await placedOrder()
    const { element, view } = mount(placed, {})
    await view.findByRole('heading', { name: 'Find your order' })
    fireEvent.click(view.getByRole('button', { name: 'Show my order' }))
    const number = view.getByLabelText('Order number')
    await waitFor(() => expect(element.shadowRoot?.activeElement).toBe(number))
    const message = view.getByText(/such as WS-10001/)
    expect(number.getAttribute('aria-describedby')).toBe(message.id)
  })

  it('reopens from the token this tab remembered', async () => {
    const placed = await placedOrder()
    const first = mount(placed, { order: placed.order.id })
    await first.view.findByRole('heading', { name: 'Find your order' })
    fillIn(first.view, placed.order.number, buyer.email)
    await first.view.findByRole('heading', { name: `Order ${placed.order.number}` })
    first.element.remove()

    const again = mount(placed, { order: placed.order.id })
    expect(
      await again.view.findByRole('heading', { name: `Order ${placed.order.number}` }),
    ).toBeTruthy()
  })
})

describe('<weship-order-status> when the token expires while the page is open', () => {
  it('takes the order off the screen at the next refresh and asks again', async () => {
    const placed = await placedOrder()
    const { element, view } = mount(placed, { order: placed.order.id, token: placed.statusToken })
    await view.findByRole('heading', { name: `Order ${placed.order.number}` })
    placed.engine.clock.advance(91 * 24 * HOUR)
    await view.findByRole('heading', { name: 'Find your order' })
    expect(textOf(element)).not.toContain(buyer.line1)
    element.remove()
  })
})

describe('<weship-order-status> feedback', () => {
  it('takes one rating, then thanks; a second visit says it was already sent', async () => {
    const placed = await placedOrder()
    placed.engine.clock.advance(4 * 24 * HOUR)
    const submitted =
      collectEvents<WeshipEventMap['weship-feedback-submit']>('weship-feedback-submit')
    const access = { order: placed.order.id, token: placed.statusToken }
    const { element, view } = mount(placed, access)
    const group = await view.findByRole('group', { name: 'Your rating' })
    expect(group.tagName).toBe('FIELDSET')

    fireEvent.click(view.getByRole('button', { name: 'Send feedback' }))
    expect(await view.findByText('Choose a rating from 1 to 5 stars.')).toBeTruthy()

    fireEvent.click(view.getByRole('radio', { name: '4 stars' }))
    fireEvent.input(view.getByLabelText('Comment (optional)'), {
      target: { value: '  Quick and tidy  ' },
    })
    fireEvent.click(view.getByRole('button', { name: 'Send feedback' }))
    const thanks = await view.findByText('Thank you for your feedback!')
    await waitFor(() => expect(element.shadowRoot?.activeElement).toBe(thanks))
    expect(submitted.map((event) => event.detail)).toEqual([
      // The comment is the shopper's words to the shop: page scripts learn only that there is one.
      { orderId: placed.order.id, rating: 4, hasComment: true },
    ])
    element.remove()

    const second = mount(placed, access)
    fireEvent.click(await second.view.findByRole('radio', { name: '1 star' }))
    fireEvent.click(second.view.getByRole('button', { name: 'Send feedback' }))
    await second.view.findByText(/already sent feedback/)
    expect(submitted).toHaveLength(1)
  })
})

describe('<weship-order-status> on a backend without lookups', () => {
  it('says the link is not valid instead of offering a form that cannot work', async () => {
    const placed = await placedOrder()
    const adapter = {
      ...placed.adapter,
      capabilities: { ...placed.adapter.capabilities, orderLookup: false },
    }
    const { view } = mount({ ...placed, adapter }, { order: placed.order.id, token: 'wrong' })
    expect((await view.findByRole('alert')).textContent).toMatch(/link has expired/)
    expect(view.queryByLabelText('Order number')).toBeNull()
  })
})
