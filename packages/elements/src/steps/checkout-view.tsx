import type { ReadonlySignal, Signal } from '@preact/signals'
import type { CartSession, Checkout } from '@weship/checkout-core'
import { useLayoutEffect } from 'preact/hooks'
import { CheckoutContext } from '../components/checkout-context.js'
import { CheckoutShell, type CheckoutShellModel } from '../components/checkout-shell.js'
import { CloseDrawerContext } from '../components/continue-shopping.js'
import { type PaymentProviders, PaymentProvidersContext } from '../payments/payment-providers.js'
import type { RemovedLine } from './cart/cart-review.js'
import { CartStep } from './cart/cart-step.js'
import type { CartViewState } from './cart/cart-view-state.js'
import { CheckoutFlow } from './checkout-flow.js'
import { OrderStatusUrlContext } from './confirmation/order-status-url.js'

/** What the checkout element hands its view: state to read and actions to call. */
export interface CheckoutViewModel extends CheckoutShellModel {
  cart: ReadonlySignal<CartViewState>
  /** The checkout model, once the configuration is valid. */
  checkout: ReadonlySignal<Checkout | null>
  session: ReadonlySignal<CartSession | null>
  removed: Signal<RemovedLine | null>
  orderStatusUrl: ReadonlySignal<string | null>
  /** Null: the built-in providers. */
  paymentProviders: ReadonlySignal<PaymentProviders | null>
  retry(): void
  startOver(): void
  /** Called once the view shows something other than its first loading state. */
  settled(): void
}

/** The checkout's frame: the cart's loading, empty and error states, else the steps. */
export function CheckoutView({ model }: { model: CheckoutViewModel }) {
  const cart = model.cart.value
  const checkout = model.checkout.value
  const session = model.session.value
  const placed = checkout?.step.value === 'confirmation' && checkout.order.value !== null
  const inFlow = checkout && session && (cart.kind === 'cart' || placed)
  const busy = cart.kind === 'loading' || (cart.kind !== 'error' && cart.busy)
  useLayoutEffect(() => {
    if (cart.kind !== 'loading') model.settled()
  }, [cart.kind, model])
  const closeDrawer = model.mode.value === 'drawer' ? model.closeDrawer : null
  return (
    <CheckoutShell model={model} busy={busy}>
      <CloseDrawerContext.Provider value={closeDrawer}>
        {inFlow ? (
          <CheckoutContext.Provider value={checkout}>
            <PaymentProvidersContext.Provider value={model.paymentProviders.value}>
              <OrderStatusUrlContext.Provider value={model.orderStatusUrl.value}>
                <CheckoutFlow
                  session={session}
                  removed={model.removed}
                  onStartOver={model.startOver}
                />
              </OrderStatusUrlContext.Provider>
            </PaymentProvidersContext.Provider>
          </CheckoutContext.Provider>
        ) : (
          <CartStep
            state={cart}
            onRetry={model.retry}
            onStartOver={model.startOver}
            session={session}
            removed={model.removed}
          />
        )}
      </CloseDrawerContext.Provider>
    </CheckoutShell>
  )
}
