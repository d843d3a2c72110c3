import type { StoredCart } from './cart-view.js'
import { cartCapacityReached } from './engine-errors.js'

export interface CartShelfOptions {
  now: () => Date
  /** At most this many carts; beyond it the shelf makes room or refuses the new one. */
  maxCarts: number
  /** Carts unchanged for this long are gone. */
  ttlMs: number
  /** A cart read or changed within this long is in use: never dropped to make room. */
  recentUseMs: number
}

/**
 * The open carts, bounded without ever wiping a shopper's: to make room for a new cart it drops
 * idle ones, then carts nobody used since they were made (an empty `POST /carts`), then carts
 * unused for `recentUseMs` (empty ones first); when only carts in recent use are left, the new
 * cart is refused (503 `cart_capacity_reached`) rather than one of them dropped.
 */
export interface CartShelf {
  readonly carts: ReadonlyMap<string, StoredCart>
  isIdle(cart: Pick<StoredCart, 'updatedAt'>): boolean
  /** The cart unless it is gone or idle. */
  get(cartId: string): StoredCart | undefined
  /** The shopper read or changed it: it is in use from now. */
  markUsed(cartId: string): void
  /** Shelves a new cart (in use when it came with items), making room first or refusing. */
  add(cart: StoredCart): void
}

// Bounds the search for an empty cart among the stale ones, so a full shelf stays cheap.
const SCAN_LIMIT = 1_000
const FULL_SWEEP_EVERY_MS = 60_000

export function createCartShelf(options: CartShelfOptions, restored: StoredCart[] = []): CartShelf {
  const carts = new Map<string, StoredCart>()
  // Never read nor changed since they were made, oldest first: the first to go.
  const unused = new Set<string>()
  // Every other cart by the time of its last use, least recent first.
  const lastUse = new Map<string, number>()
  const nowMs = () => options.now().getTime()
  const isIdle = (cart: Pick<StoredCart, 'updatedAt'>) =>
    Date.parse(cart.updatedAt) + options.ttlMs <= nowMs()
  let lastFullSweep = Number.NEGATIVE_INFINITY

  for (const cart of restored.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
    carts.set(cart.id, cart)
    if (isEmpty(cart)) unused.add(cart.id)
    else lastUse.set(cart.id, Date.parse(cart.updatedAt))
  }

  function remove(cartId: string) {
    carts.delete(cartId)
    unused.delete(cartId)
    lastUse.delete(cartId)
  }

  /** Idle carts at the front of either order; a full sweep now and then finds the rest. */
  function dropIdle(everywhere: boolean) {
    if (everywhere && nowMs() - lastFullSweep >= FULL_SWEEP_EVERY_MS) {
      lastFullSweep = nowMs()
      for (const [id, cart] of carts) if (isIdle(cart)) remove(id)
      return
    }
    for (const order of [unused.keys(), lastUse.keys()]) {
      for (const id of order) {
        const cart = carts.get(id)
        if (cart && !isIdle(cart)) break
        remove(id)
      }
    }
  }

  function victim(): string | undefined {
    for (const id of unused) return id
    const recent = nowMs() - options.recentUseMs
    let stale: string | undefined
    let scanned = 0
    for (const [id, usedAt] of lastUse) {
      if (usedAt > recent || scanned++ >= SCAN_LIMIT) break
      const cart = carts.get(id)
      if (!cart || isEmpty(cart)) return id
      stale ??= id
    }
    return stale
  }

  function makeRoom() {
    dropIdle(false)
    while (carts.size >= options.maxCarts) {
      let id = victim()
      if (id === undefined) {
        dropIdle(true)
        if (carts.size < options.maxCarts) return
        id = victim()
      }
      if (id === undefined) throw cartCapacityReached(secondsUntilRoom())
      remove(id)
    }
  }

  function secondsUntilRoom(): number {
    const [oldest] = lastUse.values()
    const wait = (oldest ?? nowMs()) + options.recentUseMs - nowMs()
    return Math.max(1, Math.ceil(wait / 1000))
  }

  return {
    carts,
    isIdle,
    get(cartId) {
      const cart = carts.get(cartId)
      return cart && !isIdle(cart) ? cart : undefined
    },
    markUsed(cartId) {
      if (!carts.has(cartId)) return
      unused.delete(cartId)
      lastUse.delete(cartId)
      lastUse.set(cartId, nowMs())
    },
    add(cart) {
      makeRoom()
      carts.set(cart.id, cart)
      if (cart.lines.length > 0) lastUse.set(cart.id, nowMs())
      else unused.add(cart.id)
    },
  }
}

/** Nothing a shopper gave: no items, no contact, no address, no code. */
function isEmpty(cart: StoredCart): boolean {
  return (
    cart.lines.length === 0 &&
    !cart.contact &&
    !cart.shippingAddress &&
    !cart.billingAddress &&
    !cart.codes?.length
  )
}
