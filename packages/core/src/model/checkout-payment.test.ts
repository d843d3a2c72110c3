import { describe, expect, it, vi } from 'vitest'
import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import type { Order, PlaceOrderResult } from '../schemas/order.js'
import {
  addressFixture,
  cartFixture,
  orderFixture,
  standardShipping,
  stubAdapter,
} from '../testing/fixtures.js'
import { createCartSession } from './cart-session.js'
import { createCheckout } from './checkout.js'
import { createMemoryStorage, type KeyValueStorage } from './storage.js'

const address = addressFixture
const eur = (amount: number) => ({ amount, currency: 'EUR' })
const readyCart = (version = 1): Cart =>
  cartFixture({
    version,
    itemCount: 1,
    total: eur(2490),
    contact: { email: 'ada@example.com' },
    shippingAddress: address,
    shippingOptionId: 'standard',
  })
const standard = standardShipping
const order: Order = orderFixture()
const placed: PlaceOrderResult = { status: 'completed', order }
const challenge = { id: 'act_1', type: 'three_d_secure' as const, url: 'https://pay.test/3ds' }
const fail = (code: CheckoutError['code'], options = {}) =>
  Promise.reject(new CheckoutError(code, code, options))

/** A checkout at review with the card chosen; keys count up so tests can name them. */
async function atReview(
  overrides: Partial<CheckoutAdapter>,
  storage = createMemoryStorage(),
  keyPrefix = 'key',
) {
  const adapter = stubAdapter({
    cspRequirements: { connectSrc: [], frameSrc: ['https://pay.test'], imgSrc: [] },
    getCart: vi.fn(async () => readyCart()),
    listShippingOptions: async () => [standard],
    listPaymentMethods: async () => [{ id: 'card', type: 'card', label: 'Card' }],
    ...overrides,
  })
  const cartIds = createMemoryStorage()
  cartIds.setItem('weship:cart', 'cart_1')
  const session = createCartSession({ adapter, storage: cartIds })
  let keys = 0
  const createIdempotencyKey = () => `${keyPrefix}-${++keys}`
  const checkout = createCheckout({ adapter, session, storage, createIdempotencyKey })
  await checkout.resume()
  checkout.selectPaymentMethod('card')
  checkout.goTo('review')
  return { checkout, session, adapter }
}

const keyOf = (placeOrder: ReturnType<typeof vi.fn>, call: number) => {
  const options = placeOrder.mock.calls[call]?.[2] as { idempotencyKey: string } | undefined
  return options?.idempotencyKey
}

