import * as z from 'zod/mini'
import { countryCodeSchema } from './address.js'
import { deferred } from './deferred.js'

const line = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

/**
 * A carrier's pickup point (a locker, a shop counter) where a pickup delivery option waits for the
 * shopper. Its name and hours are the carrier's words, shown as given.
 */
export const pickupPointSchema = deferred(() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    /** "DHL Packstation 114", "Kiosk am Markt (DHL Paketshop)". */
    name: line(200),
    address: z.object({
      line1: line(200),
      line2: z.optional(z.string().check(z.maxLength(200))),
      postalCode: z.optional(z.string().check(z.maxLength(20))),
      // Optional as in addresses: a Japanese or Emirati point is placed by its region.
      city: z.optional(z.string().check(z.trim(), z.maxLength(100))),
      region: z.optional(z.string().check(z.maxLength(10))),
      country: countryCodeSchema,
    }),
    /** From the shipping address, as the crow flies; absent when the carrier does not say. */
    distanceMeters: z.optional(z.int().check(z.nonnegative())),
    /** "Open 24/7", "Mon–Sat 8:00–20:00": the carrier's own words. */
    openingHours: z.optional(z.string().check(z.maxLength(200))),
  }),
)

export type PickupPoint = z.infer<typeof pickupPointSchema>
