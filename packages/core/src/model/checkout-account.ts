import { batch, computed, signal } from '@preact/signals-core'
import type { CheckoutAdapter } from '../adapter.js'
import type { Address } from '../schemas/address.js'
import {
  type Customer,
  type Session,
  signInRequestSchema,
  signUpRequestSchema,
} from '../schemas/customer.js'
import { checkShape } from './checkout-account-check.js'
import type { Runner } from './checkout-run.js'
import type { CheckoutState } from './checkout-state.js'
import type { AddressDraft } from './checkout-types.js'
import { addressFields } from './saved-input.js'

export interface AccountContext {
  adapter: CheckoutAdapter
  state: CheckoutState
  runner: Runner
}

/** Where account refusals land: the sign-in form's fields and the create-account password. */
export const accountFields = {
  signInEmail: 'signIn.email',
  signInPassword: 'signIn.password',
  accountPassword: 'account.password',
} as const

type AccountMethods = Required<Pick<CheckoutAdapter, 'signIn' | 'signUp' | 'signOut'>>

/**
 * Optional sign-in for returning customers and account creation after the order. Without the
 * adapter's `accounts` capability (or its methods) every action is a quiet no-op returning false.
 */
export function createAccountActions({ adapter, state, runner }: AccountContext) {
  const customer = signal<Customer | null>(null)
  const methods = accountMethodsOf(adapter)

  async function signIn(email: string, password: string): Promise<boolean> {
    if (!methods) return false
    const checked = checkShape(signInRequestSchema, { email: email.trim(), password }, 'signIn')
    state.showFieldErrors('signIn', checked.ok ? {} : checked.errors)
    if (!checked.ok) return false
    const session = await runner.run('signIn', () => methods.signIn(checked.value), {
      // Wrong credentials name no field on purpose; the message sits by the password.
      fields: { field: accountFields.signInPassword },
      again: () => signIn(email, password),
    })
    if (session) adopt(session)
    return session !== null
  }

  async function signOut(): Promise<boolean> {
    if (!methods || !customer.peek()) return false
    const done = await runner.run(
      'signOut',
      async () => {
        await methods.signOut()
        return true
      },
      { again: signOut },
    )
    if (done) customer.value = null
    return done !== null
  }

  /** After the order: an account for the order's e-mail and name, with the only password asked. */
  async function createAccount(password: string): Promise<boolean> {
    const order = state.order.peek()
    if (!methods || !order) return false
    // The status token proves the order is this shopper's, so the backend keeps it in the account.
    const claim = order.statusToken ? { order: { id: order.id, token: order.statusToken } } : {}
    const request = { email: order.email, password, name: order.shippingAddress.name, ...claim }
    const checked = checkShape(signUpRequestSchema, request, 'account')
    state.showFieldErrors('account', checked.ok ? {} : checked.errors)
    if (!checked.ok) return false
    const session = await runner.run('createAccount', () => methods.signUp(checked.value), {
      fields: { field: accountFields.accountPassword },
      again: () => createAccount(password),
    })
    if (session) customer.value = session.customer
    return session !== null
  }

  function adopt(session: Session) {
    batch(() => {
      customer.value = session.customer
      state.contact.value = { ...state.contact.peek(), email: session.customer.email }
      const saved = savedAddressFor(session.customer, state.shippingAddress.peek())
      if (saved) state.shippingAddress.value = toDraft(saved)
      state.showFieldErrors('contact.email')
    })
  }

  /** Fills the shipping form with one of the signed-in customer's saved addresses. */
  function chooseSavedAddress(address: Address): void {
    batch(() => {
      state.shippingAddress.value = toDraft(address)
      state.showFieldErrors('shippingAddress')
    })
  }

  return {
    customer,
    chooseSavedAddress,
    // A model holds only signals and actions, so the fixed answer is a (constant) signal.
    accountsAvailable: computed(() => methods !== null),
    signIn,
    signOut,
    createAccount,
  }
}

function accountMethodsOf(adapter: CheckoutAdapter): AccountMethods | null {
  const { signIn, signUp, signOut } = adapter
  if (!adapter.capabilities.accounts || !signIn || !signUp || !signOut) return null
  return {
    signIn: (request) => signIn.call(adapter, request),
    signUp: (request) => signUp.call(adapter, request),
    signOut: () => signOut.call(adapter),
  }
}

// The country alone may be the form's preselection, so it does not count as typed.
const typedFields = addressFields.filter((field) => field !== 'country')

/**
 * The saved address to prefill, or null when the shopper has typed one already: the first saved
 * address is the default, unless one is in the country already chosen.
 */
export function savedAddressFor(customer: Customer, draft: AddressDraft): Address | null {
  if (typedFields.some((field) => draft[field]?.trim())) return null
  const { addresses } = customer
  return addresses.find((address) => address.country === draft.country) ?? addresses[0] ?? null
}

function toDraft(address: Address): AddressDraft {
  return Object.fromEntries(
    Object.entries(address).filter(([, value]) => typeof value === 'string'),
  ) as AddressDraft
}
