import { fireEvent, waitFor } from '@testing-library/preact'
import type { CheckoutAdapter } from '@weship/checkout-core'
import { expect } from 'vitest'
import type { CheckoutElement } from '../elements/checkout-element.js'
import type { PaymentProvider } from '../payments/payment-provider.js'
import { shadow } from './dom.js'

// A shopper at a real <weship-checkout> in happy-dom, acting by role and label as a person would.

export const ada = {
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  line1: 'Torstraße 109',
  city: 'Berlin',
  postalCode: '10119',
} as const

export type Buyer = typeof ada

/** A checkout mounted as a merchant would, with a card provider standing in for the iframe. */
export function mountCheckout(options: {
  adapter: CheckoutAdapter
  cartId: string
  card: PaymentProvider
}): CheckoutElement {
  const element = document.createElement('weship-checkout')
  element.adapter = options.adapter
  element.paymentProviders = [options.card]
  // en-DE: English words, Germany preselected for the address.
  element.setAttribute('locale', 'en-DE')
  element.setAttribute('cart', options.cartId)
  document.body.append(element)
  return element
}

export function shopperAt(element: CheckoutElement) {
  const view = shadow(element)
  const button = (name: string | RegExp) => view.getByRole('button', { name })
  const type = (name: string, value: string) =>
    fireEvent.input(view.getByRole('textbox', { name }), { target: { value } })
  const value = (name: string) => (view.getByRole('textbox', { name }) as HTMLInputElement).value

  return {
    view,
    /** The first element of a part, e.g. `order-number`. */
    part: (name: string) => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null,
    /** The heading of the step on screen. */
    step: () => element.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? '',
    async expectStep(title: string) {
      await waitFor(() => expect(this.step()).toBe(title), { timeout: 3000 })
    },
    /** Every alert the widget shows, as text. */
    alerts: () => view.queryAllByRole('alert').map((alert) => alert.textContent ?? ''),
    click: (name: string | RegExp) => fireEvent.click(button(name)),
    findButton: (name: string | RegExp) => view.findByRole('button', { name }),
    type,
    value,
    /** Waits for a text field: the steps after the cart are a chunk that may still be coming. */
    findField: (name: string) => view.findByRole('textbox', { name }),
    typeEmail: (buyer: Buyer = ada) => type('E-mail', buyer.email),
    typeAddress(buyer: Buyer = ada) {
      type('Full name', buyer.name)
      type('Address', buyer.line1)
      type('City', buyer.city)
      type('Postal code', buyer.postalCode)
    },
    /** Leaves the address form, which saves it and lists the delivery options. */
    leaveAddress: () => fireEvent.focusOut(view.getByRole('group', { name: 'Shipping address' })),
    deliveryOptions: () => view.queryAllByRole('radio', { name: /delivery/i }),
  }
}

export type Shopper = ReturnType<typeof shopperAt>

/** Cart to confirmation with nothing going wrong; returns the order number shown. */
export async function purchase(shopper: Shopper, buyer: Buyer = ada): Promise<string> {
  fireEvent.click(await shopper.findButton('Check out'))
  await shopper.expectStep('Contact')
  await shopper.findField('E-mail')
  shopper.typeEmail(buyer)
  shopper.click('Continue to shipping')
  await shopper.expectStep('Shipping')
  await shopper.findField('Full name')
  shopper.typeAddress(buyer)
  shopper.leaveAddress()
  await waitFor(() => expect(shopper.deliveryOptions().length).toBeGreaterThan(0))
  shopper.click('Continue to payment')
  await shopper.expectStep('Payment')
  fireEvent.click(await shopper.findButton('Continue to review'))
  await shopper.expectStep('Review and pay')
  fireEvent.click(await shopper.findButton(/^Pay /))
  await shopper.expectStep('Thank you for your order')
  return shopper.part('order-number')?.textContent ?? ''
}
