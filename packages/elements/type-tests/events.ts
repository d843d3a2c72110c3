// The TypeScript of docs/events.md, verbatim (docs-snippets.test.ts checks it): it must compile
// under `strict` against the built package, as a developer would paste it.
import type { WeshipEvent } from '@weship/checkout'

// A listener of its own: `WeshipEvent<name>` is the event with its detail, no cast needed.
const onStep = (event: WeshipEvent<'weship-step-change'>) => {
  console.log(event.detail.previous, '→', event.detail.step)
}
const checkout = document.querySelector('weship-checkout')
checkout?.addEventListener('weship-step-change', onStep)
