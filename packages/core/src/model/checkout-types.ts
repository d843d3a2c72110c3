import type { CheckoutAdapter } from '../adapter.js'
import type { Address } from '../schemas/address.js'
import type { Contact } from '../schemas/contact.js'
import type { CartSession } from './cart-session.js'
import type { KeyValueStorage } from './storage.js'

/** The checkout's steps, in the order a shopper meets them. */
export const checkoutSteps = [
  'cart',
  'contact',
  'shipping',
  'payment',
  'review',
  'confirmation',
] as const
export type CheckoutStep = (typeof checkoutSteps)[number]

export const paymentStatuses = ['idle', 'placing', 'action_required', 'declined', 'placed'] as const
export type PaymentStatus = (typeof paymentStatuses)[number]

/**
 * Why a payment action ended without an answer: the shopper closed it, or nothing on the page
 * could run it (no provider for its kind).
 */
export type PaymentActionEnd = 'authentication_cancelled' | 'payment_action_unavailable'

/** An order on its way (sent, or waiting for the bank's challenge): nothing may change under it. */
export function isPaymentInFlight(status: PaymentStatus): boolean {
  return status === 'placing' || status === 'action_required'
}

/** A problem with one field: `reason` is the i18n key (`required`, `invalid_email`, `code_expired`…). */
export interface CheckoutFieldError {
  reason: string
  /** English detail for logs and developers; shoppers see the translated `reason`. */
  message: string
}

/** Field errors keyed by dotted path: `contact.email`, `shippingAddress.postalCode`, `code`. */
export type CheckoutFieldErrors = Readonly<Record<string, CheckoutFieldError>>

/** What the shopper has typed so far, valid or not. */
export type ContactDraft = Partial<Contact>
export type AddressDraft = Partial<Record<keyof Address, string>>

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]-?: T[K] }

/** Every input the draft keeps as the shopper types, by dotted path, with its value type. */
export type DraftFields = Prefixed<'contact', Contact> &
  Prefixed<'shippingAddress', AddressDraft> &
  Prefixed<'billingAddress', AddressDraft>
export type DraftFieldPath = keyof DraftFields

/** Names in `busy`, one per action that talks to the backend. */
export type CheckoutActionName =
  | 'resume'
  | 'setContact'
  | 'setShippingAddress'
  | 'loadShippingOptions'
  | 'selectShippingOption'
  | 'setBillingAddress'
  | 'applyCode'
  | 'removeCode'
  | 'loadPaymentMethods'
  | 'placeOrder'
  | 'completePaymentAction'
  | 'signIn'
  | 'signOut'
  | 'createAccount'

export interface CheckoutOptions {
  adapter: CheckoutAdapter
  /** The page's shared cart session, so the cart button and the checkout show one cart. */
  session?: CartSession
  /** Where the draft survives a reload; elements pass `sessionStorage`. Defaults to memory. */
  storage?: KeyValueStorage
  /** Draft key; one per backend so two shops on one origin never share a draft. */
  storageKey?: string
  /**
   * Origins of payment pages (hosted card fields, 3-D Secure) the merchant trusts besides the
   * adapter's `cspRequirements.frameSrc`; a page on any other origin is a CONFIG error. Each is
   * https (http only on a loopback host), else `createCheckout` throws a CONFIG error.
   */
  paymentOrigins?: readonly string[]
  /** One key per place-order attempt; defaults to a random UUID. */
  createIdempotencyKey?: () => string
  now?: () => Date
  /** The pause in typing after which a complete shipping address is saved (default 400 ms). */
  addressSaveDelayMs?: number
}
