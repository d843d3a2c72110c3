import { fireEvent, waitFor } from '@testing-library/preact'
import type { CheckoutAdapter, WeshipEventMap } from '@weship/checkout-core'
import { createMemoryAdapter } from '@weship/mock-server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'

afterEach(resetPage)

/** A checkout over the in-process mock shop with a cart of one tee, as a merchant would mount it. */
async function mountShop(attributes: Record<string, string> = {}, ready = 'Check out') {
  const adapter: CheckoutAdapter = createMemoryAdapter()
  const cart = await adapter.createCart({
    currency: 'EUR',
    items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 2 }],
  })
  const element = document.createElement('weship-checkout')
  element.adapter = adapter
  element.setAttribute('locale', 'en')
  element.setAttribute('cart', cart.id)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  document.body.append(element)
  const view = shadow(element)
  if (ready) await view.findByRole('button', { name: ready })
  return { element, view, adapter, cartId: cart.id }
}

describe('<weship-checkout> around the steps', () => {
  it('shows the summary with shipping still to come, and moves on to contact', async () => {
    const steps = collectEvents<WeshipEventMap['weship-step-change']>('weship-step-change')
    const { element, view } = await mountShop()
    const summary = view.getByRole('complementary', { name: 'Order summary' })
    expect(summary.textContent).toContain('Calculated from your address')
    expect(view.getByRole('navigation', { name: 'Checkout steps' }).textContent).toContain(
      'Your cart',
    )

    fireEvent.click(view.getByRole('button', { name: 'Check out' }))

    const heading = await view.findByRole('heading', { level: 2, name: 'Contact' })
    await waitFor(() => expect(element.shadowRoot?.activeElement).toBe(heading))
    expect(steps.map((event) => [event.detail.previous, event.detail.step])).toEqual([
      ['cart', 'contact'],
    ])
    // Back to the cart through the progress list.
    fireEvent.click(view.getByRole('button', { name: /Your cart/ }))
    expect(await view.findByRole('button', { name: 'Check out' })).toBeTruthy()
  })

  it('applies a promo code, words a refusal, and removes the code again', async () => {
    const { view } = await mountShop()
    fireEvent.click(view.getByRole('button', { name: 'Add a promo code or gift card' }))
    const field = view.getByLabelText('Promo code or gift card')

    fireEvent.input(field, { target: { value: 'NOPE-NOT-A-CODE' } })
    fireEvent.click(view.getByRole('button', { name: 'Apply' }))
    expect((await view.findByRole('alert')).textContent).toBe("We don't recognise this code.")
    expect((field as HTMLInputElement).value).toBe('NOPE-NOT-A-CODE')

    fireEvent.input(field, { target: { value: 'WELCOME10' } })
    fireEvent.click(view.getByRole('button', { name: 'Apply' }))
    const remove = await view.findByRole('button', { name: 'Remove WELCOME10' })
    await waitFor(() => expect(view.queryByRole('alert')).toBeNull())
    expect(view.getByRole('complementary').textContent).toMatch(/-€/)

    fireEvent.click(remove)
    await waitFor(() => expect(view.queryByRole('button', { name: 'Remove WELCOME10' })).toBeNull())
  })

  it('changes a quantity within stock, and undoes a removal', async () => {
    const { view } = await mountShop()
    fireEvent.click(view.getByRole('button', { name: /Increase quantity of/ }))
    await waitFor(() => expect(view.getByText('3 items')).toBeTruthy())

    fireEvent.click(view.getByRole('button', { name: /^Remove (?!WELCOME)/ }))
    expect(await view.findByText('Your cart is empty')).toBeTruthy()
    fireEvent.click(view.getByRole('button', { name: 'Undo' }))
    expect(await view.findByText('3 items')).toBeTruthy()
  })

  it('opens as a drawer with open() and closes with close()', async () => {
    const { element, view } = await mountShop({ mode: 'drawer' }, '')
    const dialog = await waitFor(() => {
      const found = element.shadowRoot?.querySelector('dialog')
      if (!found) throw new Error('no drawer yet')
      return found
    })
    expect(dialog.open).toBe(false)
    // Closed, the drawer renders nothing but itself.
    expect(view.queryByRole('button', { name: 'Check out' })).toBeNull()
    ;(element as HTMLElement & { open(): void }).open()
    await waitFor(() => expect(dialog.open).toBe(true))
    expect(view.getByRole('button', { name: 'Close checkout' })).toBeTruthy()
    ;(element as HTMLElement & { close(): void }).close()
    await waitFor(() => expect(dialog.open).toBe(false))
  })
})

describe('weship-checkout-abandon', () => {
  const hide = (state: 'hidden' | 'visible') => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  }
  afterEach(() => hide('visible'))

  it('fires once when a shopper past the cart leaves with items, not from the cart step', async () => {
    const abandons =
      collectEvents<WeshipEventMap['weship-checkout-abandon']>('weship-checkout-abandon')
    const { view } = await mountShop()
    hide('hidden')
    expect(abandons).toHaveLength(0)

    hide('visible')
    fireEvent.click(view.getByRole('button', { name: 'Check out' }))
    await view.findByRole('heading', { level: 2, name: 'Contact' })
    hide('hidden')
    hide('visible')
    hide('hidden')
    expect(abandons.map((event) => event.detail.step)).toEqual(['contact'])
    expect(abandons[0]?.detail.cart.itemCount).toBe(2)
  })
})

describe('a reminder link', () => {
  afterEach(() => history.replaceState(null, '', '/'))

  it('restores its cart on this device and takes the token out of the address bar', async () => {
    const shop = createMemoryAdapter()
    const cart = await shop.createCart({
      currency: 'EUR',
      items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 3 }],
    })
    const recoverCart = vi.fn(async () => shop.getCart(cart.id))
    history.replaceState(null, '', '/shop?weship_cart=tok_abc&utm_source=mail')
    const element = document.createElement('weship-checkout')
    element.adapter = { ...shop, recoverCart }
    element.setAttribute('locale', 'en')
    document.body.append(element)

    expect(await shadow(element).findByText('3 items')).toBeTruthy()
    expect(recoverCart).toHaveBeenCalledWith('tok_abc')
    expect(location.search).toBe('?utm_source=mail')
    expect(localStorage.getItem('weship:cart')).toBe(cart.id)
  })
})
