import { type ConformanceFixtures, runAdapterConformance } from '@weship/checkout-core/testing'
import { inject } from 'vitest'
import { createMedusaAdapter } from './medusa-adapter.js'
import { medusaDemoData } from './testing/demo-data.js'

const medusa = inject('medusa')
let tokens = 0
// The test card provider declines a session whose token starts with "decline"; any other pays.
const payWith = (token: string) => async () => ({
  methodId: medusaDemoData.testCard,
  token: `${token}-${++tokens}`,
})
const address = {
  name: 'Ada Lovelace',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

export const medusaFixtures: ConformanceFixtures = {
  createAdapter: () =>
    createMedusaAdapter({ baseUrl: medusa.baseUrl, publishableKey: medusa.publishableKey }),
  currency: medusaDemoData.currency,
  sku: medusaDemoData.sku,
  otherSku: medusaDemoData.otherSku,
  lowStock: medusaDemoData.lowStock,
  unknownSku: 'NO-SUCH-SKU',
  contact: { email: 'conformance@example.com', marketingConsent: { email: false } },
  address,
  invalidAddress: { ...address, postalCode: '1' },
  promo: {
    valid: medusaDemoData.promo.valid,
    // Medusa knows the code but its campaign ended: it applies nothing, and says nothing.
    refused: { code: medusaDemoData.promo.expired, reason: 'code_not_applicable' },
  },
  payment: {
    methodId: medusaDemoData.testCard,
    success: payWith('card-ok'),
    declined: payWith('decline'),
  },
}

runAdapterConformance('the Medusa adapter against a real Medusa v2 server', medusaFixtures)
