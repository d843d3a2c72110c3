import type {
  ConfirmationToken,
  PaymentIntent,
  Stripe,
  StripeElements,
  StripeElementsOptions,
  StripeError,
  StripePaymentElement,
} from '@stripe/stripe-js'
import type { PaymentMethod } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PaymentMountContext } from '../payment-provider.js'
import { createStripeProvider, type StripeLoader } from './stripe-provider.js'

// The provider against the types of @stripe/stripe-js: every stand-in below is typed with the
// signature of the Stripe.js call it replaces, so a call the provider makes wrongly fails to
// compile here before it fails in a browser.

const method: PaymentMethod = {
  id: 'stripe-card',
  type: 'card',
  label: 'Card',
  provider: 'stripe',
  stripe: { publishableKey: 'pk_test_123', stripeAccount: 'acct_42' },
}
const ada = {
  email: 'ada@example.com',
  billingAddress: {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  },
}

function confirmationToken(card: { brand: string; last4: string }): ConfirmationToken {
  return {
    id: 'ctoken_1',
    object: 'confirmation_token',
    created: 1_700_000_000,
    expires_at: 1_700_043_200,
    livemode: false,
    payment_intent: null,
    setup_intent: null,
    return_url: null,
    setup_future_usage: null,
    shipping: null,
    use_stripe_sdk: true,
    payment_method_preview: {
      type: 'card',
      billing_details: { name: null, email: null, phone: null, address: null },
      card: {
        ...card,
        checks: null,
        country: 'US',
        display_brand: card.brand,
        exp_month: 12,
        exp_year: 2034,
        funding: 'credit',
        three_d_secure_usage: null,
        wallet: null,
      },
    } as ConfirmationToken.PaymentMethodPreview,
  }
}

const validationError: StripeError = {
  type: 'validation_error',
  code: 'incomplete_number',
  message: 'Your card number is incomplete.',
}

function fakeStripe() {
  const element = {
    mount: vi.fn<StripePaymentElement['mount']>(),
    destroy: vi.fn<StripePaymentElement['destroy']>(),
  }
  const elements = {
    create: vi.fn(() => element as unknown as StripePaymentElement),
    update: vi.fn<StripeElements['update']>(),
    submit: vi.fn<StripeElements['submit']>(async () => ({})),
  }
  const stripe = {
    elements: vi.fn((_options?: StripeElementsOptions) => elements as unknown as StripeElements),
    createConfirmationToken: vi.fn<Stripe['createConfirmationToken']>(async () => ({
      confirmationToken: confirmationToken({ brand: 'visa', last4: '4242' }),
    })),
    handleNextAction: vi.fn(async (_options: { clientSecret: string }) => ({
      paymentIntent: { id: 'pi_1', status: 'succeeded' } as PaymentIntent,
    })),
  }
  const loadStripe = vi.fn<StripeLoader>(async () => stripe as unknown as Stripe)
  return { stripe, elements, element, loadStripe }
}

