import { isCheckoutError, type PaymentMethod } from '@weship/checkout-core'
import { useRef, useState } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { useStepSubmit } from '../../components/step-submit.js'
import type { MessageKey } from '../../i18n/message-key.js'
import type { MountedPayment, PaymentProvider } from '../../payments/payment-provider.js'
import { heldPaymentToken } from '../../payments/payment-token-store.js'

/**
 * "Continue to review" (and a jump forward in the step list, which does the same): saves a
 * separate billing address, then asks the provider for a token and holds it in memory until
 * "Place order" (tokens are single-use, so one per attempt).
 */
export function useContinueToReview(
  method: PaymentMethod | undefined,
  provider: PaymentProvider | null,
) {
  const checkout = useCheckout()
  const held = heldPaymentToken(checkout)
  const fields = useRef<MountedPayment | null>(null)
  const working = useRef(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<MessageKey | null>(null)

  async function tokenize(chosen: PaymentMethod): Promise<boolean> {
    if (held.peek()?.methodId === chosen.id) return true
    const mounted = fields.current
    if (!mounted) {
      setProblem('payment.cardFieldsTimeout')
      return false
    }
    // The backend's copy: what the shopper confirmed, and what the order will bill.
    const cart = checkout.cart.peek()
    const request = {
      email: cart?.contact?.email,
      billingAddress: cart?.billingAddress ?? cart?.shippingAddress ?? undefined,
    }
    try {
      held.value = { ...(await mounted.tokenize(request)), methodId: chosen.id }
      return true
    } catch (error) {
      // The frame shows which card field is wrong; we only say where to look.
      const code = isCheckoutError(error) ? error.code : null
      if (code !== 'CANCELLED') {
        setProblem(code === 'VALIDATION' ? 'payment.checkCard' : 'payment.cardFieldsTimeout')
      }
      return false
    }
  }

  /** True once billing is saved and the card (if any) tokenized: the step may be left. */
  async function save(): Promise<boolean> {
    // A ref, not state: a double click lands before the re-render that would show "busy".
    if (working.current || !method) return false
    working.current = true
    setBusy(true)
    setProblem(null)
    try {
      if (!(await checkout.saveStep())) return false
      return !provider || (await tokenize(method))
    } finally {
      working.current = false
      setBusy(false)
    }
  }
  useStepSubmit(save)

  const onMount = (mounted: MountedPayment | null) => {
    fields.current = mounted
  }
  /** The fields hold a whole card again: "please check your card details" is history. */
  const onChange = ({ complete }: { complete: boolean }) => {
    if (complete) setProblem(null)
  }
  return { save, busy, problem, onMount, onChange }
}
