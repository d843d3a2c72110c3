import { CheckoutError, type PaymentMethod } from '@weship/checkout-core'
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { lazyCardProvider } from './lazy-card-provider.js'
import { lazyPaymentProvider } from './lazy-payment-provider.js'
import type { PaymentProvider } from './payment-provider.js'

/** Providers by the name methods call them (`PaymentMethod.provider`), else by method type. */
export type PaymentProviders = ReadonlyMap<string, PaymentProvider>

export function createPaymentProviders(...providers: PaymentProvider[]): PaymentProviders {
  return new Map(providers.map((provider) => [provider.name ?? provider.type, provider]))
}

/** Stripe's Payment Element, fetched (chunk and Stripe.js) only once a method names it. */
const stripeProvider = () =>
  lazyPaymentProvider({ type: 'card', name: 'stripe', mountTarget: 'light' }, () =>
    import('./stripe/stripe-provider.js').then((module) => module.createStripeProvider()),
  )

/** Built on first use, so loading the script does not create the providers. */
let defaults: PaymentProviders | undefined
export function defaultPaymentProviders(): PaymentProviders {
  defaults ??= createPaymentProviders(lazyCardProvider(), stripeProvider())
  return defaults
}

/** The built-in providers with a merchant's on top (theirs win for a name or method type). */
export function withDefaultProviders(custom: readonly PaymentProvider[]): PaymentProviders {
  return createPaymentProviders(...defaultPaymentProviders().values(), ...custom)
}

/** Null means the built-in providers; the element passes a merchant's `paymentProviders`. */
export const PaymentProvidersContext = createContext<PaymentProviders | null>(null)

/**
 * The provider for a method, or null when it needs none (a gift card paying it all). A method
 * naming a provider nobody registered gets one that says so when mounted.
 */
export function usePaymentProvider(method: PaymentMethod | undefined): PaymentProvider | null {
  const providers = useContext(PaymentProvidersContext) ?? defaultPaymentProviders()
  if (!method) return null
  const named = method.provider
  if (!named) return providers.get(method.type) ?? null
  return providers.get(named) ?? missingProvider(method)
}

function missingProvider(method: PaymentMethod): PaymentProvider {
  return {
    type: method.type,
    mount() {
      throw new CheckoutError(
        'CONFIG',
        `Payment method "${method.id}" needs the "${method.provider}" payment provider; add it to paymentProviders.`,
      )
    },
  }
}
