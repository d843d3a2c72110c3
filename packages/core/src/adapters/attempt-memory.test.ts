import { describe, expect, it } from 'vitest'
import { CheckoutError } from '../errors.js'
import type { PlaceOrderResult } from '../schemas/order.js'
import { createAttemptMemory } from './attempt-memory.js'

const request = (cartVersion = 3, methodId = 'card', token = 'tok-1') => ({
  cartVersion,
  payment: { methodId, token },
})
const order = { status: 'completed', order: { id: 'order-1' } } as unknown as PlaceOrderResult

describe('createAttemptMemory', () => {
  it('places once for a replay and for concurrent retries, whatever their tokens', async () => {
    const memory = createAttemptMemory()
    let placed = 0
    const place = async () => {
      placed += 1
      return order
    }
    const answers = await Promise.all([
      memory.placeOnce('cart-1', request(), 'key-1', place),
      memory.placeOnce('cart-1', request(3, 'card', 'tok-2'), 'key-1', place),
    ])
    expect(await memory.placeOnce('cart-1', request(), 'key-1', place)).toBe(order)
    expect(answers).toEqual([order, order])
    expect(placed).toBe(1)
  })

  it('refuses another attempt under a used key', async () => {
    const memory = createAttemptMemory()
    await memory.placeOnce('cart-1', request(), 'key-1', async () => order)
    for (const [cartId, other] of [
      ['cart-1', request(4)],
      ['cart-1', request(3, 'invoice')],
      ['cart-2', request()],
    ] as const) {
      const refused = memory.placeOnce(cartId, other, 'key-1', async () => order)
      await expect(refused).rejects.toMatchObject({ reason: 'idempotency_key_reused' })
    }
  })

  it('keeps a verdict (a decline) but lets an attempt that reached none be sent again', async () => {
    const memory = createAttemptMemory()
    const declined = new CheckoutError('PAYMENT_DECLINED', 'Declined')
    const decline = memory.placeOnce('cart-1', request(), 'key-1', () => Promise.reject(declined))
    await expect(decline).rejects.toBe(declined)
    const again = memory.placeOnce('cart-1', request(), 'key-1', async () => order)
    await expect(again).rejects.toBe(declined)

    const offline = new CheckoutError('NETWORK', 'Offline')
    const lost = memory.placeOnce('cart-1', request(), 'key-2', () => Promise.reject(offline))
    await expect(lost).rejects.toBe(offline)
    expect(await memory.placeOnce('cart-1', request(), 'key-2', async () => order)).toBe(order)
  })
})