function mountIn(
  provider: ReturnType<typeof createStripeProvider>,
  context: Partial<PaymentMountContext> = {},
) {
  const container = document.createElement('div')
  document.body.append(container)
  const mounted = provider.mount(container, {
    method,
    locale: 'de-AT',
    title: 'Secure card fields',
    amount: { amount: 4290, currency: 'EUR' },
    ...context,
  })
  return { container, mounted }
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('the Stripe provider', () => {
  it('loads nothing until a Stripe method is mounted, then Stripe.js once per key', async () => {
    const { loadStripe, stripe } = fakeStripe()
    const provider = createStripeProvider({ loadStripe })
    expect(provider).toMatchObject({ type: 'card', name: 'stripe', mountTarget: 'light' })
    expect(loadStripe).not.toHaveBeenCalled()
    mountIn(provider).mounted.destroy()
    const { mounted } = mountIn(provider)
    await mounted.tokenize(ada)
    expect(loadStripe).toHaveBeenCalledExactlyOnceWith('pk_test_123', { stripeAccount: 'acct_42' })
    expect(stripe.elements).toHaveBeenCalledTimes(1)
  })

  it('mounts the Payment Element without an intent, for the amount due, in the widget’s language', async () => {
    const { loadStripe, stripe, elements, element } = fakeStripe()
    const { container, mounted } = mountIn(createStripeProvider({ loadStripe }))
    await mounted.tokenize(ada)
    expect(stripe.elements).toHaveBeenCalledWith(
      expect.objectContaining({ mode: 'payment', amount: 4290, currency: 'eur', locale: 'de' }),
    )
    const appearance = stripe.elements.mock.calls[0]?.[0]?.appearance
    expect(appearance?.theme).toBe('stripe')
    // The widget collects name, e-mail and billing address itself.
    expect(elements.create).toHaveBeenCalledWith('payment', {
      fields: { billingDetails: { name: 'never', email: 'never', address: 'never' } },
    })
    expect(element.mount).toHaveBeenCalledWith(container)
  })

  it('adds the merchant’s Appearance values and web fonts to what it read from the widget', async () => {
    const { loadStripe, stripe } = fakeStripe()
    const fonts = [{ cssSrc: 'https://fonts.example/inter.css' }]
    const provider = createStripeProvider({
      loadStripe,
      fonts,
      appearance: { variables: { spacingUnit: '3px' }, rules: { '.Label': { fontWeight: '600' } } },
    })
    await mountIn(provider).mounted.tokenize(ada)
    const options = stripe.elements.mock.calls[0]?.[0]
    expect(options?.fonts).toEqual(fonts)
    expect(options?.appearance).toMatchObject({
      theme: 'stripe',
      variables: { spacingUnit: '3px' },
      rules: { '.Label': { fontWeight: '600' } },
    })
  })

  it('returns a ConfirmationToken with the card’s brand and last four, billed as the widget says', async () => {
    const { loadStripe, stripe, elements } = fakeStripe()
    const { mounted } = mountIn(createStripeProvider({ loadStripe }))
    const first = mounted.tokenize(ada)
    expect(mounted.tokenize(ada)).toBe(first)
    await expect(first).resolves.toEqual({ token: 'ctoken_1', brand: 'visa', last4: '4242' })
    expect(elements.submit).toHaveBeenCalledOnce()
    expect(stripe.createConfirmationToken).toHaveBeenCalledExactlyOnceWith({
      elements,
      params: {
        payment_method_data: {
          billing_details: {
            name: 'Ada Lovelace',
            email: 'ada@example.com',
            address: {
              line1: 'Unter den Linden 1',
              line2: '',
              city: 'Berlin',
              state: '',
              postal_code: '10117',
              country: 'DE',
            },
          },
        },
      },
    })
  })

  it('leaves field errors to the Payment Element and makes no token', async () => {
    const { loadStripe, stripe, elements } = fakeStripe()
    elements.submit.mockResolvedValueOnce({ error: validationError })
    const { mounted } = mountIn(createStripeProvider({ loadStripe }))
    await expect(mounted.tokenize(ada)).rejects.toMatchObject({
      code: 'VALIDATION',
      reason: 'card_details_invalid',
    })
    expect(stripe.createConfirmationToken).not.toHaveBeenCalled()
  })

  it('follows the amount due and the locale without remounting', async () => {
    const { loadStripe, stripe, elements } = fakeStripe()
    const { mounted } = mountIn(createStripeProvider({ loadStripe }))
    mounted.update?.({ amount: { amount: 12800, currency: 'JPY' }, locale: 'pt-BR' })
    await vi.waitFor(() =>
      expect(elements.update).toHaveBeenCalledWith({
        amount: 12800,
        currency: 'jpy',
        locale: 'pt-BR',
      }),
    )
    expect(stripe.elements).toHaveBeenCalledOnce()
  })

  it('says so when Stripe.js cannot load, and loads again on the next mount', async () => {
    const { loadStripe } = fakeStripe()
    loadStripe.mockRejectedValueOnce(new Error('Failed to load Stripe.js'))
    const provider = createStripeProvider({ loadStripe })
    await expect(mountIn(provider).mounted.tokenize(ada)).rejects.toMatchObject({
      code: 'NETWORK',
    })
    await expect(mountIn(provider).mounted.tokenize(ada)).resolves.toMatchObject({
      token: 'ctoken_1',
    })
    expect(loadStripe).toHaveBeenCalledTimes(2)
  })

  it('refuses a Stripe method without its publishable key as a setup error', async () => {
    const { loadStripe } = fakeStripe()
    const bare = { ...method, stripe: undefined }
    const { mounted } = mountIn(createStripeProvider({ loadStripe }), { method: bare })
    await expect(mounted.tokenize(ada)).rejects.toMatchObject({ code: 'CONFIG' })
    expect(loadStripe).not.toHaveBeenCalled()
  })

  it('destroys the Element with the step', async () => {
    const { loadStripe, element } = fakeStripe()
    const { mounted } = mountIn(createStripeProvider({ loadStripe }))
    await mounted.tokenize(ada)
    mounted.destroy()
    await vi.waitFor(() => expect(element.destroy).toHaveBeenCalledOnce())
  })
})

describe('Stripe’s next action', () => {
  const action = { id: 'pi_1', type: 'stripe_next_action' as const, clientSecret: 'pi_1_secret_x' }
  const context = { method, locale: 'en' }

  it('runs handleNextAction with the client secret, then lets the backend decide', async () => {
    const { loadStripe, stripe } = fakeStripe()
    const provider = createStripeProvider({ loadStripe })
    await expect(provider.handleAction?.(action, context)).resolves.toBe('completed')
    expect(stripe.handleNextAction).toHaveBeenCalledExactlyOnceWith({
      clientSecret: 'pi_1_secret_x',
    })
    // A failed authentication is the backend's to report (as a decline), not the widget's.
    stripe.handleNextAction.mockResolvedValueOnce({
      error: { type: 'card_error', code: 'payment_intent_authentication_failure' },
    } as never)
    await expect(provider.handleAction?.(action, context)).resolves.toBe('completed')
  })

  it('rejects when Stripe cannot be reached, so the shopper can try again', async () => {
    const { loadStripe, stripe } = fakeStripe()
    stripe.handleNextAction.mockResolvedValueOnce({
      error: { type: 'api_connection_error', message: 'offline' },
    } as never)
    const provider = createStripeProvider({ loadStripe })
    await expect(provider.handleAction?.(action, context)).rejects.toMatchObject({
      code: 'NETWORK',
    })
  })

  it('asks the backend again for an action whose secret a reload dropped', async () => {
    const { loadStripe, stripe } = fakeStripe()
    const provider = createStripeProvider({ loadStripe })
    const restored = { id: 'pi_1', type: 'stripe_next_action' as const }
    await expect(provider.handleAction?.(restored, context)).resolves.toBe('completed')
    expect(stripe.handleNextAction).not.toHaveBeenCalled()
  })
})
