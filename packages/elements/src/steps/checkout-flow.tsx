import type { Signal } from '@preact/signals'
import type { CartSession, CheckoutStep } from '@weship/checkout-core'
import type { ComponentType } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { useCheckout } from '../components/checkout-context.js'
import { ErrorBanner } from '../components/error-banner.js'
import { OrderSummary } from '../components/order-summary.js'
import { StepProgress } from '../components/step-progress.js'
import { useTranslator } from '../components/translator-context.js'
import { CartReview, type RemovedLine } from './cart/cart-review.js'
import { ConfirmationStep } from './confirmation/confirmation-step.js'
import { ContactStep } from './contact/contact-step.js'
import { PaymentStep } from './payment/payment-step.js'
import { ReviewStep } from './review/review-step.js'
import { ShippingStep } from './shipping/shipping-step.js'

const stepViews: Record<Exclude<CheckoutStep, 'cart'>, ComponentType> = {
  contact: ContactStep,
  shipping: ShippingStep,
  payment: PaymentStep,
  review: ReviewStep,
  confirmation: ConfirmationStep,
}

interface CheckoutFlowProps {
  session: CartSession
  removed: Signal<RemovedLine | null>
}

/**
 * The steps with their heading, progress and summary. When the step changes the heading takes
 * focus, so keyboard and screen-reader users start at the top of the new step.
 */
export function CheckoutFlow({ session, removed }: CheckoutFlowProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const step = checkout.step.value
  const title = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current === step) return
    shownStep.current = step
    title.current?.focus({ preventScroll: false })
  }, [step])
  const View = step === 'cart' ? null : stepViews[step]
  const done = step === 'confirmation'
  return (
    <>
      {!done && <StepProgress />}
      <div class={done ? 'layout layout-single' : 'layout'}>
        <div part="step" class="step" data-step={step}>
          <h2 part="title" class="title" id="title" tabIndex={-1} ref={title}>
            {t(`steps.${step}` as 'steps.cart')}
          </h2>
          <ErrorBanner />
          {View ? <View /> : <CartReview session={session} removed={removed} />}
        </div>
        {!done && <OrderSummary showItems={step !== 'cart'} />}
      </div>
    </>
  )
}
