import { describe, expect, it, vi } from 'vitest'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage } from './storage.js'

function open() {
  const adapter = stubAdapter({
    getCart: vi.fn(async () => cartFixture({ itemCount: 1 })),
    setShippingAddress: vi.fn(async (_: string, shippingAddress) =>
      cartFixture({ itemCount: 1, shippingAddress }),
    ),
    listShippingOptions: vi.fn(async () => []),
  })
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter, storage: cartIds })
  return { adapter, checkout: createCheckout({ adapter, session }) }
}

describe('the checkout’s address formats', () => {
  it('fetches the format of each address’s country as it is chosen', async () => {
    const { checkout } = open()
    expect(checkout.shippingAddressFormat.value).toBeNull()
    checkout.saveDraftField('shippingAddress.country', 'IN')
    await vi.waitFor(() => expect(checkout.shippingAddressFormat.value?.country).toBe('IN'))
    expect(checkout.shippingAddressFormat.value?.labels.postal).toBe('pin')
    checkout.saveDraftField('billingAddress.country', 'AE')
    await vi.waitFor(() => expect(checkout.billingAddressFormat.value?.country).toBe('AE'))
    checkout.saveDraftField('shippingAddress.country', 'ie')
    await vi.waitFor(() => expect(checkout.shippingAddressFormat.value?.country).toBe('IE'))
    checkout.dispose()
  })

  it('checks a save by the country’s rules, waiting for them when they are on their way', async () => {
    const { adapter, checkout } = open()
    await checkout.resume()
    const address = { name: 'Aoife', line1: '1 Grafton St', city: 'Dublin 2', country: 'IE' }
    // No Eircode: Ireland's post does not insist on one.
    expect(await checkout.setShippingAddress(address)).toBe(true)
    expect(adapter.setShippingAddress).toHaveBeenCalledWith('cart_1', address)
    expect(await checkout.setShippingAddress({ ...address, country: 'BR' })).toBe(false)
    expect(checkout.fieldErrors.value).toEqual({
      'shippingAddress.region': expect.objectContaining({ reason: 'required' }),
      'shippingAddress.postalCode': expect.objectContaining({ reason: 'required' }),
    })
    checkout.dispose()
  })
})
