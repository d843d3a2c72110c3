import type { CheckoutStep } from '@weship/checkout-core'
import { useTranslator } from '../components/translator-context.js'
import type { laterSteps } from './later-steps.js'
import { loadLaterSteps } from './use-later-steps.js'

interface StepLoadingProps {
  step: Exclude<CheckoutStep, 'cart'>
  later: { steps: typeof laterSteps | null; failed: boolean }
}

/** A step after the cart, or a short wait (or "Try again") while its code is fetched. */
export function StepLoading({ step, later }: StepLoadingProps) {
  const { t } = useTranslator()
  const View = later.steps?.[step]
  if (View) return <View />
  if (later.failed) {
    return (
      <div part="error" class="error" role="alert">
        <p part="error-message" class="error-message">
          {t('errors.reasons.unreachable')}
        </p>
        <div class="error-actions">
          <button
            part="button retry-button"
            class="button"
            type="button"
            onClick={() => void loadLaterSteps()}
          >
            {t('actions.tryAgain')}
          </button>
        </div>
      </div>
    )
  }
  return (
    <p part="status" class="status" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('steps.loading')}
    </p>
  )
}
