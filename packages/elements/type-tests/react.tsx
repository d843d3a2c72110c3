// Compiled, never run: a React app's view of the published typings (`dist/jsx-react.d.ts`).
import type {} from '@weship/checkout/jsx-react'

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
