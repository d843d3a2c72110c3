import { defineCheckoutElements } from './index.js'

export * from './index.js'

defineCheckoutElements()
