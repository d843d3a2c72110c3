import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { deliveryEstimateSchema } from './shipping.js'

/** Normalised carrier statuses (DESIGN §6): every carrier's codes map onto these. */
export const shipmentStatuses = [
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'available_for_pickup',
  'attempt_failed',
  'delivered',
  'exception',
  'return_to_sender',
  'expired',
  'cancelled',
] as const

export const shipmentStatusSchema = deferred(() => z.enum(shipmentStatuses))

/** One carrier scan, deduplicated: a repeated scan of the same status and place is one event. */
export const trackingEventSchema = deferred(() =>
  z.object({
    id: z.string(),
    status: shipmentStatusSchema,
    occurredAt: z.iso.datetime(),
    /** The carrier's own words, for people; the UI shows `status` in the shopper's language. */
    description: z.optional(z.string()),
    location: z.optional(z.string()),
  }),
)

export const shipmentItemSchema = deferred(() =>
  z.object({
    sku: z.string(),
    name: z.string(),
    quantity: z.int().check(z.positive()),
  }),
)

export const shipmentSchema = deferred(() =>
  z.object({
    id: z.string(),
    /** "Package `index` of `count`" when an order ships in several parcels. */
    index: z.int().check(z.positive()),
    count: z.int().check(z.positive()),
    status: shipmentStatusSchema,
    carrier: z.optional(z.string()),
    /** Null until the carrier has issued a label. */
    trackingNumber: z.nullable(z.string()),
    /** The carrier's tracking page, when known. */
    trackingUrl: z.optional(z.url({ protocol: /^https?$/ })),
    /** Moves as events arrive; null once delivered or when the carrier gives no date. */
    estimatedDelivery: z.nullable(deliveryEstimateSchema),
    items: z.array(shipmentItemSchema),
    /** Oldest first. */
    events: z.array(trackingEventSchema),
    deliveredAt: z.optional(z.iso.datetime()),
  }),
)

export const trackingSchema = deferred(() =>
  z.object({
    orderId: z.string(),
    shipments: z.array(shipmentSchema),
  }),
)

export type ShipmentStatus = (typeof shipmentStatuses)[number]
export type TrackingEvent = z.infer<typeof trackingEventSchema>
export type ShipmentItem = z.infer<typeof shipmentItemSchema>
export type Shipment = z.infer<typeof shipmentSchema>
export type Tracking = z.infer<typeof trackingSchema>
