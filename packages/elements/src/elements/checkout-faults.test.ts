import { type AdapterFault, adapterFaults } from '@weship/checkout-core/testing'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import '../define.js'
import { resetPage } from '../testing/dom.js'
import { runPurchase } from '../testing/faulty-purchase.js'
import { purchaseCalls } from '../testing/purchase-moves.js'
import { ada } from '../testing/shopper.js'

// Each adapter call of a whole purchase, in turn, meets each fault (see withFaults): nothing the
// shopper typed is lost, no order is placed twice, every failure shows a message and a way
// forward, and the purchase completes once the network is well again.

afterEach(() => {
  resetPage()
  vi.restoreAllMocks()
})

// A whole purchase in happy-dom takes 1–4 s here; a loaded CI machine is several times slower.
const PURCHASE_MS = 30_000

/** calls × faults → what the shopper saw, printed as a Markdown table after the run. */
const matrix = new Map<string, Partial<Record<AdapterFault, string>>>()

afterAll(() => {
  const cell = (call: string, fault: AdapterFault) => matrix.get(call)?.[fault] ?? 'not run'
  const lines = [
    `| call | ${adapterFaults.join(' | ')} |`,
    `| --- | ${adapterFaults.map(() => '---').join(' | ')} |`,
    ...purchaseCalls.map(
      (call) => `| \`${call}\` | ${adapterFaults.map((fault) => cell(call, fault)).join(' | ')} |`,
    ),
  ]
  console.log(`Fault matrix (call × fault → what the shopper saw):\n${lines.join('\n')}`)
})

describe('a purchase', () => {
  it(
    'goes through when nothing fails',
    async () => {
      const { engine, seen, faulty } = await runPurchase(null, null)
      expect(seen).toEqual([])
      expect(engine.exportState().orders).toHaveLength(1)
      // The matrix covers every call the purchase makes, and no call it does not make.
      const made = new Set(faulty.calls.map(({ call }) => call))
      expect([...made].sort()).toEqual([...purchaseCalls].sort())
    },
    PURCHASE_MS,
  )
})

describe.each(purchaseCalls)('a purchase whose %s call', (call) => {
  it.each(adapterFaults)(
    'meets "%s", and completes once',
    async (fault) => {
      const row = matrix.get(call) ?? {}
      matrix.set(call, row)
      row[fault] = 'FAILED'
      const { engine, seen, late, typed } = await runPurchase(call, fault)

      const orders = engine.exportState().orders ?? []
      expect(orders, 'one order, never two').toHaveLength(1)
      const [order] = orders
      expect(order?.email).toBe(typed.get('E-mail') ?? ada.email)
      expect(order?.shippingAddress.city).toBe(typed.get('City'))
      expect(order?.shippingAddress.postalCode).toBe(typed.get('Postal code'))
      expect(order?.receipt.items.map((item) => item.quantity)).toEqual([3])
      expect(order?.receipt.discounts.map((discount) => discount.code)).toEqual(['WELCOME10'])
      expect(order?.shippingOption.kind).toBe('express')

      const told = seen.map(
        ({ message, wayForward }) => `“${message.split('.')[0]}” → ${wayForward}`,
      )
      const waited = late.map(({ meanwhile }) => `late; ${meanwhile}`)
      row[fault] = `ok: ${[...told, ...waited].join('; ') || 'nothing to see'}`
    },
    PURCHASE_MS,
  )
})
