import { randomUUID } from 'node:crypto'
import {
  type Address,
  type Customer,
  type OrderSummary,
  type Session,
  signInRequestSchema,
  signUpRequestSchema,
} from '@weship/checkout-core'
import { createGuessGuard, OWNER_FRIENDLY_GUESSES } from '../guess-guard.js'
import { parseInput } from '../parse-input.js'
import { createRateLimiter } from '../rate-limit.js'
import { emailKey } from '../secrets.js'
import { countAttempt } from '../too-many-attempts.js'
import { emailTaken, invalidCredentials, notSignedIn } from './account-errors.js'
import type { StoredCustomer } from './account-state.js'
import { refuseCommonPassword } from './common-passwords.js'
import { DEMO_EMAIL, demoCustomer } from './demo-account.js'
import { hashPassword, verifyPassword } from './password-hash.js'
import { createSessions } from './sessions.js'

export interface AccountsOptions {
  now: () => Date
  /** Customers from a snapshot; the demo account is added when it is not among them. */
  customers?: readonly StoredCustomer[] | undefined
  /** The customer's orders, newest first. */
  ordersOf: (customer: { id: string; email: string }) => OrderSummary[]
  /** Keeps the guest order a sign-up names (with its status token) in the new account. */
  claimOrder?: (
    order: { id: string; token: string },
    customer: { id: string; email: string },
  ) => void
  onChange: () => void
}

/** Sign-up, sign-in and the signed-in customer's profile; passwords only ever as scrypt hashes. */
export interface Accounts {
  signUp(request: unknown, client?: string): Promise<Session>
  signIn(request: unknown, client?: string): Promise<Session>
  /** Ends the session; an unknown or missing token is already signed out. */
  signOut(sessionToken: string | undefined): void
  getCustomer(sessionToken: string | undefined): Customer
  customerIdFor(sessionToken: string | undefined): string | undefined
  rememberAddress(customerId: string, address: Address): void
  exportCustomers(): StoredCustomer[]
}

const MAX_ADDRESSES = 10
const SIGN_UP_PER_CLIENT = { limit: 10, windowMs: 15 * 60_000 }

export function createAccounts(options: AccountsOptions): Accounts {
  const { now, onChange } = options
  const byEmail = new Map<string, StoredCustomer>()
  const byId = new Map<string, StoredCustomer>()
  const sessions = createSessions({ now })
  const signInGuesses = createGuessGuard(OWNER_FRIENDLY_GUESSES, now)
  const signUps = createRateLimiter({ ...SIGN_UP_PER_CLIENT, now })
  const keyOf = emailKey
  const add = (customer: StoredCustomer) => {
    byEmail.set(keyOf(customer.email), customer)
    byId.set(customer.id, customer)
  }
  for (const customer of structuredClone(options.customers ?? [])) add(customer)
  if (!byEmail.has(DEMO_EMAIL)) add(demoCustomer(now().toISOString()))

  const toWire = (customer: StoredCustomer): Customer => ({
    id: customer.id,
    email: customer.email,
    ...(customer.name === undefined ? {} : { name: customer.name }),
    addresses: structuredClone(customer.addresses),
    orders: options.ordersOf(customer),
  })
  const openSession = (customer: StoredCustomer): Session => ({
    token: sessions.open(customer.id),
    customer: toWire(customer),
  })

  return {
    async signUp(request, client = 'local') {
      const { email, password, name, order } = parseInput(signUpRequestSchema, request)
      countAttempt([[signUps, client]])
      await refuseCommonPassword(password, email)
      if (byEmail.has(keyOf(email))) throw emailTaken()
      const passwordHash = await hashPassword(password)
      // Checked again: another sign-up for the same e-mail may have finished while hashing.
      if (byEmail.has(keyOf(email))) throw emailTaken()
      const customer: StoredCustomer = {
        id: `cus_${randomUUID()}`,
        email: email.trim(),
        ...(name?.trim() ? { name: name.trim() } : {}),
        passwordHash,
        addresses: [],
        createdAt: now().toISOString(),
      }
      add(customer)
      if (order) options.claimOrder?.(order, customer)
      onChange()
      return openSession(customer)
    },

    async signIn(request, client = 'local') {
      const { email, password } = parseInput(signInRequestSchema, request)
      // Per e-mail and client, so a guesser's failures never lock the owner out of the account.
      const guess = signInGuesses.guess(keyOf(email), client)
      const customer = byEmail.get(keyOf(email))
      // An unknown e-mail still costs one hash, so timing does not tell it apart.
      const stored = customer?.passwordHash ?? demoCustomer('').passwordHash
      const matches = await verifyPassword(password, stored)
      if (!customer || !matches) throw invalidCredentials()
      guess.succeeded()
      return openSession(customer)
    },

    signOut: (sessionToken) => sessions.close(sessionToken),

    getCustomer(sessionToken) {
      const customer = byId.get(sessions.customerIdFor(sessionToken) ?? '')
      if (!customer) throw notSignedIn()
      return toWire(customer)
    },

    customerIdFor: (sessionToken) => {
      const id = sessions.customerIdFor(sessionToken)
      return id && byId.has(id) ? id : undefined
    },

    rememberAddress(customerId, address) {
      const customer = byId.get(customerId)
      if (!customer) return
      const key = JSON.stringify(address)
      if (customer.addresses.some((known) => JSON.stringify(known) === key)) return
      customer.addresses = [...customer.addresses, structuredClone(address)].slice(-MAX_ADDRESSES)
      onChange()
    },

    exportCustomers: () => structuredClone([...byId.values()]),
  }
}
