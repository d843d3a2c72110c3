import type { PaymentStatus } from '@weship/checkout-core'
import { useRef } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { usePaymentProvider } from '../../payments/payment-providers.js'
import {
  heldPaymentToken,
  heldTokenFor,
  selectedPaymentMethod,
} from '../../payments/payment-token-store.js'

// The server has used the token up once it answered for good: charged, declined or challenging.
const tokenSpent: ReadonlySet<PaymentStatus> = new Set(['placed', 'declined', 'action_required'])

/**
 * "Place order" with the held token. One press at a time: a double click or a double Enter lands
 * before any re-render, so a ref (not state) turns the second away; the model dedupes as well.
 */
export function usePlaceOrder() {
  const checkout = useCheckout()
  const held = heldPaymentToken(checkout)
  const method = selectedPaymentMethod(checkout)
  const provider = usePaymentProvider(method)
  const pressed = useRef(false)
  const token = heldTokenFor(checkout, method)
  /** A card method without a token (after a reload or a decline): the card step asks again. */
  const needsCard = !!provider && !token

  async function placeOrder(): Promise<void> {
    // Without a token "Pay" is not shown; the card needed comes first (CardNeeded).
    if (pressed.current || needsCard || !checkout.canPlaceOrder.peek()) return
    pressed.current = true
    try {
      const status = await checkout.placeOrder(token?.token)
      // A refused token (expired, used) sends the shopper to the payment step for a new one.
      const refused = Object.keys(checkout.fieldErrors.peek()).some((path) =>
        path.startsWith('payment.'),
      )
      if (tokenSpent.has(status) || refused) held.value = null
    } finally {
      pressed.current = false
    }
  }
  return { placeOrder, needsCard }
}
