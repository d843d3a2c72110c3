import { computed, signal } from '@preact/signals-core'
import { CheckoutError } from '../errors.js'
import type { Cart } from '../schemas/cart.js'
import type { CartSession } from './cart-session.js'

/**
 * The checkout's writes to the shared cart: one after another, each answer shown in the page's
 * session so the cart button and the summary agree with the checkout.
 */
export function createCartWriter(session: CartSession) {
  const changesAffectingTotals = signal(0)
  /** The cart to act on, once the session's first load is done. */
  async function current(): Promise<Cart> {
    const status = session.status.peek()
    if (status === 'idle' || status === 'loading') await session.load()
    const cart = session.cart.peek()
    if (cart) return cart
    throw (
      session.error.peek() ??
      new CheckoutError('VALIDATION', 'There is no cart to check out.', { reason: 'cart_missing' })
    )
  }

  /** The cart shown right now (null before the first load or after an order). */
  function shown(): Cart | null {
    return session.cart.peek()
  }

  function change(
    work: (cart: Cart) => Promise<Cart>,
    { affectsTotals }: { affectsTotals: boolean },
  ): Promise<Cart> {
    if (affectsTotals) changesAffectingTotals.value++
    const result = session.apply(async () => work(await current()))
    result
      .finally(() => {
        if (affectsTotals) changesAffectingTotals.value--
      })
      .catch(() => undefined)
    return result
  }

  /** Resolves once every change asked for so far has an answer. */
  function settled(): Promise<void> {
    return session
      .apply(async () => current())
      .then(
        () => undefined,
        () => undefined,
      )
  }

  return {
    current,
    shown,
    adopt: session.show,
    change,
    settled,
    /** A change that moves totals is on its way: what is shown may be about to change. */
    totalsStale: computed(() => changesAffectingTotals.value > 0),
  }
}

export type CartWriter = ReturnType<typeof createCartWriter>
