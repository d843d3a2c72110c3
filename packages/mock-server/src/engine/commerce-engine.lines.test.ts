import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from './commerce-engine.js'

const refusal = (fields: Record<string, unknown>) => expect.objectContaining(fields)

function setup() {
  let time = Date.parse('2026-11-26T10:00:00.000Z')
  const engine = createCommerceEngine({ now: () => new Date(time) })
  const cart = engine.createCart({ currency: 'EUR' })
  const tick = () => {
    time += 60_000
  }
  return { engine, cartId: cart.id, tick }
}

describe('commerce engine: lines', () => {
  it('merges the same SKU into its line and bumps version and updatedAt on every change', () => {
    const { engine, cartId, tick } = setup()
    tick()
    const first = engine.addItem(cartId, { sku: 'MERINO-CREW-NAVY-M', quantity: 1 })
    tick()
    const second = engine.addItem(cartId, { sku: 'MERINO-CREW-NAVY-M', quantity: 2 })
    expect(second.items).toHaveLength(1)
    expect(second.items[0]?.id).toBe(first.items[0]?.id)
    expect(second.items[0]?.quantity).toBe(3)
    expect([first.version, second.version]).toEqual([2, 3])
    expect(first.updatedAt).toBe('2026-11-26T10:01:00.000Z')
    expect(second.updatedAt).toBe('2026-11-26T10:02:00.000Z')
    expect(second.createdAt).toBe('2026-11-26T10:00:00.000Z')
  })

  it('refuses more than the stock without writing anything, never clamping', () => {
    const { engine, cartId } = setup()
    const before = engine.addItem(cartId, { sku: 'MERINO-CREW-FOREST-XL', quantity: 2 })
    expect(() => engine.addItem(cartId, { sku: 'MERINO-CREW-FOREST-XL', quantity: 2 })).toThrow(
      refusal({
        code: 'VALIDATION',
        status: 422,
        reason: 'insufficient_stock',
        fieldErrors: [{ field: 'quantity', message: 'Only 3 left in stock.' }],
      }),
    )
    const lineId = before.items[0]?.id ?? ''
    expect(() => engine.updateItem(cartId, lineId, 4)).toThrow(
      refusal({ reason: 'insufficient_stock' }),
    )
    expect(engine.getCart(cartId)).toEqual(before)
    expect(before.items[0]?.maxQuantity).toBe(3)
  })

  it('refuses a sold-out variant as out of stock', () => {
    const { engine, cartId } = setup()
    expect(() => engine.addItem(cartId, { sku: 'MERINO-CREW-OAT-XL', quantity: 1 })).toThrow(
      refusal({ reason: 'out_of_stock', status: 422 }),
    )
    expect(engine.getCart(cartId).version).toBe(1)
  })

  it('refuses quantities outside 1–999 and non-integers', () => {
    const { engine, cartId } = setup()
    for (const quantity of [0, -1, 1.5, 1000, Number.NaN]) {
      expect(() => engine.addItem(cartId, { sku: 'COTTON-TEE-SAGE-M', quantity })).toThrow(
        refusal({ reason: 'invalid_request', status: 422 }),
      )
    }
    expect(engine.getCart(cartId).items).toEqual([])
  })

  it('sets a quantity, removes the line at 0 and leaves an unchanged quantity unversioned', () => {
    const { engine, cartId } = setup()
    const added = engine.addItem(cartId, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    const lineId = added.items[0]?.id ?? ''
    const updated = engine.updateItem(cartId, lineId, 4)
    expect(updated.items[0]).toMatchObject({ quantity: 4, total: { amount: 8800 } })
    expect(engine.updateItem(cartId, lineId, 4).version).toBe(updated.version)
    const emptied = engine.updateItem(cartId, lineId, 0)
    expect(emptied.items).toEqual([])
    expect(emptied.version).toBe(updated.version + 1)
  })

  it('removes a line, keeps the other line ids and never reuses a removed id', () => {
    const { engine, cartId } = setup()
    engine.addItem(cartId, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    const both = engine.addItem(cartId, { sku: 'WEEKENDER-KHAKI', quantity: 1 })
    const [mug, bag] = both.items
    const after = engine.removeItem(cartId, mug?.id ?? '')
    expect(after.items.map((item) => item.id)).toEqual([bag?.id])
    const again = engine.addItem(cartId, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    expect(again.items[1]?.id).not.toBe(mug?.id)
    expect(() => engine.removeItem(cartId, mug?.id ?? '')).toThrow(
      refusal({ code: 'ADAPTER', status: 404, reason: 'line_not_found' }),
    )
  })

  it('returns copies: changing a returned cart changes nothing stored', () => {
    const { engine, cartId } = setup()
    const cart = engine.addItem(cartId, { sku: 'STONEWARE-MUG-SLATE', quantity: 1 })
    const item = cart.items[0]
    if (item) {
      item.quantity = 50
      item.unitPrice.amount = 1
      item.options.colour = 'Gold'
    }
    cart.total.amount = 1
    const stored = engine.getCart(cartId)
    expect(stored.items[0]).toMatchObject({ quantity: 1, unitPrice: { amount: 2200 } })
    expect(stored.items[0]?.options).toEqual({ colour: 'Slate' })
    expect(stored.total.amount).toBe(2200)
  })

  it('forgets the oldest carts beyond maxCarts', () => {
    const engine = createCommerceEngine({ maxCarts: 2 })
    const [a, b, c] = [engine.createCart(), engine.createCart(), engine.createCart()]
    expect(() => engine.getCart(a.id)).toThrow(refusal({ reason: 'cart_not_found' }))
    expect(engine.getCart(b.id).id).toBe(b.id)
    expect(engine.getCart(c.id).id).toBe(c.id)
  })
})
