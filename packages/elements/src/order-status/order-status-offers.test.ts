import { fireEvent, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import type { OrderStatusElement } from '../elements/order-status-element.js'
import { resetPage, shadow } from '../testing/dom.js'
import { buyer, placedOrder } from '../testing/placed-order.js'

afterEach(() => {
  vi.restoreAllMocks()
  resetPage()
})

type Placed = Awaited<ReturnType<typeof placedOrder>>

function mount(placed: Placed, attributes: Record<string, string> = {}): OrderStatusElement {
  const element = document.createElement('weship-order-status')
  element.adapter = placed.adapter
  element.setAttribute('locale', 'en')
  element.setAttribute('order', placed.order.id)
  element.setAttribute('token', placed.statusToken)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  document.body.append(element)
  return element
}

describe('"Buy again" on the status page', () => {
  it('leads to the shop page with a one-time link that fills a new cart with the order’s items', async () => {
    const placed = await placedOrder({ skus: ['COTTON-TEE-WHITE-M', 'STONEWARE-MUG-SLATE'] })
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {})
    const element = mount(placed, { 'shop-url': 'https://shop.example/cart?from=status' })
    const view = shadow(element)
    fireEvent.click(await view.findByRole('button', { name: 'Buy again' }))
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1))
    const url = new URL(String(assign.mock.calls[0]?.[0]))
    expect(url.origin + url.pathname).toBe('https://shop.example/cart')
    expect(url.searchParams.get('from')).toBe('status')
    const token = url.searchParams.get('weship_reorder') ?? ''
    // The link is not the order's status token: it opens a cart, nothing else.
    expect(token).not.toBe(placed.statusToken)
    const again = placed.engine.reorder(token)
    expect(again.cart?.items.map((item) => item.sku).sort()).toEqual([
      'COTTON-TEE-WHITE-M',
      'STONEWARE-MUG-SLATE',
    ])
    expect(again.cart?.id).not.toBe(placed.order.id)
    element.remove()
  })

  it('shows no button without a shop page to go to', async () => {
    const placed = await placedOrder()
    const element = mount(placed)
    const view = shadow(element)
    await view.findByRole('heading', { name: 'Your package' })
    expect(view.queryByRole('button', { name: 'Buy again' })).toBeNull()
    element.remove()
  })

  it('refuses a shop-url that is not a web address, saying which attribute', async () => {
    const placed = await placedOrder()
    const element = mount(placed, { 'shop-url': 'javascript:alert(1)' })
    const view = shadow(element)
    expect(await view.findByText(/shop-url/)).toBeTruthy()
    expect(view.queryByRole('button', { name: 'Buy again' })).toBeNull()
    element.remove()
  })
})

describe('the account offer on the status page', () => {
  it('offers a guest an account for the order’s e-mail once more, and keeps the order in it', async () => {
    const placed = await placedOrder()
    const element = mount(placed)
    const view = shadow(element)
    await view.findByRole('heading', { name: 'Save your details for next time' })
    const email = view.getByLabelText('E-mail') as HTMLInputElement
    expect(email.value).toBe(buyer.email)
    expect(email.readOnly).toBe(true)
    const password = view.getByLabelText('Password')
    fireEvent.input(password, { target: { value: 'short' } })
    fireEvent.click(view.getByRole('button', { name: 'Create account' }))
    expect(await view.findByText('Choose a password of at least 10 characters.')).toBeTruthy()
    expect(password.getAttribute('aria-invalid')).toBe('true')

    // A refusal of the shop's is said in words, not as a failure of the shop.
    fireEvent.input(password, { target: { value: 'password123' } })
    fireEvent.click(view.getByRole('button', { name: 'Create account' }))
    expect(
      await view.findByText('This password is too common. Choose one that is harder to guess.'),
    ).toBeTruthy()

    fireEvent.input(password, { target: { value: 'correct horse battery' } })
    fireEvent.click(view.getByRole('button', { name: 'Create account' }))
    expect(await view.findByText("Your account is ready, and you're signed in.")).toBeTruthy()
    const reopened = placed.engine.getOrder(placed.order.id, placed.statusToken)
    expect(reopened.hasAccount).toBe(true)
    element.remove()
  })
})
