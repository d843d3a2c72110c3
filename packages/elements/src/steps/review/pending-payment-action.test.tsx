import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import {
  CheckoutError,
  type PaymentAction,
  type PaymentMethod,
  type PlaceOrderResult,
} from '@weship/checkout-core'
import { createTestCardToken } from '@weship/mock-server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PaymentActionOutcome, PaymentProvider } from '../../payments/payment-provider.js'
import { createPaymentProviders } from '../../payments/payment-providers.js'
import { heldPaymentToken } from '../../payments/payment-token-store.js'
import { renderWithProviders, shopAtPayment } from '../../testing/payment-harness.js'
import { ReviewStep } from './review-step.js'

afterEach(cleanup)

// The seam the issue asks for: an action the backend answers with is run by the method's
// provider when it has a handler, with no knowledge of Stripe in the steps.

const stripeMethod: PaymentMethod = {
  id: 'stripe-card',
  type: 'card',
  label: 'Card',
  provider: 'stripe',
  stripe: { publishableKey: 'pk_test_123' },
}
const action: PaymentAction = {
  id: 'pi_1',
  type: 'stripe_next_action',
  clientSecret: 'pi_1_secret_abc',
}

/** A shop at review whose backend asks for a Stripe next action, then places the order. */
async function reviewWithAction(handleAction: PaymentProvider['handleAction']) {
  let completions = 0
  const shop = await shopAtPayment({
    adapter: {
      listPaymentMethods: async () => [stripeMethod],
      placeOrder: async (): Promise<PlaceOrderResult> => ({ status: 'action_required', action }),
      completePaymentAction: async (cartId) => {
        completions += 1
        // The backend found the PaymentIntent succeeded: the order, as the mock shop makes it.
        const { version } = await shop.adapter.getCart(cartId)
        const token = createTestCardToken(shop.engine, '4242424242424242')
        return shop.placeOrder(
          cartId,
          { cartVersion: version, payment: { methodId: 'card', token } },
          { idempotencyKey: `complete-${cartId}` },
        )
      },
    },
  })
  const { checkout } = shop
  await checkout.loadPaymentMethods()
  heldPaymentToken(checkout).value = { token: 'ctoken_1', methodId: 'stripe-card', last4: '3184' }
  if (!checkout.goTo('review')) throw new Error('not ready for review')
  const provider: PaymentProvider = {
    type: 'card',
    name: 'stripe',
    mountTarget: 'light',
    mount: () => ({ tokenize: vi.fn(), destroy: vi.fn() }),
    ...(handleAction ? { handleAction } : {}),
  }
  renderWithProviders(<ReviewStep />, checkout, createPaymentProviders(provider))
  return { ...shop, completions: () => completions }
}

const pay = () => fireEvent.click(screen.getByRole('button', { name: /^Pay / }))

describe('a payment action run by the provider', () => {
  it('hands the action to the provider once, then completes the order with the backend', async () => {
    const handleAction = vi.fn(async (): Promise<PaymentActionOutcome> => 'completed')
    const { checkout, completions } = await reviewWithAction(handleAction)
    pay()
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
    expect(handleAction).toHaveBeenCalledExactlyOnceWith(action, {
      method: stripeMethod,
      locale: 'en',
    })
    expect(completions()).toBe(1)
    // Stripe shows its own challenge: the widget frames nothing.
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows that the bank is being asked while the provider runs', async () => {
    let finish: (outcome: PaymentActionOutcome) => void = () => {}
    const handleAction = vi.fn(
      () => new Promise<PaymentActionOutcome>((resolve) => (finish = resolve)),
    )
    const { checkout } = await reviewWithAction(handleAction)
    pay()
    expect(await screen.findByText('Confirming your payment with your bank…')).toBeTruthy()
    await waitFor(() => expect(handleAction).toHaveBeenCalled())
    expect(checkout.step.value).toBe('review')
    finish('completed')
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
  })

  it('ends the attempt when the shopper cancels in the provider', async () => {
    const { checkout, completions } = await reviewWithAction(async () => 'cancelled')
    pay()
    await waitFor(() => expect(checkout.paymentStatus.value).toBe('idle'))
    expect(checkout.step.value).toBe('review')
    expect(completions()).toBe(0)
    expect((await screen.findByRole('alert')).textContent).toContain("You closed your bank's check")
  })

  it('ends the attempt when no provider can run the action (and there is no page to frame)', async () => {
    const { checkout, completions } = await reviewWithAction(undefined)
    pay()
    await waitFor(() => expect(checkout.paymentStatus.value).toBe('idle'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(completions()).toBe(0)
    // Not "you closed your bank's check": the shopper closed nothing.
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain("Your payment couldn't be confirmed")
  })

  it('offers to try again when the provider could not run it, and runs it again', async () => {
    const handleAction = vi
      .fn<NonNullable<PaymentProvider['handleAction']>>()
      .mockRejectedValueOnce(new CheckoutError('NETWORK', 'Stripe unreachable'))
      .mockResolvedValueOnce('completed')
    const { checkout } = await reviewWithAction(handleAction)
    pay()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("We couldn't open your bank's verification.")
    expect(checkout.paymentStatus.value).toBe('action_required')
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(checkout.step.value).toBe('confirmation'))
    expect(handleAction).toHaveBeenCalledTimes(2)
  })
})
