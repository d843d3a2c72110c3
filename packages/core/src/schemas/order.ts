import * as z from 'zod/mini'
import { addressSchema } from './address.js'
import { discountSchema, lineItemSchema, taxSchema } from './cart.js'
import { appliedGiftCardSchema } from './codes.js'
import { deferred } from './deferred.js'
import { currencyCodeSchema, moneySchema } from './money.js'
import { paymentActionSchema, paymentSummarySchema } from './payment.js'
import { pickupPointSchema } from './pickup.js'
import { shippingOptionSchema } from './shipping.js'

/** Everything a receipt shows, frozen at the moment of purchase. */
export const receiptSchema = deferred(() =>
  z.object({
    currency: currencyCodeSchema,
    items: z.array(lineItemSchema),
    subtotal: moneySchema,
    discounts: z.array(discountSchema),
    shipping: moneySchema,
    tax: z.nullable(taxSchema),
    total: moneySchema,
    payments: z.array(paymentSummarySchema),
  }),
)

/**
 * `fulfilled`: the carrier holds every package; `delivered`: every package has arrived (or been
 * collected). Backends without tracking may stay at `confirmed`.
 */
export const orderStatuses = ['confirmed', 'fulfilled', 'delivered', 'cancelled'] as const

/** Who sold: the shop's name and postal address, as receipts and e-mail law want them. */
export const merchantSchema = deferred(() =>
  z.object({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** One line, e.g. `Northwind Goods GmbH, Unter den Linden 1, 10117 Berlin, Germany`. */
    postalAddress: z.string().check(z.maxLength(300)),
  }),
)

export const orderSchema = deferred(() =>
  z.object({
    id: z.string(),
    /** The number shoppers quote, e.g. `WS-10042`. */
    number: z.string(),
    status: z.enum(orderStatuses),
    email: z.email(),
    locale: z.optional(z.string()),
    shippingAddress: addressSchema,
    billingAddress: addressSchema,
    shippingOption: shippingOptionSchema,
    /** Where a pickup order waits; absent for delivery to `shippingAddress`. */
    pickupPoint: z.optional(pickupPointSchema),
    giftCards: z.array(appliedGiftCardSchema),
    receipt: receiptSchema,
    /** The seller, frozen with the receipt. */
    merchant: z.optional(merchantSchema),
    /**
     * Whether the order belongs to a customer account: the status page offers guests an account
     * only when this is `false` (absent: the backend does not say, so nothing is offered).
     */
    hasAccount: z.optional(z.boolean()),
    /** Capability for the order status page; only present in the placing response. */
    statusToken: z.optional(z.string()),
    createdAt: z.iso.datetime(),
  }),
)

export const placeOrderResultSchema = deferred(() =>
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('completed'), order: orderSchema }),
    z.object({ status: z.literal('action_required'), action: paymentActionSchema }),
  ]),
)

export type Receipt = z.infer<typeof receiptSchema>
export type Merchant = z.infer<typeof merchantSchema>
export type OrderStatus = (typeof orderStatuses)[number]
export type Order = z.infer<typeof orderSchema>
export type PlaceOrderResult = z.infer<typeof placeOrderResultSchema>
