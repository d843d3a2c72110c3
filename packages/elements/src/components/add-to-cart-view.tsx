import type { ReadonlySignal } from '@preact/signals'
import type { CheckoutError } from '@weship/checkout-core'
import { useLayoutEffect } from 'preact/hooks'
import type { Translator } from '../i18n/translator.js'
import { ErrorState } from './error-state.js'
import { TranslatorContext } from './translator-context.js'

export type AddToCartStatus = 'idle' | 'adding' | 'added' | 'failed'

export interface AddToCartViewModel {
  translator: ReadonlySignal<Translator>
  status: ReadonlySignal<AddToCartStatus>
  /** How many one press adds (the `quantity` attribute), said on the button when more than 1. */
  quantity: ReadonlySignal<number>
  /** A configuration error replaces the button; an add that failed shows below it. */
  error: ReadonlySignal<CheckoutError | null>
  add(): void
  settled(): void
}

/** The add-to-cart button ("Add 2 to cart" when it adds two), its confirmation and its error. */
export function AddToCartView({ model }: { model: AddToCartViewModel }) {
  const translator = model.translator.value
  const { t } = translator
  const status = model.status.value
  const count = model.quantity.value
  const error = model.error.value
  const adding = status === 'adding'
  useLayoutEffect(() => model.settled(), [model])
  return (
    <TranslatorContext.Provider value={translator}>
      <span part="base" class="add-to-cart" dir={translator.dir} lang={translator.language}>
        {error?.code !== 'CONFIG' && (
          <button
            part="button"
            class="button"
            type="button"
            aria-disabled={adding}
            onClick={model.add}
          >
            {adding ? t('addToCart.adding') : t('addToCart.label', { count })}
          </button>
        )}
        {/* Seen as well as heard: the badge in the header may be out of view. */}
        <span part="status" class="added" role="status">
          {status === 'added' ? t('addToCart.added', { count }) : ''}
        </span>
        {error && <ErrorState error={error} />}
      </span>
    </TranslatorContext.Provider>
  )
}
