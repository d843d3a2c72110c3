// docs/adapter.md, withFaults, verbatim (docs-snippets.test.ts); its context is declared below.
import { withFaults } from '@weship/checkout-core/testing'

const faulty = withFaults(createMyAdapter({ baseUrl: process.env.SHOP_URL! }))
faulty.inject('placeOrder', 'timeout') // the next placeOrder reaches the shop, its answer is lost
checkout.adapter = faulty.adapter
// … the shopper sees "The shop is taking too long to answer" and "Try again" …
faulty.heal() // the network is well again; "Try again" replays the same idempotency key

import type { CheckoutElement } from '@weship/checkout'
import type { CheckoutAdapter } from '@weship/checkout-core'

declare function createMyAdapter(options: { baseUrl: string }): CheckoutAdapter
declare const checkout: CheckoutElement
