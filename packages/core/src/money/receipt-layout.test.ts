import { describe, expect, it } from 'vitest'
import type { Receipt } from '../schemas/order.js'
import { receiptLayout } from './receipt-layout.js'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

const receipt: Receipt = {
  currency: 'EUR',
  items: [],
  subtotal: eur(12_000),
  discounts: [{ label: 'Welcome', code: 'WELCOME10', amount: eur(1200) }],
  shipping: eur(0),
  tax: { amount: eur(1724), included: true },
  total: eur(10_800),
  payments: [
    { type: 'card', label: 'Visa •••• 4242', brand: 'visa', last4: '4242', amount: eur(8300) },
    { type: 'gift_card', label: 'Gift card •••• 1234', last4: '1234', amount: eur(2500) },
  ],
}

describe('receiptLayout', () => {
  it('adds up in its column, with tax already in the prices beside it, not in it', () => {
    const { rows, includedTax } = receiptLayout(receipt)
    expect(rows.map((row) => row.kind)).toEqual(['subtotal', 'discount', 'shipping', 'total'])
    const column = rows.filter((row) => row.kind !== 'total')
    expect(column.reduce((sum, row) => sum + row.amount.amount, 0)).toBe(receipt.total.amount)
    expect(includedTax).toEqual(eur(1724))
  })

  it('says free shipping is free, adds tax that is added, and lists gift cards before the card', () => {
    const added = receiptLayout({
      ...receipt,
      shipping: eur(495),
      tax: { amount: eur(700), included: false },
    })
    expect(added.rows.find((row) => row.kind === 'shipping')).toMatchObject({ free: false })
    expect(added.rows.find((row) => row.kind === 'tax')?.amount).toEqual(eur(700))
    expect(added.includedTax).toBeNull()
    expect(receiptLayout(receipt).rows[2]).toEqual({ kind: 'shipping', amount: eur(0), free: true })
    expect(receiptLayout(receipt).payments.map((payment) => payment.type)).toEqual([
      'gift_card',
      'card',
    ])
  })
})
