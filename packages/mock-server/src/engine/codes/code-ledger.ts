import { currencyCodeSchema } from '@weship/checkout-core'
import * as z from 'zod/mini'
import { emailKey } from '../secrets.js'
import { demoGiftCards, type GiftCard } from './gift-cards.js'
import { demoPromotions, demoPromotionUses, type Promotion } from './promotions.js'

/** What changes as orders are placed: card balances and once-per-customer uses, for snapshots. */
export const codeLedgerStateSchema = z.object({
  giftCards: z.array(
    z.object({
      code: z.string(),
      currency: currencyCodeSchema,
      balance: z.int().check(z.nonnegative()),
    }),
  ),
  promotionUses: z.array(z.object({ code: z.string(), email: z.string() })),
})

export type CodeLedgerState = z.infer<typeof codeLedgerStateSchema>

/** Promotions, gift card balances and who used which code: the engine's memory of codes. */
export interface CodeLedger {
  promotion(code: string): Promotion | undefined
  /** A copy of the card, or undefined for a code no card has. */
  giftCard(code: string): GiftCard | undefined
  hasUsed(code: string, email: string): boolean
  /** Adds a code issued at run time, e.g. a cart reminder's incentive. */
  issuePromotion(promotion: Promotion): void
  recordUse(code: string, email: string): void
  /** Takes `amount` off the card; never below zero (callers checked the balance just before). */
  debit(code: string, amount: number): void
  exportState(): CodeLedgerState
}

// E-mail addresses compare case-insensitively: the same shopper types them in different ways.
const useKey = (code: string, email: string) => `${code}\n${emailKey(email)}`

export function createCodeLedger(state?: CodeLedgerState): CodeLedger {
  const promotions = new Map(demoPromotions.map((promotion) => [promotion.code, promotion]))
  const cards = new Map<string, GiftCard>()
  for (const card of [...demoGiftCards, ...(state?.giftCards ?? [])]) {
    cards.set(card.code, { ...card })
  }
  const uses = new Set(
    (state?.promotionUses ?? demoPromotionUses).map(({ code, email }) => useKey(code, email)),
  )

  return {
    promotion: (code) => promotions.get(code),
    giftCard(code) {
      const card = cards.get(code)
      return card && { ...card }
    },
    hasUsed: (code, email) => uses.has(useKey(code, email)),
    issuePromotion: (promotion) => void promotions.set(promotion.code, { ...promotion }),
    recordUse: (code, email) => void uses.add(useKey(code, email)),
    debit(code, amount) {
      const card = cards.get(code)
      if (card) card.balance = Math.max(0, card.balance - amount)
    },
    exportState: () => ({
      giftCards: [...cards.values()].map((card) => ({ ...card })),
      promotionUses: [...uses].map((key) => {
        const [code = '', email = ''] = key.split('\n')
        return { code, email }
      }),
    }),
  }
}
