import type {
  Appearance,
  CssFontSource,
  CustomFontSource,
  Stripe,
  StripeElements,
  StripePaymentElement,
} from '@stripe/stripe-js'
import { CheckoutError, toStripeAmount } from '@weship/checkout-core'
import type {
  MountedPayment,
  PaymentMountContext,
  PaymentToken,
  TokenizeRequest,
} from '../payment-provider.js'
import { readAppearance, watchAppearance, withOverrides } from './stripe-appearance.js'
import { stripeFailure } from './stripe-errors.js'
import { stripeLocale } from './stripe-locale.js'

interface Mounted {
  stripe: Stripe
  elements: StripeElements
  element: StripePaymentElement
}

interface PaymentElementOptions {
  appearance: Appearance | undefined
  fonts: Array<CssFontSource | CustomFontSource> | undefined
  timeoutMs: number
}

/**
 * The Payment Element in `container`, created without an intent (deferred intent): the amount
 * and currency are the cart's amount due and follow it through `update`. Card data stays in
 * Stripe's frames; the widget gets a ConfirmationToken id and the card's brand and last four.
 */
export function mountPaymentElement(
  stripeReady: Promise<Stripe>,
  container: HTMLElement,
  context: PaymentMountContext,
  options: PaymentElementOptions,
): MountedPayment {
  let destroyed = false
  let latest = { amount: context.amount, locale: context.locale }
  let stopWatching: (() => void) | undefined
  let tokenizing: Promise<PaymentToken> | null = null
  const appearance = () => withOverrides(readAppearance(container), options.appearance)

  const ready = stripeReady.then((stripe): Mounted => {
    if (destroyed) throw new CheckoutError('CANCELLED', 'The card fields were closed.')
    const elements = stripe.elements({
      mode: 'payment',
      ...toStripeAmount(latest.amount),
      locale: stripeLocale(latest.locale),
      appearance: appearance(),
      ...(options.fonts ? { fonts: options.fonts } : {}),
    })
    // The widget already has the payer's name, e-mail and billing address: Stripe asks for the
    // card alone, and gets those when the token is made.
    const element = elements.create('payment', {
      fields: { billingDetails: { name: 'never', email: 'never', address: 'never' } },
    })
    element.mount(container)
    stopWatching = watchAppearance(container, () => elements.update({ appearance: appearance() }))
    return { stripe, elements, element }
  })
  // Reported by the tokenize that needs the Element, not as an unhandled rejection.
  ready.catch(() => {})

  async function tokenize(request: TokenizeRequest | undefined): Promise<PaymentToken> {
    const { stripe, elements } = await withTimeout(ready, options.timeoutMs)
    // Shows the Element's own field errors and settles what it collects (a wallet's sheet).
    const submitted = await elements.submit()
    if (submitted.error) throw stripeFailure(submitted.error)
    const result = await stripe.createConfirmationToken({
      elements,
      params: { payment_method_data: { billing_details: billingDetails(request) } },
    })
    if (result.error) throw stripeFailure(result.error)
    const card = result.confirmationToken.payment_method_preview.card
    return { token: result.confirmationToken.id, brand: card?.brand, last4: card?.last4 }
  }

  return {
    tokenize(request) {
      // One token at a time: a second press waits for the first answer.
      tokenizing ??= tokenize(request).finally(() => {
        tokenizing = null
      })
      return tokenizing
    },
    update(change) {
      latest = change
      void ready.then(({ elements }) =>
        elements.update({ ...toStripeAmount(change.amount), locale: stripeLocale(change.locale) }),
      )
    },
    destroy() {
      destroyed = true
      stopWatching?.()
      void ready.then(
        ({ element }) => element.destroy(),
        () => {},
      )
    },
  }
}

/** What the Payment Element was told not to ask for, from what the widget has. */
function billingDetails(request: TokenizeRequest | undefined) {
  const address = request?.billingAddress
  return {
    name: address?.name ?? null,
    email: request?.email ?? null,
    ...(address?.phone ? { phone: address.phone } : {}),
    address: {
      line1: address?.line1 ?? '',
      line2: address?.line2 ?? '',
      city: address?.city ?? '',
      state: address?.region ?? '',
      postal_code: address?.postalCode ?? '',
      country: address?.country ?? '',
    },
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new CheckoutError('NETWORK', 'Stripe.js did not load in time.', { reason: 'timeout' }))
    }, ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}
