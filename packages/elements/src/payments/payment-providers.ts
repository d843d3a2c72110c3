import type { PaymentMethod } from '@weship/checkout-core'
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { createCardProvider } from './card-provider.js'
import type { PaymentProvider } from './payment-provider.js'

/** Providers by the method type they serve; a merchant's provider for a type replaces ours. */
export type PaymentProviders = ReadonlyMap<PaymentMethod['type'], PaymentProvider>

export function createPaymentProviders(...providers: PaymentProvider[]): PaymentProviders {
  return new Map(providers.map((provider) => [provider.type, provider]))
}

/** Built on first use, so loading the script does not create the card provider. */
let defaults: PaymentProviders | undefined
export function defaultPaymentProviders(): PaymentProviders {
  defaults ??= createPaymentProviders(createCardProvider())
  return defaults
}

/** The built-in providers with a merchant's on top (theirs win for a method type). */
export function withDefaultProviders(custom: readonly PaymentProvider[]): PaymentProviders {
  return createPaymentProviders(...defaultPaymentProviders().values(), ...custom)
}

/** Null means the built-in providers; the element passes a merchant's `paymentProviders`. */
export const PaymentProvidersContext = createContext<PaymentProviders | null>(null)

/** The provider for a method, or null when it needs none (a gift card paying it all). */
export function usePaymentProvider(method: PaymentMethod | undefined): PaymentProvider | null {
  const providers = useContext(PaymentProvidersContext) ?? defaultPaymentProviders()
  return (method && providers.get(method.type)) ?? null
}
