import type { Cart, Merchant, PaymentSummary, ShippingOption } from '@weship/checkout-core'
import { brandLabel } from '../payments/card-number.js'
import type { StoredOrder } from './order-state.js'

export interface CardUsed {
  /** The demo's brands, or whatever a real processor reports (`discover`, `jcb`…). */
  brand: string
  last4: string
}

export interface NewOrder {
  id: string
  number: string
  cart: Cart
  shippingOption: ShippingOption
  /** Absent when gift cards pay everything. */
  card: CardUsed | undefined
  merchant: Merchant
  customerId: string | undefined
  statusTokenHash: string
  statusTokenExpiresAt: string
  createdAt: string
}

/** Freezes the cart into an order: the receipt never changes after the purchase. */
export function buildOrder(input: NewOrder): StoredOrder {
  const { cart, merchant } = structuredClone(input)
  // The points were for choosing; the order keeps the one chosen.
  const { pickupPoints, ...shippingOption } = input.shippingOption
  const { contact, shippingAddress, pickupPoint } = cart
  // The checks before payment made sure of these; an order without them would be unreadable.
  if (!contact || !shippingAddress) throw new Error(`Cart ${cart.id} is not ready to order.`)
  return {
    id: input.id,
    number: input.number,
    status: 'confirmed',
    email: contact.email,
    ...(contact.locale ? { locale: contact.locale } : {}),
    shippingAddress,
    billingAddress: cart.billingAddress ?? shippingAddress,
    shippingOption: structuredClone(shippingOption),
    ...(pickupPoint ? { pickupPoint } : {}),
    giftCards: cart.giftCards,
    receipt: {
      currency: cart.currency,
      items: cart.items,
      subtotal: cart.subtotal,
      discounts: cart.discounts,
      shipping: cart.shipping ?? shippingOption.price,
      tax: cart.tax,
      total: cart.total,
      payments: paymentsOf(cart, input.card),
    },
    merchant,
    createdAt: input.createdAt,
    cartId: cart.id,
    ...(input.customerId ? { customerId: input.customerId } : {}),
    statusTokenHash: input.statusTokenHash,
    statusTokenExpiresAt: input.statusTokenExpiresAt,
  }
}

function paymentsOf(cart: Cart, card: CardUsed | undefined): PaymentSummary[] {
  const payments: PaymentSummary[] = cart.giftCards.map((giftCard) => ({
    type: 'gift_card',
    label: `Gift card •••• ${giftCard.last4}`,
    ...(/^\d{4}$/.test(giftCard.last4) ? { last4: giftCard.last4 } : {}),
    amount: giftCard.amount,
  }))
  if (card && cart.amountDue.amount > 0) {
    payments.push({
      type: 'card',
      label: `${brandLabel(card.brand)} •••• ${card.last4}`,
      brand: card.brand,
      last4: card.last4,
      amount: cart.amountDue,
    })
  }
  return payments
}
