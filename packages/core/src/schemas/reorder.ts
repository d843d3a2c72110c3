import * as z from 'zod/mini'
import { cartSchema } from './cart.js'
import { skuSchema } from './catalog.js'
import { deferred } from './deferred.js'

/** The token from a "Buy again" link (`?weship_reorder=<token>` on the shop's page). */
export const reorderRequestSchema = deferred(() =>
  z.object({
    token: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
)

/** Why an ordered line did not make it into the new cart whole. */
export const unavailableReasons = ['discontinued', 'out_of_stock', 'limited_stock'] as const

/** A line of the order the new cart holds less of than was ordered, or none at all. */
export const unavailableLineSchema = deferred(() =>
  z.object({
    sku: skuSchema,
    /** The name on the order, so a product no longer sold can still be named. */
    name: z.string(),
    /** What the order had. */
    ordered: z.int().check(z.positive()),
    /** What the new cart holds: 0 when none could be added. */
    added: z.int().check(z.nonnegative()),
    reason: z.enum(unavailableReasons),
  }),
)

/**
 * "Buy again": a new cart with the order's items as the shop sells them today, and what it could
 * not add (said to the shopper, never dropped silently). `cart` is null when nothing could be.
 */
export const reorderSchema = deferred(() =>
  z.object({
    cart: z.nullable(cartSchema),
    unavailable: z.array(unavailableLineSchema),
  }),
)

/** A fresh "Buy again" capability for an order, asked for with the order's status token. */
export const reorderLinkSchema = deferred(() =>
  z.object({
    token: z.string(),
    expiresAt: z.iso.datetime(),
  }),
)

export type UnavailableReason = (typeof unavailableReasons)[number]
export type UnavailableLine = z.infer<typeof unavailableLineSchema>
export type Reorder = z.infer<typeof reorderSchema>
export type ReorderLink = z.infer<typeof reorderLinkSchema>
export type ReorderRequest = z.infer<typeof reorderRequestSchema>
