import type { Checkout, PaymentAction, PaymentMethod } from '@weship/checkout-core'
import { useEffect, useRef, useState } from 'preact/hooks'
import { ChallengeDialog } from '../../components/challenge-dialog.js'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import type { PaymentActionOutcome, PaymentProvider } from '../../payments/payment-provider.js'
import { usePaymentProvider } from '../../payments/payment-providers.js'
import { selectedPaymentMethod } from '../../payments/payment-token-store.js'
import { yieldModality } from './page-modality.js'

/**
 * The action the backend asked for while placing the order: the method's provider runs it when
 * it can (Stripe's `handleNextAction`), else the widget frames its page in a dialog. Either way
 * the checkout then asks the backend for the outcome.
 */
export function PendingPaymentAction({ action }: { action: PaymentAction }) {
  const checkout = useCheckout()
  const method = selectedPaymentMethod(checkout)
  const provider = usePaymentProvider(method)
  if (method && provider?.handleAction) {
    return <ProviderAction action={action} method={method} provider={provider} />
  }
  if (action.type === 'three_d_secure') {
    return (
      <ChallengeDialog
        key={action.id}
        action={action}
        onComplete={() => void checkout.completePaymentAction()}
        onCancel={() => checkout.cancelPaymentAction()}
      />
    )
  }
  return <Unrunnable />
}

interface ProviderActionProps {
  action: PaymentAction
  method: PaymentMethod
  provider: PaymentProvider
}

function ProviderAction({ action, method, provider }: ProviderActionProps) {
  const checkout = useCheckout()
  const { t, locale } = useTranslator()
  const [failed, setFailed] = useState(false)
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (failed) return
    let live = true
    // The provider's UI may sit in the page (Stripe's modal): a modal drawer must let it be used.
    const restoreModality = yieldModality(status.current)
    runOnce(checkout, action, () => provider.handleAction?.(action, { method, locale })).then(
      (outcome) => {
        restoreModality()
        if (!live) return
        if (outcome === 'cancelled') checkout.cancelPaymentAction()
        else void checkout.completePaymentAction()
      },
      () => {
        restoreModality()
        if (live) setFailed(true)
      },
    )
    return () => {
      live = false
      restoreModality()
    }
  }, [action, failed])
  if (!failed) {
    return (
      <p part="status" class="status" role="status" ref={status}>
        <span class="spinner" aria-hidden="true" />
        {t('review.confirmingPayment')}
      </p>
    )
  }
  return (
    <div part="error payment-action-error" class="error" role="alert">
      <p part="error-message" class="error-message">
        {t('review.actionFailed')}
      </p>
      <div class="error-actions">
        <button
          part="button retry-button"
          class="button"
          type="button"
          onClick={() => setFailed(false)}
        >
          {t('review.tryAgain')}
        </button>
        <button
          part="button cancel-challenge-button"
          class="button button-secondary"
          type="button"
          onClick={() => checkout.cancelPaymentAction()}
        >
          {t('review.challengeCancel')}
        </button>
      </div>
    </div>
  )
}

// Re-rendering the step (a new language, a remount) must not run the same action twice.
const running = new WeakMap<Checkout, { action: PaymentAction; outcome: Promise<unknown> }>()

function runOnce(
  checkout: Checkout,
  action: PaymentAction,
  run: () => Promise<PaymentActionOutcome> | undefined,
): Promise<PaymentActionOutcome | undefined> {
  const current = running.get(checkout)
  if (current?.action === action) return current.outcome as Promise<PaymentActionOutcome>
  const outcome = Promise.resolve().then(run)
  running.set(checkout, { action, outcome })
  // A failed run may be tried again with the same action.
  outcome.catch(() => {
    if (running.get(checkout)?.outcome === outcome) running.delete(checkout)
  })
  return outcome
}

/** An action nothing here can run (no provider handles it, no page to frame): the attempt ends. */
function Unrunnable() {
  const checkout = useCheckout()
  useEffect(() => {
    checkout.cancelPaymentAction('payment_action_unavailable')
  }, [checkout])
  return null
}
