import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { useTranslator } from './translator-context.js'

/** Closes the checkout's drawer; null inline, where the shopper is on the page already. */
export const CloseDrawerContext = createContext<(() => void) | null>(null)

/** "Continue shopping": back to the page from a drawer with nothing more to do in it. */
export function ContinueShopping() {
  const { t } = useTranslator()
  const close = useContext(CloseDrawerContext)
  if (!close) return null
  return (
    <button
      part="button continue-shopping-button"
      class="button button-secondary"
      type="button"
      onClick={close}
    >
      {t('cartStep.continueShopping')}
    </button>
  )
}
