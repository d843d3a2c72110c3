import { randomBytes, randomUUID } from 'node:crypto'
import type { MoneyWire, PlaceOrderResult } from '@weship/checkout-core'
import { hashToken } from '../secrets.js'
import { buildOrder, type CardUsed } from './build-order.js'
import type { OrderDeps } from './order-desk-types.js'
import { amountDueChanged, cartAlreadyOrdered, detailsMissing } from './order-errors.js'
import { assertReadyToOrder } from './order-readiness.js'
import { toWire } from './order-store.js'

/** What was agreed to pay for: the cart at the version the shopper confirmed. */
export interface Payer {
  cartId: string
  cartVersion: number
  /** What the card was authorized for (and the 3-D Secure page showed); never capture more. */
  amountDue: MoneyWire
  card?: CardUsed | undefined
  /** In Stripe mode, the PaymentIntent that paid (already captured by Stripe). */
  paymentIntent?: string | undefined
  customerId: string | undefined
}

// The status page link lives as long as a shopper plausibly tracks a parcel and returns it.
const STATUS_TOKEN_TTL_MS = 90 * 24 * 3600_000

/**
 * Writes the order once the payment is authorized, all in one synchronous step: checks again,
 * redeems codes, captures the card, freezes the receipt, locks the cart and takes the stock.
 */
export function finalizeOrder(deps: OrderDeps, payer: Payer): PlaceOrderResult {
  const { carts, catalog, store } = deps
  if (store.forCart(payer.cartId)) throw cartAlreadyOrdered()
  const cart = carts.view(payer.cartId)
  assertReadyToOrder(cart, payer.cartVersion, catalog)
  // A gift card shared with another cart may have been spent during the payment round trip
  // without this cart changing version: the amount due moved, so nothing is captured.
  if (cart.amountDue.amount !== payer.amountDue.amount) throw amountDueChanged(cart.version)
  const shippingOption = carts.chosenShippingOption(cart.id)
  if (!shippingOption) throw detailsMissing(['shipping_option_required'])

  const now = deps.now()
  const statusToken = randomBytes(24).toString('base64url')
  const order = buildOrder({
    id: randomUUID(),
    number: store.nextNumber(),
    cart,
    shippingOption,
    card: payer.card,
    merchant: deps.merchant,
    customerId: payer.customerId,
    statusTokenHash: hashToken(statusToken),
    statusTokenExpiresAt: new Date(now.getTime() + STATUS_TOKEN_TTL_MS).toISOString(),
    createdAt: now.toISOString(),
  })
  // Codes first: a gift card spent elsewhere meanwhile refuses here, before the card is charged.
  carts.redeemCodesForOrder(cart, {
    orderId: order.id,
    email: order.email,
    customerId: payer.customerId,
  })
  if (payer.card && cart.amountDue.amount > 0) {
    const { paymentIntent } = payer
    deps.payments.capture({
      orderId: order.id,
      amount: cart.amountDue,
      ...payer.card,
      ...(paymentIntent ? { paymentIntent } : {}),
    })
  }
  store.add(order)
  for (const item of cart.items) catalog.sell(item.sku, item.quantity)
  if (payer.customerId) deps.customers.rememberAddress(payer.customerId, order.shippingAddress)
  deps.onChange()
  return { status: 'completed', order: { ...toWire(order), statusToken } }
}
