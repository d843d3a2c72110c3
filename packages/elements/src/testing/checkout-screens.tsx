import { signal } from '@preact/signals'
import { cleanup, waitFor } from '@testing-library/preact'
import { createCartSession } from '@weship/checkout-core'
import { createCommerceEngine, createFixedClock, createMemoryAdapter } from '@weship/mock-server'
import '../define.js'
import { CheckoutFlow } from '../steps/checkout-flow.js'
import { loadLaterSteps } from '../steps/use-later-steps.js'
import { resetPage } from './dom.js'
import { fakeCardProvider, holdCard, renderWithProviders, testCard } from './payment-harness.js'
import { checkoutWithCart } from './render-step.js'

/** What the checkout and the status page show at each stop, as a shopper in `locale` sees it. */
export interface Screen {
  name: string
  root: ParentNode
}

const address = {
  name: 'Ada Lovelace',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

const part = (root: ParentNode, name: string) => {
  const found = root.querySelector<HTMLElement>(`[part~="${name}"]`)
  if (!found) throw new Error(`no [part~="${name}"]`)
  return found
}

/**
 * Every step of the checkout, one at a time in one shop, each given to `visit` while on screen:
 * the cart with a promo code, the contact step with its errors, delivery options, payment,
 * review, the confirmation; then the status page with a package in transit, and its form.
 */
export async function visitScreens(locale: string, visit: (screen: Screen) => void) {
  await loadLaterSteps()
  // A Tuesday morning in Berlin: the same delivery dates on every run.
  const engine = createCommerceEngine({ clock: createFixedClock(new Date('2026-12-01T08:00:00Z')) })
  const adapter = createMemoryAdapter(engine)
  const items = [
    { sku: 'COTTON-TEE-WHITE-M', quantity: 2 },
    { sku: 'STONEWARE-MUG-SLATE', quantity: 1 },
  ]
  const { checkout } = await checkoutWithCart(items, { adapter })
  await checkout.applyCode('WELCOME10')
  const session = createCartSession({ adapter })
  await session.load(checkout.cart.value?.id ?? '')
  const { providers } = fakeCardProvider(engine)
  const view = (
    <CheckoutFlow session={session} removed={signal(null)} onStartOver={() => undefined} />
  )
  const { container } = renderWithProviders(view, checkout, providers, locale)
  const at = async (name: string, step: string) => {
    await waitFor(() => part(container, 'step').dataset.step === step || Promise.reject())
    await waitFor(() => {
      if (container.textContent?.includes('…') && container.querySelector('[aria-busy="true"]'))
        throw new Error('busy')
    })
    visit({ name, root: container })
  }

  await at('cart', 'cart')
  checkout.goTo('contact')
  part(container, 'continue-button').click()
  await waitFor(() => part(container, 'error-summary'))
  await at('contact with errors', 'contact')
  await checkout.setContact({ email: 'ada@example.com', locale })
  await checkout.setShippingAddress(address)
  checkout.goTo('shipping')
  await waitFor(() => part(container, 'shipping-option'))
  await at('shipping', 'shipping')
  await checkout.loadPaymentMethods()
  checkout.goTo('payment')
  await at('payment', 'payment')
  holdCard(checkout, engine, testCard.approves)
  checkout.goTo('review')
  await at('review', 'review')
  part(container, 'place-order-button').click()
  await at('confirmation', 'confirmation')
  const order = checkout.order.value
  cleanup()

  engine.clock.advance(10 * 3600_000)
  for (const [name, attributes] of [
    ['order status', { order: order?.id ?? '', token: order?.statusToken ?? '' }],
    ['order lookup', { order: order?.id ?? '' }],
  ] as const) {
    const element = document.createElement('weship-order-status')
    element.adapter = adapter
    element.setAttribute('locale', locale)
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
    document.body.append(element)
    const root = element.shadowRoot as ShadowRoot
    await waitFor(() => part(root, name === 'order status' ? 'timeline' : 'verify-form'))
    visit({ name, root })
    resetPage()
  }
}
