// docs/post-purchase.md, verbatim (docs-snippets.test.ts); its context is declared below.
runAdapterConformance('my backend', {
  ...fixtures,
  tracking: { deliveredWithinMs: 4 * 86_400_000, advanceTime: (ms) => mySandbox.advance(ms) },
})

import { type ConformanceFixtures, runAdapterConformance } from '@weship/checkout-core/testing'

declare const fixtures: Omit<ConformanceFixtures, 'tracking'>
declare const mySandbox: { advance(ms: number): Promise<void> }
