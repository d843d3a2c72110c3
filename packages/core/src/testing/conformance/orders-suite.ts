import { CheckoutError } from '../../errors.js'
import { orderSchema, type PlaceOrderResult } from '../../schemas/order.js'
import { stripeCspRequirements } from '../../stripe/stripe-csp.js'
import { expectFailure } from './expect-failure.js'
import type { ConformanceFixtures } from './fixtures.js'
import { checkedCart, newIdempotencyKey, readyToPay } from './prepare.js'
import { describe, expect, it } from './vitest.js'

function completedOrder(result: PlaceOrderResult) {
  if (result.status !== 'completed') throw new Error(`Expected an order, got ${result.status}`)
  return orderSchema.parse(result.order)
}

export function ordersSuite(fixtures: ConformanceFixtures): void {
  const adapter = () => Promise.resolve(fixtures.createAdapter())
  const { payment } = fixtures

  describe('payment and orders', () => {
    it('offers the card method', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const methods = await backend.listPaymentMethods(cart.id)
      expect(methods.map((method) => method.id)).toContain(payment.methodId)
    })

    it('gives a Stripe method its publishable key, and names Stripe’s origins for the CSP', async ({
      skip,
    }) => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const stripeMethods = (await backend.listPaymentMethods(cart.id)).filter(
        (method) => method.provider === 'stripe',
      )
      skip(stripeMethods.length === 0, 'optional: the backend lists no Stripe method')
      for (const method of stripeMethods) expect(method.stripe?.publishableKey).toMatch(/^pk_/)
      const csp = backend.cspRequirements
      expect(csp.scriptSrc).toEqual(expect.arrayContaining(stripeCspRequirements.scriptSrc))
      expect(csp.frameSrc).toEqual(expect.arrayContaining(stripeCspRequirements.frameSrc))
      expect(csp.connectSrc).toEqual(expect.arrayContaining(stripeCspRequirements.connectSrc))
    })

    it('places an order with a receipt that matches the cart, readable with its token', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const request = { cartVersion: cart.version, payment: await payment.success(cart) }
      const order = completedOrder(
        await backend.placeOrder(cart.id, request, { idempotencyKey: newIdempotencyKey() }),
      )
      expect(order.email).toBe(fixtures.contact.email)
      expect(order.receipt.total).toEqual(cart.total)
      expect(order.receipt.items.map((item) => item.sku)).toEqual(cart.items.map((i) => i.sku))
      expect(order.statusToken).toBeTruthy()
      const read = await backend.getOrder(order.id, { token: order.statusToken ?? '' })
      expect(read.number).toBe(order.number)
      await expect(backend.getOrder(order.id, { token: 'wrong-token' })).rejects.toBeInstanceOf(
        CheckoutError,
      )
    })

    it('answers a replay of the same key and body with the same order', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const request = { cartVersion: cart.version, payment: await payment.success(cart) }
      const key = { idempotencyKey: newIdempotencyKey() }
      const first = completedOrder(await backend.placeOrder(cart.id, request, key))
      const again = completedOrder(await backend.placeOrder(cart.id, request, key))
      expect(again.id).toBe(first.id)
      expect(again.number).toBe(first.number)
    })

    it('answers a retry of the attempt with a fresh card token from the stored result', async () => {
      // Tokens are single-use: after a reload the shopper's retry of the same attempt carries a
      // new one, and must neither charge twice nor be refused.
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const key = { idempotencyKey: newIdempotencyKey() }
      const request = { cartVersion: cart.version, payment: await payment.success(cart) }
      const first = completedOrder(await backend.placeOrder(cart.id, request, key))
      const retry = { cartVersion: cart.version, payment: await payment.success(cart) }
      expect(completedOrder(await backend.placeOrder(cart.id, retry, key)).id).toBe(first.id)
    })

    it('refuses the same key with another body', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const key = { idempotencyKey: newIdempotencyKey() }
      const request = { cartVersion: cart.version, payment: await payment.success(cart) }
      await backend.placeOrder(cart.id, request, key)
      const other = { cartVersion: cart.version + 1, payment: await payment.success(cart) }
      await expectFailure(backend.placeOrder(cart.id, other, key), 'VALIDATION')
    })

    it('refuses the same key with another card, yet still answers the first card again', async ({
      skip,
    }) => {
      const { otherCard } = payment
      if (!otherCard) return skip('optional: no payment.otherCard fixture')
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const key = { idempotencyKey: newIdempotencyKey() }
      const request = { cartVersion: cart.version, payment: await payment.success(cart) }
      const first = completedOrder(await backend.placeOrder(cart.id, request, key))
      const other = { cartVersion: cart.version, payment: await otherCard(cart) }
      const refused = await expectFailure(backend.placeOrder(cart.id, other, key), 'VALIDATION')
      expect(refused.reason).toBe('idempotency_key_reused')
      // The first card's retry still gets its order.
      const retry = { cartVersion: cart.version, payment: await payment.success(cart) }
      expect(completedOrder(await backend.placeOrder(cart.id, retry, key)).id).toBe(first.id)
    })

    it('makes exactly one order from concurrent attempts with one key', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const request = { cartVersion: cart.version, payment: await payment.success(cart) }
      const key = { idempotencyKey: newIdempotencyKey() }
      const results = await Promise.allSettled(
        [1, 2, 3].map(() => backend.placeOrder(cart.id, request, key)),
      )
      const orders = new Set<string>()
      for (const result of results) {
        if (result.status === 'fulfilled') orders.add(completedOrder(result.value).id)
        else expect((result.reason as CheckoutError).code).toBe('CONFLICT')
      }
      expect(orders.size).toBe(1)
    })

    it('refuses a stale cart version as CONFLICT and charges nothing', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const changed = checkedCart(
        await backend.addItem(cart.id, { sku: fixtures.otherSku, quantity: 1 }),
      )
      const stale = { cartVersion: cart.version, payment: await payment.success(cart) }
      await expectFailure(
        backend.placeOrder(cart.id, stale, { idempotencyKey: newIdempotencyKey() }),
        'CONFLICT',
      )
      const fresh = { cartVersion: changed.version, payment: await payment.success(changed) }
      const order = completedOrder(
        await backend.placeOrder(cart.id, fresh, { idempotencyKey: newIdempotencyKey() }),
      )
      expect(order.receipt.total).toEqual(changed.total)
    })

    it('reports a decline, then takes another attempt with a new key', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const declined = { cartVersion: cart.version, payment: await payment.declined(cart) }
      await expectFailure(
        backend.placeOrder(cart.id, declined, { idempotencyKey: newIdempotencyKey() }),
        'PAYMENT_DECLINED',
      )
      const retry = { cartVersion: cart.version, payment: await payment.success(cart) }
      completedOrder(
        await backend.placeOrder(cart.id, retry, { idempotencyKey: newIdempotencyKey() }),
      )
    })

    it('asks for 3-D Secure, then completes or declines by the challenge', async ({ skip }) => {
      const { threeDSecure, answerChallenge } = payment
      if (!threeDSecure || !answerChallenge) {
        return skip('optional: no payment.threeDSecure and answerChallenge fixtures')
      }
      const backend = await adapter()
      for (const outcome of ['fail', 'pass'] as const) {
        const cart = await readyToPay(backend, fixtures)
        const request = { cartVersion: cart.version, payment: await threeDSecure(cart) }
        const result = await backend.placeOrder(cart.id, request, {
          idempotencyKey: newIdempotencyKey(),
        })
        if (result.status !== 'action_required') throw new Error('Expected a 3-D Secure action')
        expect(['three_d_secure', 'stripe_next_action']).toContain(result.action.type)
        await answerChallenge(result.action, outcome)
        const completing = backend.completePaymentAction(cart.id, result.action.id, {
          idempotencyKey: newIdempotencyKey(),
        })
        if (outcome === 'fail') await expectFailure(completing, 'PAYMENT_DECLINED')
        else expect(completedOrder(await completing).receipt.total).toEqual(cart.total)
      }
    })
  })
}
