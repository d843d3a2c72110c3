import { describe, expect, it } from 'vitest'
import { cartFixture } from '../testing/fixtures.js'
import { attemptFor, randomIdempotencyKey } from './checkout-attempt.js'
import { type CheckoutDraft, DRAFT_TTL_MS, readDraft, writeDraft } from './checkout-draft.js'
import { createMemoryStorage } from './storage.js'

const savedAt = Date.parse('2026-11-26T10:00:00Z')
const draft: CheckoutDraft = {
  version: 1,
  savedAt,
  cartId: 'cart_1',
  step: 'shipping',
  contact: { email: 'ada@example.com' },
  shippingAddress: { name: 'Ada', postalCode: '101' },
  billingSameAsShipping: true,
  billingAddress: {},
  selectedShippingOptionId: null,
  selectedPaymentMethodId: 'card',
  attempt: { key: 'key-1', cartId: 'cart_1', cartVersion: 3, methodId: 'card' },
  order: null,
}

describe('checkout draft', () => {
  it('reads back what it wrote', () => {
    const storage = createMemoryStorage()
    writeDraft(storage, 'draft', draft)
    expect(readDraft(storage, 'draft', new Date(savedAt))).toEqual(draft)
  })

  it('stores only its allow-list, so a stray token or card number never lands', () => {
    const storage = createMemoryStorage()
    const smuggled = {
      ...draft,
      attempt: { ...draft.attempt, token: 'tok_secret' },
      cardNumber: '4242424242424242',
    } as CheckoutDraft
    writeDraft(storage, 'draft', smuggled)
    const raw = storage.getItem('draft') ?? ''
    expect(raw).not.toContain('tok_secret')
    expect(raw).not.toContain('4242')
  })

  it('keeps a Stripe action to complete after a reload, but never its client secret', () => {
    const storage = createMemoryStorage()
    const secret = 'pi_3Abc_secret_Xyz'
    const action = { id: 'pi_3Abc', type: 'stripe_next_action' as const, clientSecret: secret }
    const pending = { ...draft, attempt: { ...draft.attempt, action, actionKey: 'key-2' } }
    writeDraft(storage, 'draft', pending as CheckoutDraft)
    expect(storage.getItem('draft')).not.toContain(secret)
    expect(readDraft(storage, 'draft', new Date(savedAt))?.attempt?.action).toEqual({
      id: 'pi_3Abc',
      type: 'stripe_next_action',
    })
  })

  it('ignores a draft that is unreadable, of another shape, or older than a key lives', () => {
    const storage = createMemoryStorage()
    storage.setItem('draft', '{not json')
    expect(readDraft(storage, 'draft', new Date(savedAt))).toBeNull()
    storage.setItem('draft', JSON.stringify({ ...draft, version: 2 }))
    expect(readDraft(storage, 'draft', new Date(savedAt))).toBeNull()
    writeDraft(storage, 'draft', draft)
    expect(readDraft(storage, 'draft', new Date(savedAt + DRAFT_TTL_MS + 1))).toBeNull()
  })
})

describe('place-order attempts', () => {
  const cart = cartFixture({ version: 3 })
  const attempt = draft.attempt
  const newKey = () => 'key-2'

  it('reuses the key for the same cart version and method', () => {
    expect(attemptFor(attempt, cart, 'card', newKey).key).toBe('key-1')
  })

  it('takes a new key when the cart or the method changed', () => {
    expect(attemptFor(attempt, cartFixture({ version: 4 }), 'card', newKey).key).toBe('key-2')
    expect(attemptFor(attempt, cart, 'invoice', newKey).key).toBe('key-2')
    expect(attemptFor(null, cart, 'card', newKey).key).toBe('key-2')
  })

  it('makes UUID-shaped keys', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(randomIdempotencyKey()).toMatch(uuid)
    expect(randomIdempotencyKey()).not.toBe(randomIdempotencyKey())
  })

  it('makes keys on plain-http pages too, where randomUUID is missing', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      expect(randomIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]/)
    } finally {
      Reflect.deleteProperty(crypto, 'randomUUID')
    }
  })
})
