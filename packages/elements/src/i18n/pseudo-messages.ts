// A chunk of its own: only a page in the pseudo-locale (`locale="en-XA"`) fetches it.
export { pseudoLocalize } from '@weship/checkout-core'
