import * as z from 'zod/mini'
import { deferred } from './deferred.js'

export const countryCodeSchema = deferred(() =>
  z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
)

const line = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

/**
 * A postal address as shoppers type it. What varies by country (whether a city, region or
 * postal code is needed, and their formats) is checked by `validateAddress` with the country's
 * data, so one schema serves every country.
 */
export const addressSchema = deferred(() =>
  z.object({
    name: line(200),
    company: z.optional(z.string().check(z.maxLength(200))),
    line1: line(200),
    line2: z.optional(z.string().check(z.maxLength(200))),
    /** Most countries need one; Japan, the Emirates and Singapore write none (`validateAddress`). */
    city: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    /**
     * A listed region's code (ISO 3166-2 suffix: `CA`, `13`, `DU`, or the data's key where ISO
     * has none); free text where the country lists none.
     */
    region: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    postalCode: z.optional(z.string().check(z.trim(), z.maxLength(20))),
    country: countryCodeSchema,
    phone: z.optional(z.string().check(z.maxLength(40))),
  }),
)

export type Address = z.infer<typeof addressSchema>
