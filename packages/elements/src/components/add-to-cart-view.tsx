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
  /** A configuration error replaces the button; an add that failed shows below it. */
  error: ReadonlySignal<CheckoutError | null>
  add(): void
  settled(): void
}

/** The add-to-cart button, its spoken confirmation and its error. */
export function AddToCartView({ model }: { model: AddToCartViewModel }) {
  const translator = model.translator.value
  const { t } = translator
  const status = model.status.value
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
            {adding ? t('addToCart.adding') : t('addToCart.label')}
          </button>
        )}
        <span part="status" class="visually-hidden" role="status">
          {status === 'added' ? t('addToCart.added') : ''}
        </span>
        {error && <ErrorState error={error} />}
      </span>
    </TranslatorContext.Provider>
  )
}
