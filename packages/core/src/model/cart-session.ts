import { batch, computed, signal } from '@preact/signals-core'
import type { CheckoutAdapter } from '../adapter.js'
import { type CheckoutError, isCheckoutError, toCheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import type { UnavailableLine } from '../schemas/reorder.js'
import { createSafeStorage, type KeyValueStorage } from './storage.js'
import { yieldToMain } from './yield-to-main.js'

/** What a "Buy again" link could not do: lines it added less of or none of, or it had expired. */
export interface ReorderNotice {
  unavailable: readonly UnavailableLine[]
  /** The link was unknown or past its date: nothing was added. */
  expired: boolean
}

/**
 * A refusal that means the cart can take no more changes, whatever is tried again: it expired,
 * or it became an order. The way out is a new cart.
 */
export function isCartGone(error: unknown): boolean {
  return (
    isCheckoutError(error) &&
    (error.reason === 'cart_not_found' || error.reason === 'cart_already_ordered')
  )
}

export type CartStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface CartSessionOptions {
  adapter: CheckoutAdapter
  /** Where the cart id is remembered between page loads. */
  storage?: KeyValueStorage
  /** Storage key; one per backend so two shops on one origin never share a cart. */
  storageKey?: string
  /** Currency of a new cart; an existing cart keeps its own. */
  currency?: string
}

/**
 * The shopper's cart on this page, shared by every element that shows or changes it.
 * Signals hold the state; actions never throw: a failure becomes `error` and keeps the cart.
 */
export function createCartSession(options: CartSessionOptions) {
  const { adapter } = options
  const storage = createSafeStorage(options.storage)
  const storageKey = options.storageKey ?? 'weship:cart'

  const cart = signal<Cart | null>(null)
  const status = signal<CartStatus>('idle')
  const error = signal<CheckoutError | null>(null)
  /** Mutations in flight; the UI shows a busy state while it is above zero. */
  const pending = signal(0)
  /** The remembered cart had expired and a new (or no) cart took its place: say so. */
  const expired = signal(false)
  /**
   * After a "Buy again" link: the order's lines the new cart holds less of, or none of, or that
   * the link had expired. Null otherwise; the shopper's next change to the cart clears it.
   */
  const reordered = signal<ReorderNotice | null>(null)
  const itemCount = computed(() => cart.value?.itemCount ?? 0)
  let loading: Promise<Cart | null> | null = null

  function remember(next: Cart) {
    const shown = cart.peek()
    // An answer overtaken by a later change (from any element) must not undo it.
    if (shown && shown.id === next.id && shown.version > next.version) return
    batch(() => {
      cart.value = next
      status.value = 'ready'
      error.value = null
    })
    storage.setItem(storageKey, next.id)
  }

  /** A failed load leaves nothing to show (error state); a failed change keeps what is shown. */
  function fail(cause: unknown, fromLoad = false): null {
    const checkoutError = toCheckoutError(cause)
    batch(() => {
      error.value = checkoutError
      if (fromLoad && !cart.value) status.value = 'error'
    })
    return null
  }

  /** Loads the given cart, else the remembered one; resolves to null on failure (see `error`). */
  function load(cartId?: string): Promise<Cart | null> {
    const id = cartId ?? storage.getItem(storageKey) ?? undefined
    if (loading && !cartId) return loading
    return fetchCart(() => (id ? adapter.getCart(id) : null), !!cartId)
  }

  /**
   * Loads the cart behind a recovery token (a reminder e-mail's link) and remembers it, on this
   * device from now on. Until it settles, `load()` waits for it instead of the remembered cart.
   */
  function recover(token: string): Promise<Cart | null> {
    const recoverCart = adapter.recoverCart?.bind(adapter)
    if (!recoverCart) return load()
    return fetchCart(() => recoverCart(token), true)
  }

  /**
   * Loads the cart `fetch` answers and remembers it, like `recover`; when it answers null, the
   * remembered cart (e.g. after a "Buy again" link that could add nothing: `reorderCart`).
   */
  function loadWith(fetch: () => Promise<Cart | null>): Promise<Cart | null> {
    return fetchCart(async () => {
      const id = storage.getItem(storageKey)
      return (await fetch()) ?? (id ? adapter.getCart(id) : null)
    }, false)
  }

  function fetchCart(
    fetch: () => Promise<Cart | null> | null,
    asked: boolean,
  ): Promise<Cart | null> {
    status.value = 'loading'
    // Through a promise, so an adapter that throws synchronously still ends as an error state.
    loading = Promise.resolve()
      .then(fetch)
      // Parsing the answer and rendering the cart it shows are two tasks, not one long one.
      .then(async (loaded) => {
        await yieldToMain()
        return loaded
      })
      .then((loaded) => {
        if (loaded) remember(loaded)
        else settleEmpty()
        return loaded
      })
      .catch((cause: unknown) => {
        // An expired remembered cart is no failure: the shopper has no cart, and is told why.
        if (!asked && isCheckoutError(cause) && cause.reason === 'cart_not_found') {
          // Not `forget()`: a "Buy again" notice that led here stays.
          storage.removeItem(storageKey)
          settleEmpty()
          expired.value = true
          return null
        }
        return fail(cause, true)
      })
      .finally(() => {
        loading = null
      })
    return loading
  }

  let queue: Promise<unknown> = Promise.resolve()

  /**
   * Runs a change after every earlier one and shows its answer; its failure is handed back to
   * the caller (the checkout maps it onto fields). Two quick adds from two buttons, or an add
   * during a checkout change, land one after the other in one cart.
   */
  function apply(change: (current: Cart | null) => Promise<Cart>): Promise<Cart> {
    pending.value++
    const result = queue.then(async () => {
      try {
        // A change made before the remembered cart has loaded must land in it, not a second cart.
        if (status.value === 'idle') await load()
        else if (loading) await loading
        const next = await change(cart.value)
        if (next.id === cart.peek()?.id) expired.value = false
        remember(next)
        return next
      } finally {
        pending.value--
      }
    })
    queue = result.catch(() => undefined)
    return result
  }

  /**
   * The shopper's own change to the lines (add, quantity, remove): like `apply`, but a failure
   * becomes `error` and resolves to null. It answers a "Buy again" notice, which then goes.
   */
  function mutate(change: (current: Cart | null) => Promise<Cart>): Promise<Cart | null> {
    return apply(change).then((next) => {
      reordered.value = null
      return next
    }, fail)
  }

  /**
   * Adds to the current cart, creating one first when the shopper has none yet, or when the
   * current one is gone: ordered (in another tab, or by a payment whose confirmation this tab
   * never saw) or expired. Otherwise every add would fail the same way until the shopper cleared
   * their storage.
   */
  function addItem(sku: string, quantity = 1) {
    const createCart = () => {
      const currency = options.currency
      return adapter.createCart({ ...(currency ? { currency } : {}), items: [{ sku, quantity }] })
    }
    return mutate(async (current) => {
      if (!current) return createCart()
      try {
        return await adapter.addItem(current.id, { sku, quantity })
      } catch (cause) {
        if (isCartGone(cause)) {
          // Its items are lost with it: the new cart says so rather than looking like the old one.
          if (isCheckoutError(cause) && cause.reason === 'cart_not_found') expired.value = true
          return createCart()
        }
        const landed = await addThatLanded(cause, current, sku, quantity)
        if (landed) return landed
        throw cause
      }
    })
  }

  /**
   * An add whose answer was lost (a timeout, a dropped connection) may have reached the shop: if
   * the cart is now exactly one change further, with that quantity more of the SKU, it did, and
   * the shopper's second click must not add it twice.
   */
  async function addThatLanded(cause: unknown, before: Cart, sku: string, quantity: number) {
    if (!isCheckoutError(cause) || cause.code !== 'NETWORK') return null
    const after = await adapter.getCart(before.id).catch(() => null)
    const count = (cart: Cart) => cart.items.find((item) => item.sku === sku)?.quantity ?? 0
    const added = after && after.version === before.version + 1
    return added && count(after) === count(before) + quantity ? after : null
  }

  function updateQuantity(lineId: string, quantity: number) {
    return mutate((current) => adapter.updateItem(requireCart(current).id, lineId, quantity))
  }

  function removeItem(lineId: string) {
    return mutate((current) => adapter.removeItem(requireCart(current).id, lineId))
  }

  function settleEmpty() {
    batch(() => {
      cart.value = null
      status.value = 'ready'
      error.value = null
    })
  }

  /** Forgets the cart, e.g. after an order; the next add starts a new one. */
  function forget() {
    storage.removeItem(storageKey)
    reordered.value = null
    settleEmpty()
  }

  return {
    cart,
    status,
    error,
    pending,
    expired,
    reordered,
    itemCount,
    load,
    recover,
    loadWith,
    apply,
    /** Shows a cart the caller got from the backend itself (unless a newer one is shown). */
    show: remember,
    addItem,
    updateQuantity,
    removeItem,
    forget,
  }
}

export type CartSession = ReturnType<typeof createCartSession>

function requireCart(cart: Cart | null): Cart {
  if (!cart) throw new Error('There is no cart to change yet.')
  return cart
}
