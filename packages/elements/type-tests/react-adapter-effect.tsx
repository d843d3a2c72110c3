/** @jsxImportSource react */
// The second React snippet of docs/getting-started.md, verbatim (docs-snippets.test.ts checks
// it): compiled under `strict` against the built package, and rendered by React 19 in
// src/elements/react-ref-effect.test.ts, which proves it never reports a missing backend.
import type { CheckoutElement } from '@weship/checkout'
import type {} from '@weship/checkout/jsx-react'
import type { CheckoutAdapter } from '@weship/checkout-core'
import { useEffect, useRef } from 'react'

// An adapter of this component's own (a shop per tenant, a token from your auth), set in an effect.
export function TenantCheckout({ adapter }: { adapter: CheckoutAdapter }) {
  const checkout = useRef<CheckoutElement>(null)
  useEffect(() => {
    if (checkout.current) checkout.current.adapter = adapter
  }, [adapter])
  return <weship-checkout ref={checkout} currency="EUR" />
}
