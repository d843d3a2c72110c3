import * as z from 'zod/mini'
import { deferred } from './deferred.js'

export const countryCodeSchema = deferred(() =>
  z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
)

const line = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

/**
 * A postal address as shoppers type it. Per-country rules (postal code format, required region)
 * are checked by `validateAddress`, so one schema serves every country.
 */
export const addressSchema = deferred(() =>
  z.object({
    name: line(200),
    company: z.optional(z.string().check(z.maxLength(200))),
    line1: line(200),
    line2: z.optional(z.string().check(z.maxLength(200))),
    city: line(100),
    /** State, province or prefecture code where the country has them (ISO 3166-2 suffix: `CA`). */
    region: z.optional(z.string().check(z.maxLength(10))),
    postalCode: z.optional(z.string().check(z.trim(), z.maxLength(20))),
    country: countryCodeSchema,
    phone: z.optional(z.string().check(z.maxLength(40))),
  }),
)

export type Address = z.infer<typeof addressSchema>
