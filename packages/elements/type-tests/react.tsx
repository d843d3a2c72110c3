// Compiled, never run: a React app's view of the published typings (`dist/jsx-react.d.ts`).
import type { CheckoutElement, WeshipErrorDetail } from '@weship/checkout'
import type {} from '@weship/checkout/jsx-react'
import { useRef } from 'react'

export const store = (
  <>
    <weship-cart-button api="/api/checkout" theme="auto" />
    <weship-add-to-cart api="/api/checkout" sku="MERINO-CREW-NAVY-M" quantity="2" />
    <weship-checkout
      api="/api/checkout"
      currency="EUR"
      mode="drawer"
      order-status-url="/order-status"
      className="checkout"
    />
    <weship-order-status api="/api/checkout" order="WS-10001" token="t" />
  </>
)

// @ts-expect-error: a mode the element does not have
export const badMode = <weship-checkout api="/api" mode="modal" />
// @ts-expect-error: an add-to-cart button needs its SKU
export const noSku = <weship-add-to-cart api="/api" />
// @ts-expect-error: theme is light, dark or auto
export const badTheme = <weship-cart-button api="/api" theme="blue" />

// Handlers get each event with its `detail` typed (React 19 listens to `onweship-…` as DOM events).
export function Listening({ onItems }: { onItems: (count: number | undefined) => void }) {
  const ref = useRef<CheckoutElement>(null)
  return (
    <weship-checkout
      ref={ref}
      onweship-cart-change={(event) => onItems(event.detail.cart?.itemCount)}
      onweship-order-placed={(event) => console.log(event.detail.order.number)}
      onweship-error={(event) => {
        const detail: WeshipErrorDetail = event.detail
        console.warn(detail.code, event.currentTarget)
      }}
    />
  )
}
// @ts-expect-error a cart change carries the cart, not an order
export const wrongDetail = <weship-checkout onweship-cart-change={(e) => e.detail.order} />
// @ts-expect-error the ref is the element class, not a div
export const wrongRef = <weship-checkout ref={useRef<HTMLDivElement>(null)} />
