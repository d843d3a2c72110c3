import type { Signal } from '@preact/signals'
import type { CartSession } from '@weship/checkout-core'
import { useEffect, useRef } from 'preact/hooks'
import { useCheckout } from '../components/checkout-context.js'
import { ErrorBanner } from '../components/error-banner.js'
import { OrderSummary } from '../components/order-summary.js'
import { StepProgress } from '../components/step-progress.js'
import { type StepSubmit, StepSubmitContext } from '../components/step-submit.js'
import { useTranslator } from '../components/translator-context.js'
import { CartReview, type RemovedLine } from './cart/cart-review.js'
import { StepLoading } from './step-loading.js'
import { useLaterSteps } from './use-later-steps.js'

interface CheckoutFlowProps {
  session: CartSession
  removed: Signal<RemovedLine | null>
  /** Forgets the cart for a new one: offered when the cart was already ordered elsewhere. */
  onStartOver(): void
}

/**
 * The steps with their heading, progress and summary. When the shopper moves to another step
 * the heading takes focus, so keyboard and screen-reader users start at the top of the new
 * step; a reload resuming at a step leaves focus and scroll where the page put them.
 */
export function CheckoutFlow({ session, removed, onStartOver }: CheckoutFlowProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const step = checkout.step.value
  const resuming = checkout.busy.value.has('resume')
  const title = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(step)
  const submit = useRef<StepSubmit | null>(null)
  useEffect(() => {
    if (shownStep.current === step) return
    shownStep.current = step
    if (!resuming) title.current?.focus({ preventScroll: false })
  }, [step])
  const later = useLaterSteps()
  const done = step === 'confirmation'
  return (
    <StepSubmitContext.Provider value={submit}>
      {!done && <StepProgress />}
      <div class={done ? 'layout layout-single' : 'layout'}>
        <div part="step" class="step" data-step={step}>
          <h2 part="title" class="title" id="title" tabIndex={-1} ref={title}>
            {t(`steps.${step}` as 'steps.cart')}
          </h2>
          <ErrorBanner onStartOver={onStartOver} />
          {step === 'cart' ? (
            <CartReview session={session} removed={removed} onStartOver={onStartOver} />
          ) : (
            <StepLoading step={step} later={later} />
          )}
        </div>
        {!done && <OrderSummary showItems={step !== 'cart'} />}
      </div>
    </StepSubmitContext.Provider>
  )
}
