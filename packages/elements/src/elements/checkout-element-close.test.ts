import { createCommerceEngine, createMemoryAdapter } from '@weship/mock-server'
import { afterEach, expect, it } from 'vitest'
import '../define.js'
import { resetPage } from '../testing/dom.js'
import { fakeCardProvider } from '../testing/payment-harness.js'
import { mountCheckout, purchase, shopperAt } from '../testing/shopper.js'

afterEach(resetPage)

// close() is the drawer's: a page that calls it on every checkout (a route change, say) must
// not wipe an inline checkout's confirmation.
it('keeps an inline checkout on its confirmation when close() is called', async () => {
  const engine = createCommerceEngine()
  const adapter = createMemoryAdapter(engine)
  const cart = await adapter.createCart({
    currency: 'EUR',
    items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }],
  })
  const card = fakeCardProvider(engine).providers.get('card')
  if (!card) throw new Error('no card provider')
  const element = mountCheckout({ adapter, cartId: cart.id, card })
  const shopper = shopperAt(element)
  const number = await purchase(shopper)

  element.close()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(shopper.part('order-number')?.textContent).toBe(number)
  expect(element.lastOrder?.number).toBe(number)
})
