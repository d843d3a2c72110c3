// The React snippet of docs/getting-started.md, verbatim (docs-snippets.test.ts checks it): it must
// compile under `strict` against the built package and React's typings.
import { defineCheckoutElements, registerBackend } from '@weship/checkout'
import type {} from '@weship/checkout/jsx-react'
import { createHttpAdapter } from '@weship/checkout-core'

// Module scope: runs once, on the server too (where it only remembers the adapter).
registerBackend(createHttpAdapter({ baseUrl: '/api/checkout' }))
defineCheckoutElements()

export function Header() {
  return <weship-cart-button />
}

export function ProductCard({ sku }: { sku: string }) {
  return <weship-add-to-cart sku={sku} />
}

export function CheckoutPage() {
  return <weship-checkout currency="EUR" order-status-url="/order-status" />
}
