import * as z from 'zod/mini'
import { addressSchema } from './address.js'
import { discountSchema, lineItemSchema, taxSchema } from './cart.js'
import { appliedGiftCardSchema } from './codes.js'
import { deferred } from './deferred.js'
import { currencyCodeSchema, moneySchema } from './money.js'
import { paymentActionSchema, paymentSummarySchema } from './payment.js'
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

export const orderStatuses = ['confirmed', 'fulfilled', 'cancelled'] as const

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
    giftCards: z.array(appliedGiftCardSchema),
    receipt: receiptSchema,
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
export type Order = z.infer<typeof orderSchema>
export type PlaceOrderResult = z.infer<typeof placeOrderResultSchema>
