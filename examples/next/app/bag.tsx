'use client'
import { type CheckoutElement, defineCheckoutElements } from '@weship/checkout'
import type {} from '@weship/checkout/jsx-react'
import { useEffect, useRef, useState } from 'react'

/** The checkout, and what its typed events tell the page. */
export function Bag({ api }: { api: string }) {
  const checkout = useRef<CheckoutElement>(null)
  const [itemCount, setItemCount] = useState(0)
  const [orderNumber, setOrderNumber] = useState<string>()
  // Listeners added in an effect, not `onweship-…` props: React 19 attaches a custom element's
  // event props on a client render but not when it hydrates server-rendered HTML
  // (facebook/react#35446), so on this page such a handler would never hear an event.
  useEffect(() => {
    const element = checkout.current
    if (!element) return
    const listening = new AbortController()
    const { signal } = listening
    // The events' `detail` is typed: no cast, no `any`.
    element.addEventListener(
      'weship-cart-change',
      (event) => setItemCount(event.detail.cart?.itemCount ?? 0),
      { signal },
    )
    element.addEventListener(
      'weship-order-placed',
      (event) => setOrderNumber(event.detail.order.number),
      { signal },
    )
    // Defined after the listeners are in place: the server's elements come alive now, and even
    // their first event (the bag remembered from an earlier visit) reaches the page.
    defineCheckoutElements()
    return () => listening.abort()
  }, [])
  return (
    <>
      <p id="bag-status" role="status">
        {orderNumber ? `Order ${orderNumber} placed` : `${itemCount} in your bag`}
      </p>
      <weship-checkout ref={checkout} api={api} currency="EUR" />
    </>
  )
}
