import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { heldPaymentToken } from '../../payments/payment-token-store.js'
import { wholeText } from '../../testing/dom.js'
import { shopAtReview } from '../../testing/payment-harness.js'
import { renderStep } from '../../testing/render-step.js'
import { ConfirmationStep } from './confirmation-step.js'
import { OrderStatusUrlContext } from './order-status-url.js'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** An order placed through the mock shop with the test Visa, shown on the confirmation. */
async function confirmation(options: { statusUrl?: string; locale?: string } = {}) {
  const shop = await shopAtReview()
  const { checkout } = shop
  const status = await checkout.placeOrder(heldPaymentToken(checkout).value?.token)
  if (status !== 'placed') throw new Error(`Not placed: ${status}`)
  renderStep(
    <OrderStatusUrlContext.Provider value={options.statusUrl ?? null}>
      <ConfirmationStep />
    </OrderStatusUrlContext.Provider>,
    checkout,
    options.locale,
  )
  const order = checkout.order.value
  if (!order) throw new Error('no order')
  return { ...shop, order }
}

describe('ConfirmationStep', () => {
  it('shows the order number, the delivery estimate and the receipt with the last four', async () => {
    const { order } = await confirmation()
    const number = screen.getByText(order.number)
    expect(number.getAttribute('part')).toBe('order-number')
    // Once each: the heading thanks, this line names the order.
    expect(number.parentElement?.textContent).toBe(`Your order ${order.number} is confirmed.`)
    expect(document.body.textContent?.split(order.number)).toHaveLength(2)
    expect(document.body.textContent).not.toMatch(/Thank you/)
    expect(order.shippingOption.estimatedDelivery).not.toBeNull()
    expect(screen.getByText(/^Arrives /)).toBeTruthy()
    const receipt = screen.getByRole('region', { name: 'Receipt' })
    expect(within(receipt).getByText(wholeText('Visa ending in 4242'))).toBeTruthy()
    expect(within(receipt).getByText(order.receipt.items[0]?.name ?? '')).toBeTruthy()
    expect(within(receipt).getByText('Total')).toBeTruthy()
  })

  it('prints the receipt', async () => {
    await confirmation()
    const print = vi.fn()
    vi.stubGlobal('print', print)
    fireEvent.click(screen.getByRole('button', { name: 'Print receipt' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('links to the order status page with the order’s capability token', async () => {
    const { order } = await confirmation({ statusUrl: 'https://shop.example/orders' })
    const link = screen.getByRole('link', { name: 'View your order status' })
    const href = new URL(link.getAttribute('href') ?? '')
    expect(href.origin + href.pathname).toBe('https://shop.example/orders')
    expect(href.searchParams.get('order')).toBe(order.id)
    expect(href.searchParams.get('token')).toBe(order.statusToken)
  })

  it('shows no status link when no status page is configured', async () => {
    await confirmation()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('creates an account with a password only', async () => {
    const { checkout } = await confirmation()
    const password = screen.getByLabelText('Password')
    expect(password.getAttribute('type')).toBe('password')
    expect(password.getAttribute('autocomplete')).toBe('new-password')
    fireEvent.input(password, { target: { value: 'short' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }))
    await waitFor(() => expect(checkout.fieldErrors.value['account.password']).toBeTruthy())
    fireEvent.input(password, { target: { value: 'a long enough password' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }))
    expect((await screen.findByRole('status')).textContent).toBe(
      "Your account is ready, and you're signed in.",
    )
  })

  it('says why a blank or common password is refused', async () => {
    await confirmation()
    const password = screen.getByLabelText('Password')
    const create = screen.getByRole('button', { name: 'Create account' })
    fireEvent.input(password, { target: { value: ' '.repeat(12) } })
    fireEvent.click(create)
    expect(await screen.findByText('Choose a password that is not only spaces.')).toBeTruthy()
    // Long enough, but in every attacker's first list: the shop refuses it.
    fireEvent.input(password, { target: { value: 'Password123' } })
    fireEvent.click(create)
    expect(
      await screen.findByText('This password is too common. Choose one that is harder to guess.'),
    ).toBeTruthy()
  })

  it('says it in the shopper’s language', async () => {
    await confirmation({ locale: 'de' })
    fireEvent.input(screen.getByLabelText('Passwort'), { target: { value: 'qwertyuiop' } })
    fireEvent.click(screen.getByRole('button', { name: 'Konto erstellen' }))
    expect(
      await screen.findByText(
        'Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.',
      ),
    ).toBeTruthy()
  })

  it('speaks Arabic', async () => {
    const { order } = await confirmation({ locale: 'ar' })
    const number = screen.getByText(order.number)
    expect(number.parentElement?.textContent).toBe(`تم تأكيد طلبك ${order.number}.`)
    expect(screen.getByRole('button', { name: 'طباعة الإيصال' })).toBeTruthy()
  })
})
