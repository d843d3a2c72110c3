import { type CheckoutStep, checkoutSteps } from '@weship/checkout-core'
import { useCheckout } from './checkout-context.js'
import { useTranslator } from './translator-context.js'

const shown = checkoutSteps.filter((step) => step !== 'confirmation')

// Literal part names, so the element's documented parts can be checked against the code.
const stepParts = {
  current: { part: 'progress-step progress-step-current' },
  done: { part: 'progress-step progress-step-done' },
  todo: { part: 'progress-step progress-step-todo' },
}

/** Where the shopper is, and a way back to any earlier step (or on to one already done). */
export function StepProgress() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const current = checkout.step.value
  const canEnter = checkout.canEnter.value
  const completed = checkout.completed.value
  return (
    <nav part="progress" class="progress" aria-label={t('steps.progress')}>
      <ol class="progress-steps">
        {shown.map((step: CheckoutStep, index) => {
          const label = t(`steps.${step}` as 'steps.cart')
          const isCurrent = step === current
          // Review has nothing to fill in, so it is never "done" before the order.
          const state = isCurrent
            ? 'current'
            : completed[step] && step !== 'review'
              ? 'done'
              : 'todo'
          return (
            <li key={step} {...stepParts[state]} class="progress-step">
              {!isCurrent && canEnter[step] ? (
                <button type="button" class="progress-link" onClick={() => checkout.goTo(step)}>
                  <span class="progress-index" aria-hidden="true">
                    {index + 1}
                  </span>
                  {label}
                  {state === 'done' && <span class="visually-hidden"> {t('steps.done')}</span>}
                </button>
              ) : (
                <span class="progress-link" aria-current={isCurrent ? 'step' : undefined}>
                  <span class="progress-index" aria-hidden="true">
                    {index + 1}
                  </span>
                  {label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
