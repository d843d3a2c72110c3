import { describe, expect, it, vi } from 'vitest'
import { addressFormat } from '../address/address-data.js'
import { CheckoutError } from '../errors.js'
import type { Order } from '../schemas/order.js'
import { stubAdapter } from '../testing/fixtures.js'
import { createOrderStatusModel } from './order-status.js'
import { createMemoryStorage, type KeyValueStorage } from './storage.js'

// The status page's rules without a page: which token opens an order, and what a tab remembers.
const shippingAddress = { name: 'Aoife', line1: '1 Grafton St', city: 'Dublin 2', country: 'IE' }
const order = { id: 'ord_1', number: 'WS-10001', status: 'confirmed', shippingAddress } as Order
const notFound = () => new CheckoutError('ADAPTER', 'No such order.', { status: 404 })

function model(storage: KeyValueStorage = createMemoryStorage()) {
  const getOrder = vi.fn(async (orderId: string, { token }: { token: string }) => {
    if (orderId === order.id && token === 'good') return order
    throw notFound()
  })
  const adapter = stubAdapter({
    getOrder,
    lookUpOrder: async ({ number }) => {
      if (number !== order.number) throw notFound()
      return { orderId: order.id, token: 'good', expiresAt: '2026-12-03T10:00:00.000Z' }
    },
  })
  adapter.capabilities.orderLookup = true
  const onError = vi.fn()
  const status = createOrderStatusModel({
    adapter,
    storage,
    pollDelays: { firstMs: 30_000, maxMs: 300_000 },
    onTrackingUpdate: () => {},
    onFeedback: () => {},
    onError,
  })
  return { status, getOrder, onError }
}

describe('createOrderStatusModel', () => {
  it("opens the order with the link's token", async () => {
    const { status, getOrder } = model()
    await status.open({ orderId: order.id, token: 'good' })
    expect(status.view.value).toEqual({ kind: 'order', order })
    expect(getOrder).toHaveBeenCalledWith(order.id, { token: 'good' })
    // The delivery address shows in its country's form with the first paint.
    expect(addressFormat('IE')?.labels.postal).toBe('eircode')
    status.dispose()
  })

  it('asks for the number and e-mail when the token is wrong, without reporting an error', async () => {
    const { status, onError } = model()
    await status.open({ orderId: order.id, token: 'stale' })
    expect(status.view.value).toEqual({ kind: 'verify' })
    expect(onError).not.toHaveBeenCalled()
  })

  it('remembers a looked-up token in its storage, for this order only', async () => {
    const storage = createMemoryStorage()
    const first = model(storage)
    await first.status.open({ orderId: order.id, token: undefined })
    expect(first.status.view.value.kind).toBe('verify')
    await expect(first.status.lookUp({ number: 'WS-10001', email: 'a@b.c' })).resolves.toBe(true)
    expect(first.status.view.value).toEqual({ kind: 'order', order })
    first.status.dispose()

    // A reload of the same tab: the link has no token, the storage does.
    const again = model(storage)
    await again.status.open({ orderId: order.id, token: undefined })
    expect(again.status.view.value).toEqual({ kind: 'order', order })
    again.status.dispose()

    const other = model(storage)
    await other.status.open({ orderId: 'ord_2', token: undefined })
    expect(other.status.view.value).toEqual({ kind: 'verify' })
  })

  it('shows a wrong number as a failed lookup the shopper can fix', async () => {
    const { status, onError } = model()
    await expect(status.lookUp({ number: 'WS-99999', email: 'a@b.c' })).resolves.toBe(false)
    expect(status.lookup.value).toMatchObject({ status: 'failed' })
    expect(onError).not.toHaveBeenCalled()
  })
})
