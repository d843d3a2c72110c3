import type { ReadonlySignal } from '@preact/signals'
import { useLayoutEffect } from 'preact/hooks'
import { TranslatorContext } from '../components/translator-context.js'
import type { Translator } from '../i18n/translator.js'
import { CartStep } from './cart/cart-step.js'
import type { CartViewState } from './cart/cart-view-state.js'

/** What the checkout element hands its view: state to read and actions to call. */
export interface CheckoutViewModel {
  translator: ReadonlySignal<Translator>
  cart: ReadonlySignal<CartViewState>
  retry(): void
  startOver(): void
  /** Called once the view shows something other than its first loading state. */
  settled(): void
}

/** The checkout's frame: one step for now (the cart); later steps switch in here. */
export function CheckoutView({ model }: { model: CheckoutViewModel }) {
  const translator = model.translator.value
  const cart = model.cart.value
  const busy = cart.kind === 'loading' || (cart.kind !== 'error' && cart.busy)
  useLayoutEffect(() => {
    if (cart.kind !== 'loading') model.settled()
  }, [cart.kind, model])
  return (
    <TranslatorContext.Provider value={translator}>
      <section
        part="base"
        class="checkout"
        dir={translator.dir}
        lang={translator.language}
        aria-labelledby="title"
        aria-busy={busy}
      >
        <CartStep state={cart} onRetry={model.retry} onStartOver={model.startOver} />
      </section>
    </TranslatorContext.Provider>
  )
}
