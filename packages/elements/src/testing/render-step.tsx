// Components re-render on signal reads only once @preact/signals has hooked into Preact.
import '@preact/signals'
import { render } from '@testing-library/preact'
import {
  type CartSession,
  type Checkout,
  type CheckoutAdapter,
  type CheckoutOptions,
  createCartSession,
  createCheckout,
} from '@weship/checkout-core'
import { createMemoryAdapter } from '@weship/mock-server'
import type { ComponentChild } from 'preact'
import { CheckoutContext } from '../components/checkout-context.js'
import { TranslatorContext } from '../components/translator-context.js'
import { createTranslator } from '../i18n/translator.js'

export interface StepHarness {
  checkout: Checkout
  adapter: CheckoutAdapter
  /** The page's cart session the checkout works on. */
  session: CartSession
  cartId: string
}

/**
 * A checkout over the in-process mock shop with a cart of `items`, resumed and ready: the
 * same engine the demo serves, so steps are tested against real prices, rules and refusals.
 */
export async function checkoutWithCart(
  items: { sku: string; quantity: number }[] = [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }],
  options: Partial<CheckoutOptions> = {},
): Promise<StepHarness> {
  const adapter = options.adapter ?? createMemoryAdapter()
  const cart = await adapter.createCart({ currency: 'EUR', items })
  const session = createCartSession({ adapter })
  await session.load(cart.id)
  const storage = new Map<string, string>()
  const checkout = createCheckout({
    adapter,
    session,
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    ...options,
  })
  await checkout.resume()
  return { checkout, adapter, session, cartId: cart.id }
}

/** Renders a step view inside the providers its element gives it. */
export function renderStep(view: ComponentChild, checkout: Checkout, locale = 'en') {
  return render(
    <TranslatorContext.Provider value={createTranslator(locale)}>
      <CheckoutContext.Provider value={checkout}>{view}</CheckoutContext.Provider>
    </TranslatorContext.Provider>,
  )
}
