import type { CheckoutError } from '@weship/checkout-core'
import { errorMessageKey } from '../i18n/error-message.js'
import { useTranslator } from './translator-context.js'

interface ErrorStateProps {
  error: CheckoutError
  /** Shown as "Try again"; never for configuration errors, which only the merchant can fix. */
  onRetry?: (() => void) | undefined
  /** Shown as "Start a new cart" when the cart itself is gone (expired, or already ordered). */
  onStartOver?: (() => void) | undefined
}

/** A failure in words a shopper can act on; a configuration error adds the developer's details. */
export function ErrorState({ error, onRetry, onStartOver }: ErrorStateProps) {
  const { t } = useTranslator()
  const isConfig = error.code === 'CONFIG'
  const retry = isConfig ? undefined : onRetry
  // The reasons of core's isCartGone(), named here: importing it made rolldown move the code the
  // entry shares with its chunks into an extra eager chunk (+0.7 KB and a request, see ADR 0007).
  const gone = error.reason === 'cart_not_found' || error.reason === 'cart_already_ordered'
  const startOver = gone ? onStartOver : undefined
  // The docs link is rendered as a link, so it comes off the end of the message text.
  const detail = error.docsUrl ? error.message.replace(` See ${error.docsUrl}`, '') : error.message
  return (
    <div part="error" class="error" role="alert">
      <p part="error-message" class="error-message">
        {t(errorMessageKey(error))}
      </p>
      {isConfig && (
        <p part="error-detail" class="error-detail">
          <span lang="en" dir="ltr">
            {detail}
          </span>{' '}
          {error.docsUrl && (
            <a href={error.docsUrl} target="_blank" rel="noopener">
              {t('errors.configHelp')}
            </a>
          )}
        </p>
      )}
      {(retry || startOver) && (
        <div class="error-actions">
          {retry && (
            <button part="button retry-button" class="button" type="button" onClick={retry}>
              {t('actions.tryAgain')}
            </button>
          )}
          {startOver && <StartOverButton onClick={startOver} />}
        </div>
      )}
    </div>
  )
}

/** "Start a new cart": the way out of a cart that is gone (expired, or already ordered). */
export function StartOverButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslator()
  return (
    <button
      part="button start-over-button"
      class="button button-secondary"
      type="button"
      onClick={onClick}
    >
      {t('actions.startNewCart')}
    </button>
  )
}
