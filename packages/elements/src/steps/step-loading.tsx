import type { CheckoutError, CheckoutStep } from '@weship/checkout-core'
import { ErrorState } from '../components/error-state.js'
import { useTranslator } from '../components/translator-context.js'
import type { laterSteps } from './later-steps.js'
import { loadLaterSteps } from './use-later-steps.js'

interface StepLoadingProps {
  step: Exclude<CheckoutStep, 'cart'>
  later: { steps: typeof laterSteps | null; error: CheckoutError | null }
}

/** A step after the cart, or a short wait (or "Try again") while its code is fetched. */
export function StepLoading({ step, later }: StepLoadingProps) {
  const { t } = useTranslator()
  const View = later.steps?.[step]
  if (View) return <View />
  if (later.error) return <ErrorState error={later.error} onRetry={() => void loadLaterSteps()} />
  return (
    <p part="status" class="status" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('steps.loading')}
    </p>
  )
}
