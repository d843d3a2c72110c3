import type { ConformanceFixtures } from '@weship/checkout-core/testing'

/** The demo shop's data as the conformance suite names it, for every run of the suite here. */
export const demoData: Omit<ConformanceFixtures, 'createAdapter' | 'payment' | 'tracking'> = {
  currency: 'EUR',
  sku: 'COTTON-TEE-BLACK-M',
  otherSku: 'STONEWARE-MUG-SLATE',
  lowStock: { sku: 'TRUCKER-CAP-NAVY', stock: 3 },
  unknownSku: 'NO-SUCH-SKU',
  contact: { email: 'conformance@example.com', marketingConsent: { email: false } },
  address: {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  },
  invalidAddress: {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '1',
    country: 'DE',
  },
  promo: { valid: 'SAVE5', refused: { code: 'EXPIRED2024', reason: 'code_expired' } },
  // €50: less than two tees and delivery, so it pays part of the total.
  giftCard: { code: 'GIFT-DEMO-EURO-0050' },
}
