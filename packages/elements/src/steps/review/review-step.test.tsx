import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { answerTestChallenge } from '@weship/mock-server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { heldPaymentToken } from '../../payments/payment-token-store.js'
import { wholeText } from '../../testing/dom.js'
import {
  fakeCardProvider,
  fakeFrameWindows,
  holdCard,
  renderWithProviders,
  shopAtReview,
  testCard,
} from '../../testing/payment-harness.js'
import { ReviewStep } from './review-step.js'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

async function reviewStep(card: string = testCard.approves, locale = 'en') {
  const shop = await shopAtReview(card)
  const { providers } = fakeCardProvider(shop.engine)
  renderWithProviders(<ReviewStep />, shop.checkout, providers, locale)
  return shop
}

const payButton = () => screen.getByRole('button', { name: /^Pay / })

describe('ReviewStep', () => {
  it('shows every section, and "Edit" goes back to its step', async () => {
    const { checkout } = await reviewStep()
    expect(screen.getByText('ada@example.com')).toBeTruthy()
    expect(screen.getByText('Unter den Linden 1')).toBeTruthy()
    expect(screen.getByText(/^Arrives /)).toBeTruthy()
    expect(screen.getByText(wholeText('Visa ending in 4242'))).toBeTruthy()
    expect(screen.getByText('Billing address: same as shipping')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Edit Delivery' }))
    expect(checkout.step.value).toBe('shipping')
  })

  it('states the amount due and places exactly one order on a double click', async () => {
    const { checkout, placeOrder } = await reviewStep()
    const amount = checkout.cart.value?.amountDue.amount ?? 0
    expect(payButton().textContent).toBe(`Pay €${(amount / 100).toFixed(2)}`)
    payButton().focus()
    fireEvent.click(payButton())
    fireEvent.click(payButton())
    const busy = await screen.findByRole('button', { name: 'Placing your order…' })
    expect(busy.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(busy)
    fireEvent.click(busy)
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
    expect(placeOrder).toHaveBeenCalledOnce()
    expect(checkout.order.value?.receipt.payments[0]?.last4).toBe('4242')
    await waitFor(() => expect(heldPaymentToken(checkout).value).toBeNull())
  })

  it('keeps every input after a decline, focuses why, and offers one way on', async () => {
    const { checkout, engine } = await reviewStep(testCard.declines)
    fireEvent.click(payButton())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Your bank declined this payment, and nothing was charged.')
    await waitFor(() => expect(document.activeElement).toBe(alert))
    expect(checkout.contact.value.email).toBe('ada@example.com')
    expect(checkout.shippingAddress.value.line1).toBe('Unter den Linden 1')
    // One action, not "Try again" beside a "Pay" that would do the same.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Edit',
      'Edit',
      'Edit',
      'Enter card details',
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Enter card details' }))
    expect(checkout.step.value).toBe('payment')
    holdCard(checkout, engine, testCard.approves)
    expect(checkout.goTo('review')).toBe(true)
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    fireEvent.click(await screen.findByRole('button', { name: /^Pay / }))
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
  })

  it('words a wrong security code as such, with what to do about it', async () => {
    await reviewStep(testCard.wrongCvc)
    fireEvent.click(payButton())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("The security code (CVC) doesn't match this card")
    expect(alert.textContent).toContain('check the code on the card')
  })

  it('asks for the card again in place of "Pay" when no token is held (after a reload)', async () => {
    const { checkout, placeOrder } = await reviewStep()
    heldPaymentToken(checkout).value = null
    expect(await screen.findByText('Your card details are needed again to pay.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^Pay / })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Enter card details' }))
    expect(checkout.step.value).toBe('payment')
    expect(placeOrder).not.toHaveBeenCalled()
  })

  it('runs a 3-D Secure challenge in a dialog and completes on the bank’s message', async () => {
    const frames = fakeFrameWindows()
    const { checkout, engine } = await reviewStep(testCard.challenges)
    fireEvent.click(payButton())
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the payment with your bank' })
    expect((dialog as HTMLDialogElement).open).toBe(true)
    // Nothing may change under an order waiting for the bank: "Edit" is off, as the model says.
    const edit = screen.getByRole('button', { name: 'Edit Delivery', hidden: true })
    expect(edit.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(edit)
    expect(checkout.step.value).toBe('review')
    const action = checkout.pendingAction.value
    if (action?.type !== 'three_d_secure') throw new Error('no challenge')
    const frame = dialog.querySelector('iframe')
    expect(frame?.title).toBe("Your bank's verification page")
    expect(answerTestChallenge(engine, action.id, 'pass')).toBe(true)
    const bank = new URL(action.url).origin
    frames.post({ type: 'weship:3ds-complete', actionId: action.id }, 'https://evil.example')
    expect(checkout.paymentStatus.value).toBe('action_required')
    frames.post({ type: 'weship:3ds-complete', actionId: action.id }, bank)
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
  })

  it('cancels the challenge with Esc, says nothing was charged, and keeps focus', async () => {
    fakeFrameWindows()
    const { checkout } = await reviewStep(testCard.challenges)
    payButton().focus()
    fireEvent.click(payButton())
    const dialog = await screen.findByRole('dialog')
    // The card is in use, not missing: no "card details needed" behind the bank's page.
    expect(screen.queryByText(/card details are needed/)).toBeNull()
    screen.getByRole('button', { name: 'Cancel payment' }).focus()
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(checkout.paymentStatus.value).toBe('idle')
    expect(checkout.step.value).toBe('review')
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain("You closed your bank's check, so nothing was charged.")
    // The dialog is removed, not closed, so the browser would leave focus on <body>.
    await waitFor(() => expect(document.activeElement).toBe(notice))
  })

  it('cancels the challenge on Escape pressed inside the bank’s frame', async () => {
    const frames = fakeFrameWindows()
    const { checkout } = await reviewStep(testCard.challenges)
    fireEvent.click(payButton())
    await screen.findByRole('dialog')
    const action = checkout.pendingAction.value
    if (action?.type !== 'three_d_secure') throw new Error('no challenge')
    const bank = new URL(action.url).origin
    frames.post({ type: 'weship:escape' }, 'https://evil.example')
    expect(checkout.paymentStatus.value).toBe('action_required')
    frames.post({ type: 'weship:escape' }, bank)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(checkout.paymentFailure.value?.reason).toBe('authentication_cancelled')
  })

  it('says a failed bank check failed, not that the card was declined', async () => {
    const frames = fakeFrameWindows()
    const { checkout, engine } = await reviewStep(testCard.challenges)
    fireEvent.click(payButton())
    await screen.findByRole('dialog')
    const action = checkout.pendingAction.value
    if (action?.type !== 'three_d_secure') throw new Error('no challenge')
    answerTestChallenge(engine, action.id, 'fail')
    frames.post({ type: 'weship:3ds-complete', actionId: action.id }, new URL(action.url).origin)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("Your bank couldn't confirm this payment")
  })

  it('shows the new total after a CONFLICT and pays it once accepted', async () => {
    const { checkout, adapter, cartId } = await reviewStep()
    const [line] = checkout.cart.value?.items ?? []
    await adapter.updateItem(cartId, line?.id ?? '', 2)
    fireEvent.click(payButton())
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toMatch(/Your total has changed from €[\d.]+ to €[\d.]+\./)
    fireEvent.click(screen.getByRole('button', { name: 'Accept new total' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(checkout.cart.value?.items[0]?.quantity).toBe(2)
    fireEvent.click(payButton())
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
  })

  it('speaks Arabic', async () => {
    await reviewStep(testCard.approves, 'ar')
    expect(screen.getByRole('button', { name: /^ادفع / })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'الدفع' })).toBeTruthy()
  })
})

describe('ReviewStep with a refused token', () => {
  it('sends the shopper back for the card and forgets the spent token', async () => {
    const { checkout, engine } = await shopAtReview()
    const { providers } = fakeCardProvider(engine)
    renderWithProviders(<ReviewStep />, checkout, providers)
    heldPaymentToken(checkout).value = { token: 'tok_used_up', methodId: 'card', last4: '4242' }
    fireEvent.click(await screen.findByRole('button', { name: /^Pay / }))
    await waitFor(() => expect(checkout.step.value).toBe('payment'))
    expect(checkout.fieldErrors.value['payment.token']?.reason).toBe('payment_token_invalid')
    await waitFor(() => expect(heldPaymentToken(checkout).value).toBeNull())
  })
})
