import * as z from 'zod/mini'
import { deferred } from './deferred.js'

export const currencyCodeSchema = deferred(() =>
  z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR')),
)

/** Money on the wire: an integer amount in minor units and its currency. */
export const moneySchema = deferred(() =>
  z.object({
    amount: z.int(),
    currency: currencyCodeSchema,
  }),
)

export type MoneyWire = z.infer<typeof moneySchema>
