// The CDN file: everything bundled, every element defined on load.
import { defineCheckoutElements } from './index.js'

export * from './index.js'

defineCheckoutElements()
