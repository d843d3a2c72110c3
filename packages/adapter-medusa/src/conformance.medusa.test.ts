import { runAdapterConformance } from '@weship/checkout-core/testing'
import { inject } from 'vitest'
import { medusaConformanceFixtures } from './testing/conformance-fixtures.js'

runAdapterConformance(
  'the Medusa adapter against a real Medusa v2 server',
  medusaConformanceFixtures(inject('medusa')),
)
