import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { deferred } from './deferred.js'

describe('deferred', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0
    const schema = deferred(() => {
      builds += 1
      return z.object({ amount: z.int() })
    })
    expect(builds).toBe(0)
    expect(schema.safeParse({ amount: 5 }).success).toBe(true)
    expect(schema.safeParse({ amount: 1.5 }).success).toBe(false)
    expect(builds).toBe(1)
  })

  it('composes like the schema itself: nested, extended, keyed and unioned', () => {
    const money = deferred(() => z.object({ amount: z.int(), currency: z.string() }))
    const line = deferred(() => z.object({ sku: z.string(), price: money }))
    const wider = z.extend(line, { note: z.optional(z.string()) })
    const keys = z.keyof(line)
    const result = deferred(() =>
      z.discriminatedUnion('status', [
        z.object({ status: z.literal('ok'), line }),
        z.object({ status: z.literal('no') }),
      ]),
    )

    const parsed = wider.parse({ sku: 'A', price: { amount: 1, currency: 'EUR' }, note: 'x' })
    expect(parsed).toEqual({ sku: 'A', price: { amount: 1, currency: 'EUR' }, note: 'x' })
    expect(wider.safeParse({ sku: 'A', price: { amount: 'one' } }).success).toBe(false)
    expect(keys.options).toEqual(['sku', 'price'])
    expect(result.safeParse({ status: 'no' }).success).toBe(true)
    expect(result.safeParse({ status: 'ok', line: { sku: 1 } }).success).toBe(false)
    expect(line instanceof z.ZodMiniObject).toBe(true)
    expect(Object.keys(line)).toEqual(Object.keys(z.object({})))
  })
})
