import { describe, expect, it, vi } from 'vitest'
import { CheckoutError } from '../errors.js'
import type { Order } from '../schemas/order.js'
import { stubAdapter } from '../testing/fixtures.js'
import { createOrderStatusModel } from './order-status.js'
import { createMemoryStorage } from './storage.js'

const guestOrder = {
  id: 'ord_1',
  number: 'WS-10001',
  status: 'delivered',
  email: 'ada@example.com',
  shippingAddress: {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    country: 'DE',
  },
  hasAccount: false,
} as Order

function model(order: Order = guestOrder) {
  const createReorderLink = vi.fn(async () => ({
    token: 'again',
    expiresAt: '2027-03-01T00:00:00Z',
  }))
  const signUp = vi.fn(async () => {
    throw new CheckoutError('VALIDATION', 'Taken.', { reason: 'email_already_registered' })
  })
  const adapter = stubAdapter({
    getOrder: async (_id, { token }) => {
      if (token !== 'good') throw new CheckoutError('ADAPTER', 'No.', { status: 404 })
      return order
    },
    createReorderLink,
    signUp,
  })
  Object.assign(adapter.capabilities, { reorder: true, accounts: true })
  const onError = vi.fn()
  const status = createOrderStatusModel({
    adapter,
    storage: createMemoryStorage(),
    pollDelays: { firstMs: 30_000, maxMs: 300_000 },
    onTrackingUpdate: () => {},
    onFeedback: () => {},
    onError,
  })
  return { status, createReorderLink, signUp, onError }
}

describe('what the status page offers after the order', () => {
  it('offers nothing before the order is open, then "Buy again" with the token that opened it', async () => {
    const { status, createReorderLink } = model()
    expect(await status.buyAgain()).toBeNull()
    expect(status.accountOffered.value).toBe(false)
    await status.open({ orderId: guestOrder.id, token: 'good' })
    expect(await status.buyAgain()).toBe('again')
    expect(createReorderLink).toHaveBeenCalledWith('ord_1', { token: 'good' })
    status.dispose()
  })

  it('offers a guest an account for the order’s e-mail, keeping the order in it', async () => {
    const { status, signUp, onError } = model()
    await status.open({ orderId: guestOrder.id, token: 'good' })
    expect(status.accountOffered.value).toBe(true)
    expect(await status.createAccount('short')).toBe(false)
    expect(status.account.value).toMatchObject({ status: 'failed', error: { reason: 'too_short' } })
    expect(signUp).not.toHaveBeenCalled()
    expect(await status.createAccount('a long enough password')).toBe(false)
    expect(signUp).toHaveBeenCalledWith({
      email: 'ada@example.com',
      password: 'a long enough password',
      name: 'Ada Lovelace',
      order: { id: 'ord_1', token: 'good' },
    })
    // A refusal the shopper can act on is theirs, not a failure to report.
    expect(status.account.value).toMatchObject({ error: { reason: 'email_already_registered' } })
    expect(onError).not.toHaveBeenCalled()
    status.dispose()
  })

  it('offers no account for an order already in one, nor when the backend does not say', async () => {
    for (const order of [
      { ...guestOrder, hasAccount: true },
      { ...guestOrder, hasAccount: undefined },
    ]) {
      const { status } = model(order as Order)
      await status.open({ orderId: guestOrder.id, token: 'good' })
      expect(status.accountOffered.value).toBe(false)
      status.dispose()
    }
  })
})
