import type { ReadonlySignal } from '@preact/signals'
import {
  analyticsCart,
  analyticsOrder,
  type Checkout,
  type CheckoutError,
  type CheckoutStep,
  type Order,
  type WeshipEventMap,
} from '@weship/checkout-core'
import { errorDetail } from '../events.js'

interface EventHost {
  watch(callback: () => unknown): void
  emit<K extends keyof WeshipEventMap>(name: K, detail: WeshipEventMap[K]): boolean
  report(error: CheckoutError): void
  /** Keeps the whole order, for the element's `lastOrder`; the event carries its summary. */
  placed(order: Order): void
}

/**
 * Turns the model's changes into the public events: a step change, a placed order, a declined
 * payment, and every failure shown. What a model starts with (a resumed draft) is not news.
 */
export function watchCheckoutEvents(checkout: ReadonlySignal<Checkout | null>, host: EventHost) {
  let model: Checkout | null = null
  let step: CheckoutStep | undefined
  let order: Order | null = null
  host.watch(() => {
    const current = checkout.value
    if (!current) return
    const next = current.step.value
    if (model !== current) {
      model = current
      step = next
      order = current.order.peek()
      return
    }
    if (next === step || step === undefined) return
    const previous = step
    step = next
    const cart = current.cart.peek()
    host.emit('weship-step-change', { step: next, previous, cart: cart && analyticsCart(cart) })
  })
  host.watch(() => {
    const current = checkout.value
    const placed = current?.order.value ?? null
    if (!current || current !== model || !placed || placed === order) return
    order = placed
    host.placed(placed)
    host.emit('weship-order-placed', { order: analyticsOrder(placed) })
  })
  watchAbandon(checkout, host)
  host.watch(() => {
    const current = checkout.value
    const error = current?.error.value
    if (!current || !error) return
    host.report(error)
    if (error.code === 'PAYMENT_DECLINED') {
      const methodId = current.selectedPaymentMethodId.peek()
      host.emit('weship-payment-failed', { ...errorDetail(error), methodId })
    }
  })
}

/**
 * `weship-checkout-abandon` when the page is hidden (tab closed, app switched, navigated away)
 * while a shopper who got past the cart has items and no order. Once per page view: coming back
 * and leaving again is the same visit.
 */
function watchAbandon(checkout: ReadonlySignal<Checkout | null>, host: EventHost) {
  let told = false
  host.watch(() => {
    const onHidden = () => {
      if (told || globalThis.document?.visibilityState !== 'hidden') return
      const current = checkout.peek()
      const cart = current?.cart.peek()
      const step = current?.step.peek()
      if (!current || !cart || !step || cart.itemCount === 0 || current.order.peek()) return
      if (step === 'cart' || step === 'confirmation') return
      told = true
      host.emit('weship-checkout-abandon', { step, cart: analyticsCart(cart) })
    }
    globalThis.document?.addEventListener('visibilitychange', onHidden)
    return () => globalThis.document?.removeEventListener('visibilitychange', onHidden)
  })
}
