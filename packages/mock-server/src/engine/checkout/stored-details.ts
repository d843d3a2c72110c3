import { type Address, addressSchema, type Contact, contactSchema } from '@weship/checkout-core'
import * as z from 'zod/mini'

/** What a shopper chose for a cart beyond its lines; every field is absent until chosen. */
export interface StoredCheckoutDetails {
  contact?: Contact
  shippingAddress?: Address
  /** Absent means "same as the shipping address". */
  billingAddress?: Address
  shippingOptionId?: string
  /** The point chosen for a pickup option; absent: the nearest. */
  pickupPointId?: string
  /** Promo codes and gift cards in canonical form, in the order applied. */
  codes?: string[]
}

/** The same fields for the snapshot schema, so a restart keeps them. */
export const storedCheckoutDetailsShape = {
  contact: z.optional(contactSchema),
  shippingAddress: z.optional(addressSchema),
  billingAddress: z.optional(addressSchema),
  shippingOptionId: z.optional(z.string()),
  pickupPointId: z.optional(z.string().check(z.maxLength(100))),
  codes: z.optional(z.array(z.string().check(z.maxLength(64)))),
}
