import { timingSafeEqual } from 'node:crypto'
import type { Order, OrderSummary } from '@weship/checkout-core'
import { lookupHash } from '../secrets.js'
import type { StoredOrder } from './order-state.js'

export interface OrderStore {
  add(order: StoredOrder): void
  /** The next shopper-facing number, `WS-10001` onwards. */
  nextNumber(): string
  /** The order when `token` is its live status token; undefined otherwise, whatever the cause. */
  readWithToken(orderId: string, token: string | undefined, now: Date): Order | undefined
  /** The order by id alone, for the engine's own use: never answered to a client as is. */
  read(orderId: string): Order | undefined
  /** Keeps a guest order in the account just made for its e-mail. */
  assignCustomer(orderId: string, customerId: string): void
  forCart(cartId: string): StoredOrder | undefined
  /** The order with this shopper-facing number, for the lookup by number and e-mail. */
  forNumber(number: string): StoredOrder | undefined
  /**
   * Another live token for the order (from a lookup); kept in memory only, as its hash. `now` is
   * the engine's clock (the dev clock moves it): it decides which grants have expired.
   */
  grantToken(orderId: string, tokenHash: string, expiresAt: string, now: Date): void
  /** Orders placed by the customer or with their e-mail, newest first. */
  summariesFor(customer: { id: string; email: string }): OrderSummary[]
  list(): StoredOrder[]
}

const FIRST_NUMBER = 10_001

export function createOrderStore(initial: readonly StoredOrder[] = []): OrderStore {
  const orders = new Map<string, StoredOrder>()
  const byCart = new Map<string, StoredOrder>()
  const byNumber = new Map<string, StoredOrder>()
  const grants = new Map<string, { orderId: string; expiresAt: string }>()
  let lastNumber = FIRST_NUMBER - 1

  function add(order: StoredOrder) {
    orders.set(order.id, order)
    byCart.set(order.cartId, order)
    byNumber.set(order.number, order)
    const number = Number(/^WS-(\d+)$/.exec(order.number)?.[1])
    if (number > lastNumber) lastNumber = number
  }
  for (const order of structuredClone(initial)) add(order)

  return {
    add: (order) => add(structuredClone(order)),
    nextNumber: () => `WS-${lastNumber + 1}`,
    readWithToken(orderId, token, now) {
      const order = orders.get(orderId)
      const hash = token ? lookupHash(token) : undefined
      if (!order || !hash) return undefined
      const given = Buffer.from(hash, 'hex')
      const expected = Buffer.from(order.statusTokenHash, 'hex')
      // A granted token is found by its hash, which a guess cannot aim at: no timing to learn.
      const grant = grants.get(hash)
      const expiresAt = timingSafeEqual(given, expected)
        ? order.statusTokenExpiresAt
        : grant?.orderId === orderId
          ? grant.expiresAt
          : undefined
      if (!expiresAt || Date.parse(expiresAt) <= now.getTime()) return undefined
      return toWire(order)
    },
    read(orderId) {
      const order = orders.get(orderId)
      return order && toWire(order)
    },
    assignCustomer(orderId, customerId) {
      const order = orders.get(orderId)
      if (order && !order.customerId) order.customerId = customerId
    },
    forCart: (cartId) => byCart.get(cartId),
    forNumber: (number) => byNumber.get(number),
    grantToken(orderId, tokenHash, expiresAt, now) {
      // Expired grants go when there are many, so lookups cannot grow memory without bound.
      if (grants.size > 10_000) {
        const cutoff = now.getTime()
        for (const [hash, grant] of grants) {
          if (Date.parse(grant.expiresAt) < cutoff) grants.delete(hash)
        }
      }
      grants.set(tokenHash, { orderId, expiresAt })
    },
    summariesFor({ id }) {
      // By account only: sign-up verifies no e-mail, so matching guests' orders by address would
      // show them to whoever registers that address first.
      return [...orders.values()]
        .filter((order) => order.customerId === id)
        .reverse()
        .map((order) => ({
          id: order.id,
          number: order.number,
          total: { ...order.receipt.total },
          createdAt: order.createdAt,
        }))
    },
    list: () => structuredClone([...orders.values()]),
  }
}

/** The order as the wire shows it: without the engine's bookkeeping. */
export function toWire(order: StoredOrder): Order {
  const { cartId, customerId, statusTokenHash, statusTokenExpiresAt, ...wire } =
    structuredClone(order)
  return { ...wire, hasAccount: customerId !== undefined }
}
