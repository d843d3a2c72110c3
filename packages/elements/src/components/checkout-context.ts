import type { Checkout } from '@weship/checkout-core'
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'

export const CheckoutContext = createContext<Checkout | null>(null)

/** The element's checkout model; every step renders inside a CheckoutContext provider. */
export function useCheckout(): Checkout {
  const checkout = useContext(CheckoutContext)
  if (!checkout) throw new Error('A WeShip checkout step rendered outside <weship-checkout>.')
  return checkout
}
