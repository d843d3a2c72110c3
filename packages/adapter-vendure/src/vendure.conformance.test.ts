import { type ConformanceFixtures, runAdapterConformance } from '@weship/checkout-core/testing'
import { afterAll, beforeAll } from 'vitest'
import { vendureDemoData } from './testing/seed-vendure.js'
import { type RunningVendure, startVendure } from './testing/start-vendure.js'
import { createVendureAdapter } from './vendure-adapter.js'

let vendure: RunningVendure | undefined
beforeAll(async () => {
  vendure = await startVendure({ dataDir: new URL('../.vendure-data', import.meta.url).pathname })
})
afterAll(async () => {
  await vendure?.stop()
})

// The dummy payment handler declines when its metadata says so; any other token pays.
const DECLINE = 'decline-me'
let tokens = 0
const payWith = (token: string) => async () => ({
  methodId: vendureDemoData.paymentMethod,
  token: `${token}-${++tokens}`,
})

const address = {
  name: 'Ada Lovelace',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
}

const fixtures: ConformanceFixtures = {
  createAdapter: () =>
    createVendureAdapter({
      shopApiUrl: vendure?.shopApiUrl ?? '',
      paymentMetadata: (payment) =>
        payment.token?.startsWith(DECLINE) ? { shouldDecline: true } : { token: payment.token },
    }),
  currency: vendureDemoData.currency,
  sku: vendureDemoData.sku,
  otherSku: vendureDemoData.otherSku,
  lowStock: vendureDemoData.lowStock,
  unknownSku: 'NO-SUCH-SKU',
  contact: { email: 'conformance@example.com', marketingConsent: { email: false } },
  address,
  invalidAddress: { ...address, postalCode: '1' },
  promo: {
    valid: vendureDemoData.promo.valid,
    refused: { code: vendureDemoData.promo.expired, reason: 'code_expired' },
  },
  payment: {
    methodId: vendureDemoData.paymentMethod,
    success: payWith('dummy-ok'),
    declined: payWith(DECLINE),
  },
}

runAdapterConformance('the Vendure adapter against a real Vendure server', fixtures)
