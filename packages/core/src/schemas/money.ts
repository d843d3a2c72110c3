import * as z from 'zod/mini'
import { deferred } from './deferred.js'
import { CURRENCY_CODE_PATTERN } from './limits.js'

export const currencyCodeSchema = deferred(() =>
  z.string().check(z.regex(CURRENCY_CODE_PATTERN, 'an ISO 4217 code such as EUR')),
)

/** Money on the wire: an integer amount in minor units and its currency. */
export const moneySchema = deferred(() =>
  z.object({
    amount: z.int(),
    currency: currencyCodeSchema,
  }),
)

export type MoneyWire = z.infer<typeof moneySchema>