describe('placing the order', () => {
  it('places it once, shows the confirmation and forgets the cart and the inputs', async () => {
    const placeOrder = vi.fn(async () => placed)
    const storage = createMemoryStorage()
    const { checkout, session } = await atReview({ placeOrder }, storage)
    expect(await checkout.placeOrder('tok_visa')).toBe('placed')
    expect(placeOrder).toHaveBeenCalledWith(
      'cart_1',
      { cartVersion: 1, payment: { methodId: 'card', token: 'tok_visa' } },
      { idempotencyKey: 'key-1' },
    )
    expect(checkout.order.value?.number).toBe('WS-10042')
    expect(checkout.step.value).toBe('confirmation')
    expect(session.cart.value).toBeNull()
    expect(checkout.contact.value).toEqual({})
    const draft = JSON.parse(storage.getItem('weship:checkout') ?? '{}')
    expect(draft).toMatchObject({ step: 'confirmation', attempt: null, contact: {} })
    expect(draft.order.number).toBe('WS-10042')
    expect(JSON.stringify(draft)).not.toContain('tok_visa')
  })

  it('keeps the confirmation as shown, card label included, through a reload', async () => {
    const storage = createMemoryStorage()
    const placeOrder = vi.fn(async () => placed)
    const { checkout } = await atReview({ placeOrder }, storage)
    await checkout.placeOrder('tok_visa')
    const reloaded = createCheckout({
      adapter: stubAdapter({ getCart: vi.fn(async () => readyCart()) }),
      session: createCartSession({ adapter: stubAdapter(), storage: createMemoryStorage() }),
      storage,
    })
    expect(await reloaded.resume()).toBe('confirmation')
    expect(reloaded.order.value?.receipt.payments).toEqual(order.receipt.payments)
  })

  it('gives the confirmation up for the next cart, here and after a reload', async () => {
    const storage = createMemoryStorage()
    const next = cartFixture({ id: 'cart_2', itemCount: 1 })
    const { checkout, session } = await atReview(
      { placeOrder: vi.fn(async () => placed), createCart: vi.fn(async () => next) },
      storage,
    )
    expect(await checkout.placeOrder('tok_visa')).toBe('placed')
    // A reload on the confirmation keeps it: no cart has come since.
    const reloaded = createCheckout({
      adapter: stubAdapter({}),
      session: createCartSession({ adapter: stubAdapter({}), storage: createMemoryStorage() }),
      storage,
    })
    await reloaded.resume()
    expect(reloaded.step.value).toBe('confirmation')
    // A product page that already holds the next cart when its drawer's checkout starts.
    const cartIds = createMemoryStorage()
    cartIds.setItem('weship:cart', 'cart_2')
    const nextAdapter = stubAdapter({ getCart: vi.fn(async () => next) })
    const nextSession = createCartSession({ adapter: nextAdapter, storage: cartIds })
    await nextSession.load()
    const drawer = createCheckout({ adapter: nextAdapter, session: nextSession, storage })
    await drawer.resume()
    expect(drawer.step.value).toBe('cart')
    expect(drawer.order.value).toBeNull()

    // The shopper adds the next product: that cart is what the checkout shows.
    await session.addItem('CAP')
    expect(checkout.step.value).toBe('cart')
    expect(checkout.order.value).toBeNull()
    expect(checkout.cart.value?.id).toBe('cart_2')
  })

  it('sends exactly one request when pressed twice', async () => {
    let answer: (result: PlaceOrderResult) => void = () => {}
    const placeOrder = vi.fn(() => new Promise<PlaceOrderResult>((resolve) => (answer = resolve)))
    const { checkout } = await atReview({ placeOrder })
    const first = checkout.placeOrder('tok_visa')
    const second = checkout.placeOrder('tok_visa')
    expect(second).toBe(first)
    await vi.waitFor(() => expect(placeOrder).toHaveBeenCalled())
    expect(checkout.canPlaceOrder.value).toBe(false)
    expect(checkout.goTo('shipping')).toBe(false)
    expect(checkout.reset()).toBe(false)
    answer(placed)
    expect(await second).toBe('placed')
    expect(placeOrder).toHaveBeenCalledTimes(1)
  })

  it('reuses the key and the token when retrying after a network failure', async () => {
    const placeOrder = vi.fn().mockImplementationOnce(() => fail('NETWORK'))
    placeOrder.mockImplementationOnce(() => fail('NETWORK')).mockResolvedValue(placed)
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder('tok_visa')).toBe('idle')
    expect(checkout.error.value?.code).toBe('NETWORK')
    await checkout.placeOrder('tok_visa')
    expect(await checkout.retry()).toBe(true)
    expect(placeOrder.mock.calls.map((_, call) => keyOf(placeOrder, call))).toEqual([
      'key-1',
      'key-1',
      'key-1',
    ])
    expect(placeOrder.mock.calls[2]?.[1]).toEqual(placeOrder.mock.calls[0]?.[1])
    expect(checkout.paymentStatus.value).toBe('placed')
  })

  it('starts a new attempt with a new key when the key was used with another card', async () => {
    const placeOrder = vi.fn().mockImplementationOnce(() => fail('NETWORK'))
    placeOrder
      .mockImplementationOnce(() => fail('VALIDATION', { reason: 'idempotency_key_reused' }))
      .mockResolvedValue(placed)
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder('tok_first_card')).toBe('idle')
    // The shopper typed another card; the server refuses it under the first card's key.
    expect(await checkout.placeOrder('tok_other_card')).toBe('placed')
    expect([0, 1, 2].map((call) => keyOf(placeOrder, call))).toEqual(['key-1', 'key-1', 'key-2'])
    expect(placeOrder.mock.calls[2]?.[1]).toEqual(placeOrder.mock.calls[1]?.[1])
    expect(checkout.error.value).toBeNull()
  })

  it('takes a new key only once: a refusal of the new key is shown', async () => {
    const reused = () => fail('VALIDATION', { reason: 'idempotency_key_reused' })
    const placeOrder = vi.fn(reused)
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder('tok_visa')).toBe('idle')
    expect(placeOrder).toHaveBeenCalledTimes(2)
    expect(checkout.error.value?.reason).toBe('idempotency_key_reused')
  })

  it('reuses the key of an attempt cut short by a reload', async () => {
    const storage = createMemoryStorage()
    const hanging = vi.fn(() => new Promise<PlaceOrderResult>(() => {}))
    const before = await atReview({ placeOrder: hanging }, storage)
    void before.checkout.placeOrder()
    await vi.waitFor(() => expect(hanging).toHaveBeenCalled())
    before.checkout.dispose()
    const placeOrder = vi.fn(async () => placed)
    const after = await atReview({ placeOrder }, storage, 'reloaded')
    expect(after.checkout.step.value).toBe('review')
    await after.checkout.placeOrder()
    expect(keyOf(placeOrder, 0)).toBe('key-1')
    expect(keyOf(hanging, 0)).toBe('key-1')
  })

  it('keeps every input after a decline and uses a new key for the next attempt', async () => {
    const placeOrder = vi.fn().mockImplementationOnce(() => fail('PAYMENT_DECLINED'))
    placeOrder.mockResolvedValue(placed)
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder('tok_declined')).toBe('declined')
    expect(checkout.error.value?.code).toBe('PAYMENT_DECLINED')
    expect(checkout.step.value).toBe('review')
    expect(checkout.selectedPaymentMethodId.value).toBe('card')
    expect(checkout.canPlaceOrder.value).toBe(true)
    expect(await checkout.placeOrder('tok_visa')).toBe('placed')
    expect([keyOf(placeOrder, 0), keyOf(placeOrder, 1)]).toEqual(['key-1', 'key-2'])
  })

  it('shows the new totals after a CONFLICT and pays them only once accepted', async () => {
    const changed = { ...readyCart(2), total: eur(2990) }
    const getCart = vi.fn().mockResolvedValueOnce(readyCart()).mockResolvedValue(changed)
    const placeOrder = vi.fn().mockImplementationOnce(() => fail('CONFLICT'))
    placeOrder.mockResolvedValue(placed)
    const { checkout } = await atReview({ getCart, placeOrder })
    expect(await checkout.placeOrder()).toBe('idle')
    expect(checkout.conflict.value?.total).toEqual(eur(2990))
    expect(checkout.cart.value?.total).toEqual(eur(2490))
    expect(checkout.canPlaceOrder.value).toBe(false)
    expect(await checkout.placeOrder()).toBe('idle')
    expect(placeOrder).toHaveBeenCalledTimes(1)
    expect(checkout.acceptNewTotals()).toBe(true)
    expect(checkout.cart.value?.total).toEqual(eur(2990))
    expect(await checkout.placeOrder()).toBe('placed')
    expect(placeOrder.mock.calls[1]?.[1]).toMatchObject({ cartVersion: 2 })
    expect(keyOf(placeOrder, 1)).toBe('key-2')
  })

  it('treats a CONFLICT for a key in flight as its own attempt, keeping the key', async () => {
    const placeOrder = vi
      .fn()
      .mockImplementationOnce(() => fail('CONFLICT', { reason: 'idempotency_key_in_flight' }))
    placeOrder.mockResolvedValue(placed)
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder()).toBe('idle')
    expect(checkout.conflict.value).toBeNull()
    expect(await checkout.retry()).toBe(true)
    expect(keyOf(placeOrder, 1)).toBe('key-1')
  })

  it('shows new totals when the amount due moved without a new cart version', async () => {
    const changed = { ...readyCart(), amountDue: eur(2990) }
    const getCart = vi.fn().mockResolvedValueOnce(readyCart()).mockResolvedValue(changed)
    const placeOrder = vi.fn(() => fail('CONFLICT', { reason: 'amount_due_changed' }))
    const { checkout } = await atReview({ getCart, placeOrder })
    expect(await checkout.placeOrder()).toBe('idle')
    expect(checkout.conflict.value?.amountDue).toEqual(eur(2990))
    expect(checkout.canPlaceOrder.value).toBe(false)
  })

  it('does not retry a cart that was already ordered', async () => {
    const placeOrder = vi.fn(() => fail('CONFLICT', { reason: 'cart_already_ordered' }))
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder()).toBe('idle')
    expect(checkout.error.value?.reason).toBe('cart_already_ordered')
    expect(checkout.conflict.value).toBeNull()
    expect(await checkout.placeOrder()).toBe('idle')
    expect(keyOf(placeOrder, 1)).toBe('key-2')
  })

  it('sends the shopper to the step that owns a refused field', async () => {
    const refusal = { fieldErrors: [{ field: 'shippingAddress.postalCode', message: 'Bad.' }] }
    const placeOrder = vi.fn(() => fail('VALIDATION', { ...refusal, reason: 'invalid_address' }))
    const { checkout } = await atReview({ placeOrder })
    expect(await checkout.placeOrder()).toBe('idle')
    expect(checkout.step.value).toBe('shipping')
    expect(checkout.fieldErrors.value['shippingAddress.postalCode']?.reason).toBe('invalid_address')
  })

  it('sends nothing while a detail is missing and goes to the step that needs it', async () => {
    const placeOrder = vi.fn(async () => placed)
    const { checkout } = await atReview({
      placeOrder,
      getCart: async () => ({ ...readyCart(), shippingOptionId: null }),
      listShippingOptions: async () => [],
    })
    expect(await checkout.placeOrder()).toBe('idle')
    expect(placeOrder).not.toHaveBeenCalled()
    expect(checkout.step.value).toBe('shipping')
    expect(checkout.error.value?.reason).toBe('checkout_incomplete')
  })
})

