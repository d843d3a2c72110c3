import { describe } from 'vitest'
import { testExamplePurchase } from '../../test/browser/example-purchase'
import { startAngularExample } from '../../test/browser/framework-example'

describe('the Angular example', () => {
  // `ng build` takes ~15 s on an idle two-core machine and over a minute under CI's load.
  testExamplePurchase(() => startAngularExample(import.meta.dirname), { startTimeoutMs: 240_000 })
})
