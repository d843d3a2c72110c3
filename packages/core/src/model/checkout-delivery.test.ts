import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadAddressFormat } from '../address/address-data.js'
import type { Address } from '../schemas/address.js'
import type { Cart } from '../schemas/cart.js'
import type { ShippingOption } from '../schemas/shipping.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage } from './storage.js'

// The shipping step's options follow the form as it is typed, not focus leaving it (issue 15).

const eur = (amount: number) => ({ amount, currency: 'EUR' })
const option = (id: string, price: number): ShippingOption => ({
  id,
  kind: 'standard',
  label: id,
  price: eur(price),
  estimatedDelivery: null,
})
const berlin = { name: 'Ada Lovelace', line1: 'Torstraße 109', city: 'Berlin', postalCode: '10119' }
const newYork = { ...berlin, line1: '20 W 34th St', city: 'New York', postalCode: '10118' }

/** A backend whose options and prices follow the cart's country, answering when told to. */
function backend() {
  let cart = cartFixture({ itemCount: 1, contact: { email: 'ada@example.com' } })
  const listed: Array<{ country: string | undefined; answer: () => void }> = []
  const change = async (patch: Partial<Cart>) => {
    cart = { ...cart, ...patch, version: cart.version + 1 }
    return cart
  }
  const adapter = stubAdapter({
    getCart: vi.fn(async () => cart),
    setShippingAddress: vi.fn((_: string, shippingAddress: Address) =>
      change({ shippingAddress, shippingOptionId: null, shipping: null }),
    ),
    listShippingOptions: vi.fn(async () => {
      const country = cart.shippingAddress?.country
      const options =
        country === 'DE' ? [option('de-standard', 495)] : [option('us-standard', 1495)]
      // Held until the test answers, so it can overtake one answer with another.
      await new Promise<void>((answer) => listed.push({ country, answer }))
      return options
    }),
    selectShippingOption: vi.fn((_: string, shippingOptionId: string) =>
      change({ shippingOptionId, shipping: eur(shippingOptionId === 'de-standard' ? 495 : 1495) }),
    ),
  })
  return { adapter, listed, cart: () => cart }
}

async function atShipping() {
  const shop = backend()
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter: shop.adapter, storage: cartIds })
  const checkout = createCheckout({
    adapter: shop.adapter,
    session,
    storage: createMemoryStorage(),
    addressSaveDelayMs: 300,
  })
  await checkout.resume()
  expect(checkout.goTo('contact')).toBe(true)
  expect(checkout.goTo('shipping')).toBe(true)
  const type = (address: Record<string, string>) => {
    for (const [field, value] of Object.entries(address)) {
      checkout.saveDraftField(`shippingAddress.${field}` as 'shippingAddress.city', value)
    }
  }
  /** Answers every options request made so far, oldest first. */
  const answerAll = async () => {
    for (const request of shop.listed.splice(0)) request.answer()
    await vi.runAllTimersAsync()
  }
  return { ...shop, checkout, type, answerAll }
}

// The countries' data is here before the shipping step, as the contact step fetches it; until
// it is, the country's rules are unknown and nothing is saved.
beforeAll(async () => {
  await Promise.all(['DE', 'US'].map((country) => loadAddressFormat(country)))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('delivery options that follow the typed address', () => {
  it('saves a complete address after a pause in typing and lists its options', async () => {
    vi.useFakeTimers()
    const { checkout, adapter, type, answerAll } = await atShipping()
    expect(checkout.deliveryStatus.value).toBe('address-needed')
    type({ country: 'DE', ...berlin, postalCode: '101' })
    // Complete but wrong: said as such, never "enter your address", and nothing is sent.
    expect(checkout.deliveryStatus.value).toBe('address-invalid')
    await vi.advanceTimersByTimeAsync(1000)
    expect(adapter.setShippingAddress).not.toHaveBeenCalled()

    type({ postalCode: '1011' })
    await vi.advanceTimersByTimeAsync(100)
    type({ postalCode: '10119' })
    expect(checkout.deliveryStatus.value).toBe('loading')
    await vi.advanceTimersByTimeAsync(299)
    expect(adapter.setShippingAddress).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await answerAll()
    expect(adapter.setShippingAddress).toHaveBeenCalledOnce()
    expect(checkout.deliveryStatus.value).toBe('ready')
    expect(checkout.shippingOptions.value.map((o) => o.id)).toEqual(['de-standard'])
    expect(checkout.cart.value?.shipping).toEqual(eur(495))
    expect(checkout.shippingAddressChanged.value).toBe(false)
  })

  it('prices a new country as soon as it is chosen, without "Continue"', async () => {
    vi.useFakeTimers()
    const { checkout, type, answerAll } = await atShipping()
    type({ country: 'US', ...newYork, region: 'NY' })
    await vi.advanceTimersByTimeAsync(300)
    await answerAll()
    expect(checkout.cart.value?.shipping).toEqual(eur(1495))

    type({ country: 'DE', region: '' })
    // The US price is not this address's: the summary must not present it as such.
    expect(checkout.shippingAddressChanged.value).toBe(true)
    expect(checkout.deliveryStatus.value).toBe('loading')
    await vi.advanceTimersByTimeAsync(300)
    await answerAll()
    expect(checkout.cart.value?.shippingAddress?.country).toBe('DE')
    expect(checkout.shippingOptions.value.map((o) => o.id)).toEqual(['de-standard'])
    expect(checkout.cart.value?.shipping).toEqual(eur(495))
    expect(checkout.step.value).toBe('shipping')
  })

  it('drops the options of an address replaced while they were on their way', async () => {
    vi.useFakeTimers()
    const { checkout, adapter, listed, type, answerAll } = await atShipping()
    type({ country: 'US', ...newYork, region: 'NY' })
    await vi.advanceTimersByTimeAsync(300)
    await vi.waitFor(() => expect(listed).toHaveLength(1))
    type({ country: 'DE', region: '' })
    await vi.advanceTimersByTimeAsync(300)
    await vi.waitFor(() => expect(listed).toHaveLength(2))
    // The US answer arrives last: it must neither show nor choose its option on the DE address.
    const [us, de] = listed.splice(0)
    de?.answer()
    await vi.runAllTimersAsync()
    us?.answer()
    await answerAll()
    expect(checkout.shippingOptions.value.map((o) => o.id)).toEqual(['de-standard'])
    expect(adapter.selectShippingOption).not.toHaveBeenCalledWith('cart_1', 'us-standard')
    expect(checkout.cart.value?.shippingOptionId).toBe('de-standard')
    expect(checkout.error.value).toBeNull()
  })

  it('lets "Continue" join the save already on its way, then go on', async () => {
    vi.useFakeTimers()
    const { checkout, adapter, type, answerAll } = await atShipping()
    type({ country: 'DE', ...berlin })
    await vi.advanceTimersByTimeAsync(300)
    const saving = checkout.saveStep()
    await answerAll()
    expect(await saving).toBe(true)
    expect(adapter.setShippingAddress).toHaveBeenCalledOnce()
    expect(checkout.next()).toBe(true)
    expect(checkout.step.value).toBe('payment')
  })

  it('saves at once on "Continue" typed faster than the pause', async () => {
    vi.useFakeTimers()
    const { checkout, adapter, listed, type, answerAll } = await atShipping()
    type({ country: 'DE', ...berlin })
    const saving = checkout.saveStep()
    await vi.waitFor(() => expect(listed).toHaveLength(1))
    await answerAll()
    expect(await saving).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(adapter.setShippingAddress).toHaveBeenCalledOnce()
  })
})
