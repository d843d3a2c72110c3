import type { CheckoutAdapter } from '../../adapter.js'
import type { Address } from '../../schemas/address.js'
import type { Cart } from '../../schemas/cart.js'
import type { Contact } from '../../schemas/contact.js'
import type { PaymentAction, PaymentRequest } from '../../schemas/payment.js'

/**
 * What the conformance suite needs to know about a backend's demo data. Everything the suite
 * asserts comes from the adapter's own answers; these only name the things to ask for.
 */
export interface ConformanceFixtures {
  /** A fresh adapter; called once per test, so tests never share a cart. */
  createAdapter(): CheckoutAdapter | Promise<CheckoutAdapter>
  /** Currency of the carts the suite creates. */
  currency: string
  /** Two variants in good stock (at least 10 each). */
  sku: string
  otherSku: string
  /** A variant with little stock, and how many units are left. */
  lowStock: { sku: string; stock: number }
  unknownSku: string
  contact: Contact
  /** A valid shipping address, and one the backend must refuse (e.g. a bad postal code). */
  address: Address
  invalidAddress: Address
  /** Present when the backend has promo codes. */
  promo?: {
    /** A code that gives a discount on a cart holding `sku` × 2. */
    valid: string
    /** A code the backend refuses, and the refusal reason it gives (e.g. `code_expired`). */
    refused: { code: string; reason: string }
  }
  /** Present when the backend has gift cards: one whose balance is below `sku` × 2 + shipping. */
  giftCard?: { code: string }
  payment: PaymentFixtures
  /** Present when the backend simulates carriers (`capabilities.tracking`) on a clock it controls. */
  tracking?: TrackingFixtures
}

export interface TrackingFixtures {
  /** Moves the backend's clock forward, so shipments to `address` progress to delivery. */
  advanceTime(ms: number): Promise<void>
  /** How long after an order its shipments to `address` are delivered at the latest. */
  deliveredWithinMs: number
}

export interface PaymentFixtures {
  /** Id of the card method in `listPaymentMethods`. */
  methodId: string
  /** A payment that succeeds (a fresh token each call). */
  success(cart: Cart): Promise<PaymentRequest>
  /** A payment the processor declines. */
  declined(cart: Cart): Promise<PaymentRequest>
  /**
   * A payment that succeeds with another card than `success`'s. Give it when the backend can tell
   * cards apart behind their tokens (Stripe's card fingerprint, the mock's): the suite then checks
   * that a key's replay with another card is refused, not answered with the first card's order.
   */
  otherCard?(cart: Cart): Promise<PaymentRequest>
  /** A payment that asks for 3-D Secure; omit when the backend has none. */
  threeDSecure?(cart: Cart): Promise<PaymentRequest>
  /** Passes or fails the challenge the way the shopper would in its iframe. */
  answerChallenge?(action: PaymentAction, outcome: 'pass' | 'fail'): Promise<void>
}

/** The codes a refusal may carry, by rule, so suites read like the contract. */
