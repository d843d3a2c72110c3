import { useCheckout } from '../../components/checkout-context.js'

/** Placeholder until the step is built; the shell already routes to it. */
export function ConfirmationStep() {
  const checkout = useCheckout()
  return (
    <button type="button" class="button" onClick={() => checkout.next()}>
      Continue
    </button>
  )
}
