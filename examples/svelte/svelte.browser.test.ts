import { describe } from 'vitest'
import { testExamplePurchase } from '../../test/browser/example-purchase'
import { startViteExample } from '../../test/browser/framework-example'

describe('the Svelte example', () => {
  testExamplePurchase(() => startViteExample(import.meta.dirname))
})
