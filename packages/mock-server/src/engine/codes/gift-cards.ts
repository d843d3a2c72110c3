import { createHash } from 'node:crypto'

export interface GiftCard {
  /** Canonical form `GIFT-XXXX-XXXX-XXXX`; never sent back to the shopper in full. */
  code: string
  currency: string
  /** What is left on the card, in minor units; only an order consumes it. */
  balance: number
}

/** The demo shop's gift cards (documented in the mock-server README). */
export const demoGiftCards: readonly GiftCard[] = [
  { code: 'GIFT-DEMO-EURO-0050', currency: 'EUR', balance: 5_000 },
  { code: 'GIFT-DEMO-EURO-0500', currency: 'EUR', balance: 50_000 },
  { code: 'GIFT-DEMO-EURO-0000', currency: 'EUR', balance: 0 },
  { code: 'GIFT-DEMO-USDX-0050', currency: 'USD', balance: 5_000 },
  { code: 'GIFT-DEMO-JPYX-7000', currency: 'JPY', balance: 7_000 },
]

/** `GIFT-XXXX-XXXX-XXXX` from what a shopper typed (any case, spaces or no dashes), if it fits. */
export function canonicalGiftCardCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  const match = /^GIFT([A-Z0-9]{4})([A-Z0-9]{4})([A-Z0-9]{4})$/.exec(compact)
  return match ? `GIFT-${match.slice(1).join('-')}` : undefined
}

/** A stable id that names an applied card on the wire without revealing its code. */
export function giftCardId(code: string): string {
  return `gc_${createHash('sha256').update(code).digest('hex').slice(0, 16)}`
}

export const giftCardLast4 = (code: string) => code.slice(-4)
