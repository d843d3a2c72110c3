import { computed, type ReadonlySignal, signal } from '@preact/signals-core'
import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError, toCheckoutError } from '../errors.js'
import { MIN_PASSWORD_LENGTH } from '../schemas/customer.js'
import type { Order } from '../schemas/order.js'
import type { StatusView } from './order-status.js'

export type OfferState =
  | { status: 'idle' | 'working' | 'done' }
  | { status: 'failed'; error: CheckoutError }

export interface OfferContext {
  adapter: CheckoutAdapter
  view: ReadonlySignal<StatusView>
  /** The token that opened the order: it proves the order is the shopper's. */
  token: () => string
  onError(error: CheckoutError): void
}

/**
 * What the status page offers once it has shown the order (so only to someone who opened it):
 * "Buy again", and an account for a guest order, for the order's e-mail.
 */
export function createOrderOffers({ adapter, view, token, onError }: OfferContext) {
  const reorder = signal<OfferState>({ status: 'idle' })
  const account = signal<OfferState>({ status: 'idle' })
  const shown = (): Order | null => {
    const current = view.peek()
    return current.kind === 'order' ? current.order : null
  }
  const failed = (state: typeof reorder, cause: unknown, report = true) => {
    const error = toCheckoutError(cause)
    if (report) onError(error)
    state.value = { status: 'failed', error }
  }

  /** A fresh "Buy again" token for the order shown; null when it failed (see `reorder`). */
  async function buyAgain(): Promise<string | null> {
    const order = shown()
    const create = adapter.createReorderLink?.bind(adapter)
    if (!order || !create || reorder.peek().status === 'working') return null
    reorder.value = { status: 'working' }
    try {
      const link = await create(order.id, { token: token() })
      // Still working: the page is about to leave for the shop.
      return link.token
    } catch (cause) {
      failed(reorder, cause)
      return null
    }
  }

  /** An account for the order's e-mail and name, keeping this order in it. */
  async function createAccount(password: string): Promise<boolean> {
    const order = shown()
    const signUp = adapter.signUp?.bind(adapter)
    if (!order || !signUp || account.peek().status === 'working') return false
    if (password.length < MIN_PASSWORD_LENGTH) {
      // The shopper's to fix, as a field error: nothing to report.
      const tooShort = new CheckoutError('VALIDATION', 'The password is too short.', {
        reason: 'too_short',
      })
      failed(account, tooShort, false)
      return false
    }
    account.value = { status: 'working' }
    try {
      const name = order.shippingAddress.name
      await signUp({ email: order.email, password, name, order: { id: order.id, token: token() } })
      account.value = { status: 'done' }
      return true
    } catch (cause) {
      const error = toCheckoutError(cause)
      failed(account, error, error.code !== 'VALIDATION')
      return false
    }
  }

  return {
    reorder,
    account,
    /** The backend can make "Buy again" links for an order. */
    canBuyAgain: () => Boolean(adapter.capabilities.reorder && adapter.createReorderLink),
    /** A guest order, never one already in an account (nor when the backend does not say). */
    accountOffered: computed(() => {
      const current = view.value
      const guest = current.kind === 'order' && current.order.hasAccount === false
      return guest && Boolean(adapter.capabilities.accounts && adapter.signUp)
    }),
    buyAgain,
    createAccount,
    reset() {
      reorder.value = { status: 'idle' }
      account.value = { status: 'idle' }
    },
  }
}
