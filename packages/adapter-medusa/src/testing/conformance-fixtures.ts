import type { ConformanceFixtures } from '@weship/checkout-core/testing'
import { createMedusaAdapter } from '../medusa-adapter.js'
import { medusaDemoData } from './demo-data.js'
import type { ProvidedMedusa } from './global-setup.js'

/** What core's conformance suite (and the Medusa-specific tests) need of the seeded shop. */
export function medusaConformanceFixtures(medusa: ProvidedMedusa): ConformanceFixtures {
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

  return {
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
}