describe('3-D Secure', () => {
  const needsChallenge = async (): Promise<PlaceOrderResult> => ({
    status: 'action_required',
    action: challenge,
  })

  it('shows the challenge, then completes the order with its own key', async () => {
    const completePaymentAction = vi.fn(async () => placed)
    const { checkout } = await atReview({ placeOrder: needsChallenge, completePaymentAction })
    expect(await checkout.placeOrder('tok_3ds')).toBe('action_required')
    expect(checkout.pendingAction.value).toEqual(challenge)
    expect(await checkout.completePaymentAction()).toBe('placed')
    expect(completePaymentAction).toHaveBeenCalledWith('cart_1', 'act_1', {
      idempotencyKey: 'key-2',
    })
    expect(checkout.step.value).toBe('confirmation')
  })

  it('resumes a pending challenge after a reload', async () => {
    const storage = createMemoryStorage()
    const before = await atReview({ placeOrder: needsChallenge }, storage)
    await before.checkout.placeOrder('tok_3ds')
    const completePaymentAction = vi.fn(async () => placed)
    const after = await atReview({ completePaymentAction }, storage, 'reloaded')
    expect(after.checkout.paymentStatus.value).toBe('action_required')
    expect(after.checkout.pendingAction.value).toEqual(challenge)
    expect(await after.checkout.completePaymentAction()).toBe('placed')
    expect(completePaymentAction).toHaveBeenCalledWith('cart_1', 'act_1', {
      idempotencyKey: 'key-2',
    })
  })

  it('lets the shopper close the challenge and try again as a new attempt', async () => {
    const placeOrder = vi.fn(needsChallenge)
    const { checkout } = await atReview({ placeOrder })
    await checkout.placeOrder('tok_3ds')
    expect(checkout.cancelPaymentAction()).toBe(true)
    expect(checkout.paymentStatus.value).toBe('idle')
    expect(checkout.pendingAction.value).toBeNull()
    await checkout.placeOrder('tok_3ds_again')
    expect(keyOf(placeOrder, 1)).not.toBe(keyOf(placeOrder, 0))
  })

  it('tells a cancelled challenge from a declined one, until the next attempt', async () => {
    const placeOrder = vi.fn(needsChallenge)
    const completePaymentAction = vi.fn(() =>
      fail('PAYMENT_DECLINED', { reason: 'authentication_failed' }),
    )
    const { checkout } = await atReview({ placeOrder, completePaymentAction })
    await checkout.placeOrder('tok_3ds')
    expect(checkout.paymentFailure.value).toBeNull()
    checkout.cancelPaymentAction()
    expect(checkout.paymentFailure.value).toMatchObject({
      code: 'CANCELLED',
      reason: 'authentication_cancelled',
    })
    // A cancel is not a failure to report as an error: nothing went wrong, nothing was charged.
    expect(checkout.error.value).toBeNull()
    await checkout.placeOrder('tok_3ds_again')
    expect(checkout.paymentFailure.value).toBeNull()
    await checkout.completePaymentAction()
    expect(checkout.paymentFailure.value).toMatchObject({
      code: 'PAYMENT_DECLINED',
      reason: 'authentication_failed',
    })
  })

  it('declines a failed challenge and starts the next attempt with a new key', async () => {
    const placeOrder = vi.fn(needsChallenge)
    const completePaymentAction = vi.fn(() => fail('PAYMENT_DECLINED'))
    const { checkout } = await atReview({ placeOrder, completePaymentAction })
    await checkout.placeOrder('tok_3ds')
    expect(await checkout.completePaymentAction()).toBe('declined')
    expect(checkout.pendingAction.value).toBeNull()
    await checkout.placeOrder('tok_other')
    expect(keyOf(placeOrder, 1)).not.toBe(keyOf(placeOrder, 0))
  })
})

describe('card data', () => {
  it('never lets a payment token reach storage, whatever happens', async () => {
    const written: string[] = []
    const memory = createMemoryStorage()
    const storage: KeyValueStorage = {
      ...memory,
      setItem: (key, value) => {
        written.push(value)
        memory.setItem(key, value)
      },
    }
    const placeOrder = vi
      .fn()
      .mockImplementationOnce(() => fail('NETWORK'))
      .mockImplementationOnce(async () => ({ status: 'action_required', action: challenge }))
    const completePaymentAction = vi.fn(async () => placed)
    const { checkout } = await atReview({ placeOrder, completePaymentAction }, storage)
    await checkout.placeOrder('tok_SECRET_4111')
    await checkout.retry()
    await checkout.completePaymentAction()
    expect(checkout.order.value).not.toBeNull()
    expect(written.length).toBeGreaterThan(3)
    expect(written.join('\n')).not.toContain('tok_SECRET_4111')
  })
})
