import type { CheckoutAdapter } from '@weship/checkout-core'
import { runAdapterConformance } from '@weship/checkout-core/testing'
import { afterAll, describe, expect } from 'vitest'
import { createMemoryAdapter } from './adapter/memory-adapter.js'
import { createCommerceEngine } from './engine/commerce-engine.js'
import { createTestCardToken } from './engine/payments/test-card-token.js'
import { demoData } from './testing/conformance-demo-data.js'

// An adapter that declares none of the suite's optional parts: those tests must be reported as
// skipped, with the reason, never as passed (a 0 ms "pass" would claim what was not checked).

const engine = createCommerceEngine()
const full = createMemoryAdapter(engine)
const bare = (): CheckoutAdapter => ({
  ...full,
  identity: undefined,
  capabilities: {
    ...full.capabilities,
    catalog: false,
    promoCodes: false,
    giftCards: false,
    tracking: false,
    cartRecovery: false,
    orderLookup: false,
  },
})
const token = (number: string) => async () => ({
  methodId: 'card',
  token: createTestCardToken(engine, number),
})

interface Task {
  name: string
  type: string
  tasks?: Task[]
  result?: { state: string; note?: string }
}
const leaves = (task: Task): Task[] =>
  task.type === 'test' ? [task] : (task.tasks ?? []).flatMap(leaves)

describe('optional parts an adapter does not declare', () => {
  const { promo: _promo, giftCard: _giftCard, ...required } = demoData
  runAdapterConformance('a bare adapter', {
    ...required,
    createAdapter: bare,
    payment: {
      methodId: 'card',
      success: token('4242424242424242'),
      declined: token('4000000000000002'),
    },
  })

  // Vitest hands the suite as the second argument; it requires the first to be destructured.
  // biome-ignore lint/correctness/noEmptyPattern: vitest parses the hook's first parameter
  afterAll(({}, suite) => {
    const tests = leaves(suite as unknown as Task)
    const skipped = tests.filter((test) => test.result?.state === 'skip')
    expect(skipped.map((test) => test.name).sort()).toEqual(
      [
        'is the same, normalised, for every adapter on one backend, and they share carts',
        'lists the catalog when it declares one',
        'applies a promo code as a discount and removes it again',
        'refuses a code with a reason the shopper can be told',
        'lets a gift card pay part of the total',
        'gives a Stripe method its publishable key, and names Stripe’s origins for the CSP',
        'asks for 3-D Secure, then completes or declines by the challenge',
        'refuses the same key with another card, yet still answers the first card again',
        'answers a working token for the number and e-mail, and one ADAPTER 404 otherwise',
        'tracks an order with its token only, and delivers it in time',
        'takes one rating per order, refusing a bad one without storing it',
        'says when a recovery token leads to no cart',
      ].sort(),
    )
    for (const test of skipped) expect(test.result?.note).toMatch(/^optional: /)
    // The rest ran, and passed.
    const ran = tests.filter((test) => test.result?.state !== 'skip')
    expect(ran.length).toBeGreaterThan(10)
    expect(ran.every((test) => test.result?.state === 'pass')).toBe(true)
  })
})
