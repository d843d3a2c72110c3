import { type CheckoutStep, checkoutSteps } from '@weship/checkout-core'
import { useContext } from 'preact/hooks'
import { usePaymentProvider } from '../payments/payment-providers.js'
import { heldTokenFor, selectedPaymentMethod } from '../payments/payment-token-store.js'
import { useCheckout } from './checkout-context.js'
import { StepSubmitContext } from './step-submit.js'
import { useTranslator } from './translator-context.js'

const shown = checkoutSteps.filter((step) => step !== 'confirmation')

// Literal part names, so the element's documented parts can be checked against the code.
const stepParts = {
  current: { part: 'progress-step progress-step-current' },
  done: { part: 'progress-step progress-step-done' },
  todo: { part: 'progress-step progress-step-todo' },
}

/**
 * Where the shopper is, and a way back to any earlier step, or on to one already done. A jump
 * forward first does what the current step's own button does (saves the e-mail or the address,
 * tokenizes the card), and stays when that fails; review is offered only where it can pay, so
 * the card is never asked for twice.
 */
export function StepProgress() {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const submit = useContext(StepSubmitContext)
  const current = checkout.step.value
  const canEnter = checkout.canEnter.value
  const completed = checkout.completed.value
  const method = selectedPaymentMethod(checkout)
  const needsCard = !!usePaymentProvider(method) && !heldTokenFor(checkout, method)
  const offered = (step: CheckoutStep) =>
    canEnter[step] && (step !== 'review' || !needsCard || current === 'payment')
  async function jump(step: CheckoutStep) {
    const forward = checkoutSteps.indexOf(step) > checkoutSteps.indexOf(current)
    const leave = forward ? submit.current : null
    if (leave && !(await leave())) return
    checkout.goTo(step)
  }
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
              {!isCurrent && offered(step) ? (
                <button type="button" class="progress-link" onClick={() => void jump(step)}>
                  <span class="progress-index" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span class="progress-label">{label}</span>
                  {state === 'done' && <span class="visually-hidden"> {t('steps.done')}</span>}
                </button>
              ) : (
                <span class="progress-link" aria-current={isCurrent ? 'step' : undefined}>
                  <span class="progress-index" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span class="progress-label">{label}</span>
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
