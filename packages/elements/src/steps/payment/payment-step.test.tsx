import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { CheckoutError } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { heldPaymentToken } from '../../payments/payment-token-store.js'
import { wholeText } from '../../testing/dom.js'
import {
  fakeCardProvider,
  renderWithProviders,
  shopAtPayment,
} from '../../testing/payment-harness.js'
import { PaymentStep } from './payment-step.js'

afterEach(cleanup)

async function paymentStep(options: Parameters<typeof shopAtPayment>[0] = {}, locale = 'en') {
  const shop = await shopAtPayment(options)
  const card = fakeCardProvider(shop.engine)
  const view = renderWithProviders(<PaymentStep />, shop.checkout, card.providers, locale)
  return { ...shop, card, view }
}

const invoice = { id: 'invoice', type: 'invoice' as const, label: 'Invoice' }
/** The memory shop's payment origin: the one its adapter lets the checkout frame. */
const PAY = 'http://127.0.0.1:4011'

describe('PaymentStep', () => {
  it('shows the one method offered as a heading, with its card fields mounted', async () => {
    await paymentStep()
    expect(await screen.findByRole('heading', { name: 'Card' })).toBeTruthy()
    expect(screen.queryByRole('radiogroup')).toBeNull()
    expect(screen.getByTestId('card-fields')).toBeTruthy()
  })

  it('lists several methods as radio buttons and mounts only the chosen one’s fields', async () => {
    const { checkout } = await paymentStep({
      adapter: {
        listPaymentMethods: async () => [
          { id: 'card', type: 'card', label: 'Card', hostedFieldsUrl: `${PAY}/f` },
          invoice,
        ],
      },
    })
    const card = await screen.findByRole('radio', { name: 'Card' })
    expect(screen.getByRole('group', { name: 'Payment method' })).toBeTruthy()
    expect((card as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: 'Invoice' }))
    expect(checkout.selectedPaymentMethodId.value).toBe('invoice')
    await waitFor(() => expect(screen.queryByTestId('card-fields')).toBeNull())
  })

  it('bills the shipping address by default and shows the billing form when unticked', async () => {
    const { checkout } = await paymentStep()
    const same = await screen.findByRole('checkbox', { name: 'Billing address same as shipping' })
    expect((same as HTMLInputElement).checked).toBe(true)
    expect(screen.queryByRole('heading', { name: 'Billing address' })).toBeNull()
    fireEvent.click(same)
    expect(checkout.billingSameAsShipping.value).toBe(false)
    expect(await screen.findByRole('heading', { name: 'Billing address' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'Full name' })).toBeTruthy()
    fireEvent.click(same)
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Billing address' })).toBeNull(),
    )
  })

  it('tokenizes the card on "Continue to review" and holds the token in memory only', async () => {
    const { checkout, card } = await paymentStep()
    fireEvent.click(await screen.findByRole('button', { name: 'Continue to review' }))
    fireEvent.click(screen.getByRole('button', { name: 'Continue to review' }))
    await waitFor(() => expect(checkout.step.value).toBe('review'))
    expect(card.tokenize).toHaveBeenCalledOnce()
    const held = heldPaymentToken(checkout).value
    expect(held).toMatchObject({ methodId: 'card', brand: 'visa', last4: '4242' })
    expect(JSON.stringify(localStorage)).not.toContain(held?.token)
    expect(JSON.stringify(sessionStorage)).not.toContain(held?.token)
  })

  it('stays when the card fields refuse the card, saying where to look', async () => {
    const { checkout, card } = await paymentStep()
    card.tokenize.mockRejectedValueOnce(new CheckoutError('VALIDATION', 'Check the card.'))
    fireEvent.click(await screen.findByRole('button', { name: 'Continue to review' }))
    expect((await screen.findByRole('alert')).textContent).toBe('Please check your card details.')
    expect(checkout.step.value).toBe('payment')
  })

  it('shows the card already given, and fresh fields for a different one', async () => {
    const { checkout } = await paymentStep()
    heldPaymentToken(checkout).value = {
      token: 'tok',
      brand: 'visa',
      last4: '4242',
      methodId: 'card',
    }
    expect(await screen.findByText(wholeText('Visa ending in 4242'))).toBeTruthy()
    expect(screen.queryByTestId('card-fields')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Use a different card' }))
    expect(await screen.findByTestId('card-fields')).toBeTruthy()
  })

  it('says when a gift card pays everything, and asks for no card', async () => {
    const { checkout, card } = await paymentStep({ giftCard: 'GIFT-DEMO-EURO-0500' })
    expect(await screen.findByText(/gift card covers the whole order/)).toBeTruthy()
    expect(screen.queryByTestId('card-fields')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Continue to review' }))
    await waitFor(() => expect(checkout.step.value).toBe('review'))
    expect(card.tokenize).not.toHaveBeenCalled()
  })

  it('speaks Arabic right to left', async () => {
    await paymentStep({}, 'ar')
    expect(await screen.findByRole('button', { name: 'المتابعة إلى المراجعة' })).toBeTruthy()
    expect(
      screen.getByRole('checkbox', { name: 'عنوان الفاتورة هو نفسه عنوان الشحن' }),
    ).toBeTruthy()
  })
})
