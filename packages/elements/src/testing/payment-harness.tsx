import type { Checkout, CheckoutAdapter } from '@weship/checkout-core'
import {
  type CommerceEngine,
  createCommerceEngine,
  createMemoryAdapter,
  createTestCardToken,
} from '@weship/mock-server'
import type { ComponentChild } from 'preact'
import { vi } from 'vitest'
import type { PaymentProvider, PaymentToken } from '../payments/payment-provider.js'
import { createPaymentProviders, PaymentProvidersContext } from '../payments/payment-providers.js'
import { heldPaymentToken } from '../payments/payment-token-store.js'
import { checkoutWithCart, renderStep } from './render-step.js'

export const testCard = {
  approves: '4242424242424242',
  declines: '4000000000000002',
  wrongCvc: '4000000000000127',
  challenges: '4000002760003184',
} as const

/** A shop whose cart has contact, address and delivery saved: the payment step is next. */
export async function shopAtPayment(
  options: { giftCard?: string; adapter?: Partial<CheckoutAdapter> } = {},
) {
  const engine = createCommerceEngine()
  const memory = createMemoryAdapter(engine)
  // Counted, so tests can prove a double press gives one order.
  const placeOrder = vi.fn(memory.placeOrder)
  const adapter = { ...memory, placeOrder, ...options.adapter }
  const harness = await checkoutWithCart(undefined, { adapter })
  const { checkout } = harness
  await checkout.setContact({ email: 'ada@example.com' })
  await checkout.setShippingAddress({
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  })
  if (options.giftCard) await checkout.applyCode(options.giftCard)
  if (!checkout.goTo('payment')) throw new Error('The cart is not ready for payment')
  return { ...harness, engine, placeOrder }
}

/** The same shop at review, a token for `card` held as "Continue to review" would hold it. */
export async function shopAtReview(card: string = testCard.approves) {
  const shop = await shopAtPayment()
  const { checkout, engine } = shop
  await checkout.loadPaymentMethods()
  holdCard(checkout, engine, card)
  if (!checkout.goTo('review')) throw new Error('The cart is not ready for review')
  return shop
}

/** Holds a fresh token for a test card, as the card fields would have given it. */
export function holdCard(checkout: Checkout, engine: CommerceEngine, card: string) {
  heldPaymentToken(checkout).value = {
    token: createTestCardToken(engine, card),
    brand: 'visa',
    last4: card.slice(-4),
    methodId: 'card',
  }
}

/**
 * A card provider without an iframe: it "tokenizes" the test card the test names next, through
 * the engine, as the hosted fields would. Mounted fields are a plain element tests can find.
 */
export function fakeCardProvider(engine: CommerceEngine) {
  let card: string = testCard.approves
  const tokenize = vi.fn(
    async (): Promise<PaymentToken> => ({
      token: createTestCardToken(engine, card),
      brand: card.startsWith('4') ? 'visa' : 'mastercard',
      last4: card.slice(-4),
    }),
  )
  const destroy = vi.fn()
  const provider: PaymentProvider = {
    type: 'card',
    mount(container) {
      const fields = document.createElement('div')
      fields.dataset.testid = 'card-fields'
      container.append(fields)
      return {
        tokenize,
        destroy: () => {
          destroy()
          fields.remove()
        },
      }
    },
  }
  const useCard = (number: string) => {
    card = number
  }
  return { providers: createPaymentProviders(provider), tokenize, destroy, useCard }
}

/** Renders a view with a checkout, a translator and payment providers (by default the fake card). */
export function renderWithProviders(
  view: ComponentChild,
  checkout: Checkout,
  providers: ReturnType<typeof createPaymentProviders> = createPaymentProviders(),
  locale = 'en',
) {
  return renderStep(
    <PaymentProvidersContext.Provider value={providers}>{view}</PaymentProvidersContext.Provider>,
    checkout,
    locale,
  )
}

/** Stands in for a payment page's window, so a test can post as the frame would. */
export function fakeFrameWindows() {
  const frameWindow = { postMessage: vi.fn() } as unknown as Window
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue(frameWindow)
  const post = (data: unknown, origin: string) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: frameWindow }))
  return { frameWindow, post }
}
