import { type Cart, type CartSession, CheckoutError } from '@weship/checkout-core'

/** What the cart step shows; `busy` while a newer cart is on its way. */
export type CartViewState =
  | { kind: 'loading' }
  | { kind: 'error'; error: CheckoutError }
  | { kind: 'empty'; busy: boolean }
  | { kind: 'cart'; cart: Cart; busy: boolean }

export function cartViewState(session: CartSession): CartViewState {
  const status = session.status.value
  const cart = session.cart.value
  if (status === 'error') {
    return { kind: 'error', error: session.error.value ?? new CheckoutError('ADAPTER', 'Unknown') }
  }
  if (!cart && (status === 'idle' || status === 'loading')) return { kind: 'loading' }
  const busy = status === 'loading' || session.pending.value > 0
  return cart && cart.items.length > 0 ? { kind: 'cart', cart, busy } : { kind: 'empty', busy }
}
