import { describe, expect, it } from 'vitest'
import { createClock } from './clock.js'
import { createCommerceEngine } from './commerce-engine.js'

const HOUR = 3600_000
const DAY = 24 * HOUR
const items = [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }]
const gone = expect.objectContaining({ status: 404, reason: 'cart_not_found' })

function setup(options: { cartTtlMs?: number; maxCarts?: number } = {}) {
  const clock = createClock(new Date('2026-11-26T10:00:00Z'))
  return { clock, engine: createCommerceEngine({ clock, ...options }) }
}

describe('commerce engine: idle carts expire', () => {
  it('forgets a cart left unchanged for 7 days by default', () => {
    const { clock, engine } = setup()
    const { id } = engine.createCart({ items })
    clock.advance(7 * DAY - HOUR)
    expect(engine.getCart(id).id).toBe(id)
    clock.advance(HOUR)
    expect(() => engine.getCart(id)).toThrow(gone)
    expect(() => engine.addItem(id, items[0] ?? { sku: '', quantity: 1 })).toThrow(gone)
    expect(engine.exportState().carts).toEqual([])
  })

  it('counts idle time from the last change, on the configured TTL', () => {
    const { clock, engine } = setup({ cartTtlMs: 2 * HOUR })
    const kept = engine.createCart({ items }).id
    const dropped = engine.createCart({ items }).id
    clock.advance(HOUR)
    engine.updateItem(kept, 'line_1', 2)
    clock.advance(HOUR + 1)
    expect(() => engine.getCart(dropped)).toThrow(gone)
    expect(engine.getCart(kept).items[0]?.quantity).toBe(2)
    expect(engine.exportState().carts.map((cart) => cart.id)).toEqual([kept])
  })

  it('removes idle carts from memory when new carts come', () => {
    const { clock, engine } = setup({ cartTtlMs: HOUR })
    for (let count = 0; count < 5; count += 1) engine.createCart({ items })
    clock.advance(HOUR)
    const fresh = engine.createCart({ items }).id
    // Past the clock again, the idle ones would read as gone anyway: the snapshot shows memory.
    expect(engine.exportState().carts.map((cart) => cart.id)).toEqual([fresh])
  })

  it('evicts the least recently used cart past maxCarts once a day unused, not a busy one', () => {
    const { clock, engine } = setup({ maxCarts: 2 })
    const busy = engine.createCart({ items }).id
    const quiet = engine.createCart({ items }).id
    clock.advance(DAY)
    engine.updateItem(busy, 'line_1', 3)
    engine.createCart({ items })
    expect(engine.getCart(busy).items[0]?.quantity).toBe(3)
    expect(() => engine.getCart(quiet)).toThrow(gone)
  })
})
