import { addressSchema } from '@weship/checkout-core'
import * as z from 'zod/mini'

/** A customer as the engine keeps it: a scrypt hash, never the password. */
export const storedCustomerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  email: z.email(),
  name: z.optional(z.string()),
  passwordHash: z.string().check(z.startsWith('scrypt$')),
  addresses: z.array(addressSchema),
  createdAt: z.iso.datetime(),
})

export type StoredCustomer = z.infer<typeof storedCustomerSchema>
