// docs/reference/elements.md, verbatim (docs-snippets.test.ts): the outline is the real signature.
declare function registerBackend(adapter: CheckoutAdapter): () => void // the page's default
declare function registerBackend(name: string, adapter: CheckoutAdapter): () => void // backend="<name>"

import { registerBackend as exported } from '@weship/checkout'
import type { CheckoutAdapter } from '@weship/checkout-core'

export const sameSignature: typeof registerBackend = exported
