import { describe, expect, it } from 'vitest'
import { createClock } from './clock.js'
import { createCommerceEngine, NEW_CARTS_PER_CLIENT } from './commerce-engine.js'

const HOUR = 3600_000
const items = [{ sku: 'STONEWARE-MUG-SLATE', quantity: 1 }]
const gone = expect.objectContaining({ status: 404, reason: 'cart_not_found' })
const full = expect.objectContaining({ status: 503, reason: 'cart_capacity_reached' })

function setup(maxCarts: number) {
  const clock = createClock(new Date('2026-11-26T10:00:00Z'))
  return { clock, engine: createCommerceEngine({ clock, maxCarts }) }
}

describe('commerce engine: room for new carts never costs a shopper their cart', () => {
  it('keeps a cart in use however many empty carts follow it', () => {
    const { engine } = setup(5)
    const shopper = engine.createCart({ items }).id
    engine.setContact(shopper, { email: 'ada@example.com' })
    for (let count = 0; count < 1_000; count += 1) engine.createCart()
    expect(engine.getCart(shopper).items).toHaveLength(1)
    expect(engine.exportState().carts).toHaveLength(5)
  })

  it('drops carts nobody used first, then the least recently used, empty ones first', () => {
    const { clock, engine } = setup(4)
    const used = engine.createCart({ items }).id
    const emptied = engine.createCart({ items }).id
    engine.removeItem(emptied, 'line_1')
    const read = engine.createCart().id
    engine.getCart(read)
    const untouched = engine.createCart().id
    engine.createCart({ items })
    expect(() => engine.getCart(untouched)).toThrow(gone)
    clock.advance(25 * HOUR)
    engine.getCart(read)
    engine.createCart({ items })
    // The empty one goes before the one with items, though it was used later.
    // Read through the snapshot: a getCart would count as use.
    const kept = () => engine.exportState().carts.map((cart) => cart.id)
    expect(kept()).not.toContain(emptied)
    expect(kept()).toContain(used)
    engine.createCart({ items })
    expect(() => engine.getCart(used)).toThrow(gone)
    expect(engine.getCart(read).id).toBe(read)
  })

  it('counts a read as use: an empty cart the shopper keeps opening stays', () => {
    const { clock, engine } = setup(2)
    const opened = engine.createCart().id
    engine.getCart(opened)
    engine.createCart()
    engine.createCart()
    clock.advance(23 * HOUR)
    engine.getCart(opened)
    engine.createCart()
    expect(engine.getCart(opened).id).toBe(opened)
  })

  it('refuses a new cart (503 with a retry time) when every cart is in recent use', () => {
    const { clock, engine } = setup(3)
    const carts = [1, 2, 3].map(() => engine.createCart({ items }).id)
    let refusal: unknown
    try {
      engine.createCart()
    } catch (error) {
      refusal = error
    }
    expect(refusal).toEqual(full)
    expect((refusal as { retryAfterSeconds: number }).retryAfterSeconds).toBe(24 * 3600)
    for (const id of carts) expect(engine.getCart(id).items).toHaveLength(1)
    // Read a minute ago, the carts are all in use still.
    clock.advance(HOUR)
    for (const id of carts) engine.getCart(id)
    expect(() => engine.createCart()).toThrow(full)
    clock.advance(24 * HOUR + 1)
    expect(engine.createCart().items).toEqual([])
  })

  it('limits new carts per client to a burst, refilled over time; in-process calls are free', () => {
    const { clock, engine } = setup(10_000)
    const { capacity, refillMs } = NEW_CARTS_PER_CLIENT
    for (let count = 0; count < capacity; count += 1) engine.createCart({}, '192.0.2.1')
    const limited = expect.objectContaining({ status: 429, reason: 'too_many_attempts' })
    expect(() => engine.createCart({}, '192.0.2.1')).toThrow(limited)
    expect(engine.createCart({}, '192.0.2.2').id).toBeTruthy()
    for (let count = 0; count < 100; count += 1) engine.createCart()
    clock.advance(refillMs)
    expect(engine.createCart({}, '192.0.2.1').id).toBeTruthy()
    expect(() => engine.createCart({}, '192.0.2.1')).toThrow(limited)
  })
})
