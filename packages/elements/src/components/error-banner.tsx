import { errorMessageKey } from '../i18n/error-message.js'
import { useCheckout } from './checkout-context.js'
import { ErrorState, StartOverButton } from './error-state.js'
import { useTranslator } from './translator-context.js'

/**
 * A failure that belongs to no field (the shop unreachable, a timeout), with "Try again", which
 * repeats the failed action with what the shopper entered. Declines are the review step's own.
 * A cart already ordered (in another tab) has nothing to try again: it offers a new cart.
 */
export function ErrorBanner({ onStartOver }: { onStartOver(): void }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const error = checkout.error.value
  // A decline and a changed total have their own notices on the review step.
  if (!error || error.code === 'PAYMENT_DECLINED' || checkout.conflict.value) return null
  // Only the merchant can mend a set-up error (a payment page refused): their details, no retry.
  if (error.code === 'CONFIG') return <ErrorState error={error} />
  const retrying = checkout.busy.value.size > 0
  const ordered = error.reason === 'cart_already_ordered'
  return (
    <div part="error error-banner" class="error" role="alert">
      <p part="error-message" class="error-message">
        {t(errorMessageKey(error))}
      </p>
      {ordered && (
        <div class="error-actions">
          <StartOverButton onClick={onStartOver} />
        </div>
      )}
      {!ordered && (
        <div class="error-actions">
          <button
            part="button retry-button"
            class="button"
            type="button"
            aria-disabled={retrying}
            onClick={() => {
              if (!retrying) void checkout.retry()
            }}
          >
            {t('actions.tryAgain')}
          </button>
        </div>
      )}
    </div>
  )
}
