import * as z from 'zod/mini'
import { addressSchema } from './address.js'
import { deferred } from './deferred.js'
import { moneySchema } from './money.js'

export const orderSummarySchema = deferred(() =>
  z.object({
    id: z.string(),
    number: z.string(),
    total: moneySchema,
    createdAt: z.iso.datetime(),
  }),
)

export const customerSchema = deferred(() =>
  z.object({
    id: z.string(),
    email: z.email(),
    name: z.optional(z.string()),
    addresses: z.array(addressSchema),
    orders: z.array(orderSummarySchema),
  }),
)

export const signInRequestSchema = deferred(() =>
  z.object({
    email: z.email(),
    password: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
)

/** The shortest password an account takes (NIST SP 800-63B: length over composition rules). */
export const MIN_PASSWORD_LENGTH = 10

export const signUpRequestSchema = deferred(() =>
  z.object({
    email: z.email(),
    password: z.string().check(
      z.minLength(MIN_PASSWORD_LENGTH),
      z.maxLength(200),
      // Ten spaces pass a length rule; a password needs something to guess.
      z.refine((password) => password.trim() !== '', {
        error: 'Choose a password that is not only spaces.',
        params: { reason: 'password_blank' },
      }),
    ),
    name: z.optional(z.string().check(z.maxLength(200))),
    /**
     * A guest order of the same e-mail to keep in the new account, proven by its status token
     * (the confirmation's and the status page's offer); a stale token just leaves it out.
     */
    order: z.optional(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(100)),
        token: z.string().check(z.minLength(1), z.maxLength(200)),
      }),
    ),
  }),
)

/** A signed-in session: the token goes in `Authorization: Bearer …` on later requests. */
export const sessionSchema = deferred(() =>
  z.object({ token: z.string(), customer: customerSchema }),
)

export type Customer = z.infer<typeof customerSchema>
export type OrderSummary = z.infer<typeof orderSummarySchema>
export type SignInRequest = z.infer<typeof signInRequestSchema>
export type SignUpRequest = z.infer<typeof signUpRequestSchema>
export type Session = z.infer<typeof sessionSchema>
