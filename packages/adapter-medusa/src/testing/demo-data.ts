import catalog from '../../medusa-app/demo-catalog.json' with { type: 'json' }

/** The seeded shop's names that tests and the example use (medusa-app/demo-catalog.json). */
export const medusaDemoData = {
  catalog,
  currency: 'EUR',
  /** In good stock (1000 and 500). */
  sku: 'MERINO-CREW-M',
  otherSku: 'CANVAS-TOTE-NATURAL',
  lowStock: { sku: 'LIMITED-PRINT', stock: 3 },
  /** Priced 0.10 and 0.20 in every currency (10 and 20 yen). */
  tenCents: 'STICKER',
  twentyCents: 'POSTCARD',
  promo: { valid: 'WESHIP10', expired: 'SUMMER2024' },
  /** The test card provider of medusa-app: declines tokens starting with "decline". */
  testCard: 'pp_test-card_weship',
  manualPayment: 'pp_system_default',
} as const
