import type { Cart, CheckoutError } from '@weship/checkout-core'
import { useState } from 'preact/hooks'

export interface FailedChange {
  error: CheckoutError
  /** The same change again, as "Try again" makes it. */
  again(): void
}

/**
 * Runs a change of the cart (a quantity, a removal) and keeps its failure, with the way to make
 * it again: the cart keeps showing what the server last said, and the shopper learns why their
 * click did not take.
 */
export function useCartChange(failure: () => CheckoutError | null) {
  const [failed, setFailed] = useState<FailedChange | null>(null)
  function change(run: () => Promise<Cart | null>): void {
    setFailed(null)
    void run().then((cart) => {
      const error = cart ? null : failure()
      if (error) setFailed({ error, again: () => change(run) })
    })
  }
  return { failed, change }
}
