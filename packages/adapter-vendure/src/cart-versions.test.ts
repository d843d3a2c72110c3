import { describe, expect, it } from 'vitest'
import { createCartVersions } from './cart-versions.js'
import { recordedOrder } from './recorded/answers.js'

describe('cart versions counted by the adapter', () => {
  it('stays while the content is the same and goes up when it changes', () => {
    const versions = createCartVersions()
    const order = recordedOrder()
    const first = versions.versionOf('cart', order)
    expect(versions.versionOf('cart', { ...order, state: 'ArrangingPayment' })).toBe(first)
    const more = {
      ...order,
      totalQuantity: 4,
      lines: order.lines.map((l) => ({ ...l, quantity: 4 })),
    }
    expect(versions.versionOf('cart', more)).toBeGreaterThan(first)
    expect(versions.versionOf('cart', order)).toBeGreaterThan(first + 1)
  })

  it('counts each cart on its own', () => {
    const versions = createCartVersions()
    expect(versions.versionOf('a', null)).toBe(1)
    expect(versions.versionOf('b', recordedOrder())).toBe(1)
  })
})
