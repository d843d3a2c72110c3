import type { ReadonlySignal } from '@preact/signals'
import type { CheckoutError } from '@weship/checkout-core'
import { useLayoutEffect } from 'preact/hooks'
import type { Translator } from '../i18n/translator.js'
import { ErrorState } from './error-state.js'
import { TranslatorContext } from './translator-context.js'

export interface CartButtonViewModel {
  translator: ReadonlySignal<Translator>
  /** Items in the cart, or null until the cart is known. */
  count: ReadonlySignal<number | null>
  error: ReadonlySignal<CheckoutError | null>
  open(): void
  settled(): void
}

/** A cart icon with the item count; its accessible name says both, e.g. "Cart, 3 items". */
export function CartButtonView({ model }: { model: CartButtonViewModel }) {
  const translator = model.translator.value
  const { t } = translator
  const count = model.count.value
  const error = model.error.value
  useLayoutEffect(() => {
    if (count !== null || error) model.settled()
  }, [count, error, model])
  return (
    <TranslatorContext.Provider value={translator}>
      {error ? (
        <ErrorState error={error} />
      ) : (
        <button
          part="base button"
          class="button"
          type="button"
          dir={translator.dir}
          lang={translator.language}
          aria-label={t('cartButton.label', { count: count ?? 0 })}
          onClick={model.open}
        >
          <svg
            part="icon"
            viewBox="0 0 24 24"
            width="1.25em"
            height="1.25em"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
          >
            <path d="M2 3h3l2.4 11h10.6l2-8H6" />
            <circle cx="9" cy="19" r="1.5" />
            <circle cx="17" cy="19" r="1.5" />
          </svg>
          <span part="label">{t('cartButton.text')}</span>
          {count !== null && count > 0 && (
            <span part="count" class="count" aria-hidden="true">
              {count}
            </span>
          )}
        </button>
      )}
    </TranslatorContext.Provider>
  )
}
