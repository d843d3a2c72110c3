import type { CheckoutAdapter, WeshipEventMap } from '@weship/checkout-core'
import { createCommerceEngine, createMemoryAdapter } from '@weship/mock-server'
import { afterEach, describe, expect, it } from 'vitest'
import '../define.js'
import { collectEvents, resetPage } from '../testing/dom.js'
import { fakeCardProvider } from '../testing/payment-harness.js'
import { mountCheckout, purchase, shopperAt } from '../testing/shopper.js'

afterEach(resetPage)

/** The memory shop behind an adapter that declares no payment origin of its own. */
async function shopDeclaringNoFrames(paymentOrigins?: string) {
  const engine = createCommerceEngine()
  const memory = createMemoryAdapter(engine)
  const adapter: CheckoutAdapter = {
    ...memory,
    cspRequirements: { connectSrc: [], frameSrc: [], imgSrc: [] },
  }
  const cart = await adapter.createCart({ items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }] })
  const card = fakeCardProvider(engine).providers.get('card')
  if (!card) throw new Error('no card provider')
  const element = mountCheckout({ adapter, cartId: cart.id, card })
  if (paymentOrigins) element.setAttribute('payment-origins', paymentOrigins)
  return { engine, element, shopper: shopperAt(element) }
}

describe('<weship-checkout payment-origins>', () => {
  it('lets the checkout use card fields on the origins it names', async () => {
    const { engine, shopper } = await shopDeclaringNoFrames(
      'https://pay.example http://127.0.0.1:4011',
    )
    expect(await purchase(shopper)).toMatch(/^WS-/)
    expect(engine.exportState().orders).toHaveLength(1)
  })

  it('refuses card fields on any other origin, saying the checkout is not set up', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    const { shopper } = await shopDeclaringNoFrames('https://pay.example')
    await expect(purchase(shopper)).rejects.toThrow()
    expect(shopper.alerts().join()).toContain("This checkout isn't set up correctly")
    expect(errors.map((event) => event.detail)).toContainEqual(
      expect.objectContaining({ code: 'CONFIG', reason: 'payment_page_refused' }),
    )
    expect(shopper.view.queryByTestId('card-fields')).toBeNull()
  })

  it('names a bad value as a set-up error', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    const { shopper } = await shopDeclaringNoFrames('http://pay.example')
    const alert = await shopper.view.findByRole('alert')
    expect(alert.textContent).toContain("This checkout isn't set up correctly")
    expect(alert.textContent).toContain('"http://pay.example" is not a payment origin')
    expect(errors[0]?.detail).toMatchObject({ code: 'CONFIG', reason: 'invalid_payment_origin' })
  })
})
