import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import { withFaults } from '../testing/fault-injection.js'
import { cartFixture, stubAdapter } from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage } from './storage.js'

// Answers the network lost, and answers that came late: what the shopper asked for still
// happens once, and what they typed meanwhile is what the shop ends up with.

/** A backend of one cart that refuses a code twice, as the REST contract does. */
function shop() {
  let cart = cartFixture({ itemCount: 1 })
  const change = async (patch: Partial<Cart>) => {
    cart = { ...cart, ...patch, version: cart.version + 1 }
    return cart
  }
  const backend = stubAdapter({
    getCart: async () => cart,
    setContact: vi.fn((_: string, contact) => change({ contact })),
    applyCode: async (_: string, code: string) => {
      if (cart.promoCodes.includes(code)) {
        throw new CheckoutError('VALIDATION', 'Code already applied', {
          reason: 'code_already_applied',
          fieldErrors: [{ field: 'code', message: 'Code already applied' }],
        })
      }
      return change({ promoCodes: [...cart.promoCodes, code] })
    },
  })
  return { faulty: withFaults(backend), backend, cart: () => cart }
}

async function open(faulty: ReturnType<typeof shop>['faulty']) {
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter: faulty.adapter, storage: cartIds })
  const checkout = createCheckout({ adapter: faulty.adapter, session })
  await checkout.resume()
  return checkout
}

describe('a code whose answer was lost', () => {
  it('is on after "Try again", not refused as already applied', async () => {
    const { faulty, cart } = shop()
    const checkout = await open(faulty)
    faulty.inject('applyCode', 'timeout')
    expect(await checkout.applyCode('WELCOME10')).toBe(false)
    expect(checkout.error.value).toMatchObject({ code: 'NETWORK', reason: 'timeout' })
    expect(cart().promoCodes).toEqual(['WELCOME10'])

    expect(await checkout.retry()).toBe(true)
    expect(checkout.fieldErrors.value.code).toBeUndefined()
    expect(checkout.cart.value?.promoCodes).toEqual(['WELCOME10'])
  })

  it('is still refused as already applied when the cart does not show it', async () => {
    const { faulty, backend } = shop()
    backend.applyCode = async () => {
      throw new CheckoutError('VALIDATION', 'Code already applied', {
        reason: 'code_already_applied',
        fieldErrors: [{ field: 'code', message: 'Code already applied' }],
      })
    }
    const checkout = await open(faulty)
    expect(await checkout.applyCode('WELCOME10')).toBe(false)
    expect(checkout.fieldErrors.value.code?.reason).toBe('code_already_applied')
  })
})

describe('an e-mail saved late', () => {
  it('is followed by the one the shopper typed meanwhile, before the checkout goes on', async () => {
    const { faulty, backend, cart } = shop()
    const checkout = await open(faulty)
    faulty.inject('setContact', 'late')
    checkout.saveDraftField('contact.email', 'ada@exmaple.com')
    const saving = checkout.setContact()
    await vi.waitFor(() => expect(faulty.held).toBe(1))
    // A typo fixed while the first answer is on its way; "Continue" is busy and waits.
    checkout.saveDraftField('contact.email', 'ada@example.com')
    faulty.release()

    expect(await saving).toBe(true)
    expect(backend.setContact).toHaveBeenCalledTimes(2)
    expect(cart().contact?.email).toBe('ada@example.com')
    expect(checkout.cart.value?.contact?.email).toBe('ada@example.com')
  })
})
