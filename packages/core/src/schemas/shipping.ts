import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { moneySchema } from './money.js'
import { pickupPointSchema } from './pickup.js'

/** A calendar date in the destination's terms, `YYYY-MM-DD`: delivery estimates are days, not instants. */
export const calendarDateSchema = deferred(() => z.iso.date())

export const deliveryEstimateSchema = deferred(() =>
  z.object({
    earliest: calendarDateSchema,
    latest: calendarDateSchema,
  }),
)

export const shippingOptionKinds = ['standard', 'express', 'pickup'] as const

export const shippingOptionSchema = deferred(() =>
  z.object({
    id: z.string(),
    kind: z.enum(shippingOptionKinds),
    label: z.string(),
    carrier: z.optional(z.string()),
    price: moneySchema,
    /** Null when the backend cannot promise dates (the UI then shows none). */
    estimatedDelivery: z.nullable(deliveryEstimateSchema),
    /** A pickup option's points near the shipping address, nearest first. */
    pickupPoints: z.optional(z.array(pickupPointSchema)),
  }),
)

export const shippingOptionListSchema = deferred(() =>
  z.object({ options: z.array(shippingOptionSchema) }),
)

export const selectShippingOptionRequestSchema = deferred(() =>
  z.object({
    optionId: z.string().check(z.minLength(1), z.maxLength(100)),
    /** For a pickup option: one of its `pickupPoints`; the nearest when absent. */
    pickupPointId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  }),
)

export type DeliveryEstimate = z.infer<typeof deliveryEstimateSchema>
export type ShippingOption = z.infer<typeof shippingOptionSchema>
export type SelectShippingOptionRequest = z.infer<typeof selectShippingOptionRequestSchema>
