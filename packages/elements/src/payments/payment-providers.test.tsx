import { render } from '@testing-library/preact'
import type { PaymentMethod } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import type { PaymentProvider } from './payment-provider.js'
import {
  createPaymentProviders,
  PaymentProvidersContext,
  usePaymentProvider,
} from './payment-providers.js'

const hostedCard: PaymentMethod = { id: 'card', type: 'card', label: 'Card' }
const stripeCard: PaymentMethod = {
  id: 'stripe-card',
  type: 'card',
  label: 'Card',
  provider: 'stripe',
  stripe: { publishableKey: 'pk_test_123' },
}

function providerFor(method: PaymentMethod, providers?: ReturnType<typeof createPaymentProviders>) {
  let found: PaymentProvider | null = null
  function Probe() {
    found = usePaymentProvider(method)
    return null
  }
  render(
    <PaymentProvidersContext.Provider value={providers ?? null}>
      <Probe />
    </PaymentProvidersContext.Provider>,
  )
  return found as PaymentProvider | null
}

describe('picking a method’s provider', () => {
  it('serves Stripe methods with the built-in Stripe provider, other cards with the hosted fields', () => {
    const stripe = providerFor(stripeCard)
    expect(stripe).toMatchObject({ type: 'card', name: 'stripe', mountTarget: 'light' })
    expect(stripe?.handleAction).toBeTypeOf('function')
    const card = providerFor(hostedCard)
    expect(card?.name).toBeUndefined()
    expect(card?.mountTarget).toBe('shadow')
  })

  it('lets a merchant’s provider of the same name win', () => {
    const mine: PaymentProvider = {
      type: 'card',
      name: 'stripe',
      mount: () => ({ tokenize: async () => ({ token: 't' }), destroy() {} }),
    }
    expect(providerFor(stripeCard, createPaymentProviders(mine))).toBe(mine)
  })

  it('says which provider is missing when a method names one nobody registered', () => {
    const adyen = { ...hostedCard, id: 'adyen-card', provider: 'adyen' }
    const provider = providerFor(adyen, createPaymentProviders())
    expect(() =>
      provider?.mount(document.createElement('div'), {
        method: adyen,
        locale: 'en',
        title: 'Card',
        amount: { amount: 1, currency: 'EUR' },
      }),
    ).toThrow(/"adyen" payment provider/)
  })
})
