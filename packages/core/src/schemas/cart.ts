import * as z from 'zod/mini'
import { addressSchema } from './address.js'
import { skuSchema } from './catalog.js'
import { appliedGiftCardSchema } from './codes.js'
import { contactSchema } from './contact.js'
import { deferred } from './deferred.js'
import { MAX_LINE_QUANTITY } from './limits.js'
import { currencyCodeSchema, moneySchema } from './money.js'
import { pickupPointSchema } from './pickup.js'

export const quantitySchema = deferred(() => z.int().check(z.gte(1), z.lte(MAX_LINE_QUANTITY)))

export const lineItemSchema = deferred(() =>
  z.object({
    id: z.string(),
    sku: skuSchema,
    productId: z.string(),
    name: z.string(),
    /** Option values of the chosen variant, e.g. `{ size: 'M', colour: 'Navy' }`. */
    options: z.record(z.string(), z.string()),
    imageUrl: z.optional(z.string()),
    quantity: quantitySchema,
    /** Most this line can hold (stock left), when stock is tracked. */
    maxQuantity: z.optional(z.int().check(z.nonnegative())),
    unitPrice: moneySchema,
    total: moneySchema,
  }),
)

export const discountSchema = deferred(() =>
  z.object({
    label: z.string(),
    code: z.optional(z.string()),
    amount: moneySchema,
  }),
)

export const taxSchema = deferred(() =>
  z.object({
    amount: moneySchema,
    /** True where prices already include tax (EU/UK VAT), false where it is added (US sales tax). */
    included: z.boolean(),
  }),
)

export const cartSchema = deferred(() =>
  z.object({
    id: z.string(),
    /** Bumped by every change; an order placed against an older version is a CONFLICT. */
    version: z.int().check(z.nonnegative()),
    currency: currencyCodeSchema,
    items: z.array(lineItemSchema),
    itemCount: z.int().check(z.nonnegative()),
    subtotal: moneySchema,
    discounts: z.array(discountSchema),
    /** Null until a delivery option is chosen. */
    shipping: z.nullable(moneySchema),
    /** Null until the address that decides it is known. */
    tax: z.nullable(taxSchema),
    total: moneySchema,
    /** Promo codes in force; their effect is in `discounts` (or a zero `shipping`). */
    promoCodes: z.array(z.string()),
    /** Gift cards paying part of `total`. */
    giftCards: z.array(appliedGiftCardSchema),
    /** What is left to pay by the chosen payment method: `total` less gift cards. */
    amountDue: moneySchema,
    contact: z.nullable(contactSchema),
    shippingAddress: z.nullable(addressSchema),
    /** Null means "same as the shipping address". */
    billingAddress: z.nullable(addressSchema),
    shippingOptionId: z.nullable(z.string()),
    /** The point a pickup option waits at; null or absent for delivery to the address. */
    pickupPoint: z.optional(z.nullable(pickupPointSchema)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
)

export const createCartRequestSchema = deferred(() =>
  z.object({
    currency: z.optional(currencyCodeSchema),
    items: z.optional(z.array(z.object({ sku: skuSchema, quantity: quantitySchema }))),
  }),
)

export const addItemRequestSchema = deferred(() =>
  z.object({ sku: skuSchema, quantity: quantitySchema }),
)

export const updateItemRequestSchema = deferred(() =>
  z.object({
    quantity: z.int().check(z.gte(0), z.lte(MAX_LINE_QUANTITY)),
  }),
)

export type LineItem = z.infer<typeof lineItemSchema>
export type Discount = z.infer<typeof discountSchema>
export type Tax = z.infer<typeof taxSchema>
export type Cart = z.infer<typeof cartSchema>
export type CreateCartRequest = z.infer<typeof createCartRequestSchema>
export type AddItemRequest = z.infer<typeof addItemRequestSchema>
export type UpdateItemRequest = z.infer<typeof updateItemRequestSchema>
