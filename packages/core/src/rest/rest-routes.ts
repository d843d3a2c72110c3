import type * as z from 'zod/mini'
import { addressSchema } from '../schemas/address.js'
import {
  addItemRequestSchema,
  cartSchema,
  createCartRequestSchema,
  updateItemRequestSchema,
} from '../schemas/cart.js'
import { productListSchema } from '../schemas/catalog.js'
import { applyCodeRequestSchema } from '../schemas/codes.js'
import { contactSchema } from '../schemas/contact.js'
import {
  customerSchema,
  sessionSchema,
  signInRequestSchema,
  signUpRequestSchema,
} from '../schemas/customer.js'
import { feedbackRequestSchema, feedbackSchema } from '../schemas/feedback.js'
import { orderSchema, placeOrderResultSchema } from '../schemas/order.js'
import { orderLookupRequestSchema, orderLookupSchema } from '../schemas/order-lookup.js'
import { paymentMethodListSchema, placeOrderRequestSchema } from '../schemas/payment.js'
import { recoverCartRequestSchema } from '../schemas/recovery.js'
import { reorderLinkSchema, reorderRequestSchema, reorderSchema } from '../schemas/reorder.js'
import { selectShippingOptionRequestSchema, shippingOptionListSchema } from '../schemas/shipping.js'
import { trackingSchema } from '../schemas/tracking.js'

export interface RestRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  summary: string
  headers?: string[]
  request?: z.ZodMiniType
  response?: z.ZodMiniType
  /** Success status when not 200. */
  status?: number
}

/**
 * The REST contract the http adapter speaks and the mock server serves. docs/rest-api.md is
 * rendered from this table and a test keeps the mock server's routes equal to it.
 */
export const restRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/products',
    summary: 'Catalog with prices in `?currency=`.',
    response: productListSchema,
  },
  {
    method: 'POST',
    path: '/carts',
    summary: 'Create a cart, optionally with items.',
    request: createCartRequestSchema,
    response: cartSchema,
    status: 201,
  },
  { method: 'GET', path: '/carts/{cartId}', summary: 'Read a cart.', response: cartSchema },
  {
    method: 'POST',
    path: '/carts/{cartId}/items',
    summary: 'Add a SKU (merges into its line).',
    request: addItemRequestSchema,
    response: cartSchema,
  },
  {
    method: 'PATCH',
    path: '/carts/{cartId}/items/{lineId}',
    summary: "Set a line's quantity; 0 removes it.",
    request: updateItemRequestSchema,
    response: cartSchema,
  },
  {
    method: 'DELETE',
    path: '/carts/{cartId}/items/{lineId}',
    summary: 'Remove a line.',
    response: cartSchema,
  },
  {
    method: 'POST',
    path: '/carts/{cartId}/codes',
    summary: 'Apply a promo code or gift card; refusals carry a `code_*` reason.',
    request: applyCodeRequestSchema,
    response: cartSchema,
  },
  {
    method: 'DELETE',
    path: '/carts/{cartId}/codes/{code}',
    summary: 'Remove a code.',
    response: cartSchema,
  },
  {
    method: 'PUT',
    path: '/carts/{cartId}/contact',
    summary: 'Set e-mail, marketing consent per channel and locale.',
    request: contactSchema,
    response: cartSchema,
  },
  {
    method: 'PUT',
    path: '/carts/{cartId}/shipping-address',
    summary: "Set the shipping address (checked with its country's address data).",
    request: addressSchema,
    response: cartSchema,
  },
  {
    method: 'PUT',
    path: '/carts/{cartId}/billing-address',
    summary: 'Bill another address.',
    request: addressSchema,
    response: cartSchema,
  },
  {
    method: 'DELETE',
    path: '/carts/{cartId}/billing-address',
    summary: 'Bill the shipping address again.',
    response: cartSchema,
  },
  {
    method: 'GET',
    path: '/carts/{cartId}/shipping-options',
    summary: 'Delivery options for the address, with date ranges.',
    response: shippingOptionListSchema,
  },
  {
    method: 'PUT',
    path: '/carts/{cartId}/shipping-option',
    summary: 'Choose a delivery option, and for a pickup option one of its `pickupPoints`.',
    request: selectShippingOptionRequestSchema,
    response: cartSchema,
  },
  {
    method: 'GET',
    path: '/carts/{cartId}/payment-methods',
    summary: 'Payment methods for this cart.',
    response: paymentMethodListSchema,
  },
  {
    method: 'POST',
    path: '/carts/{cartId}/orders',
    summary: 'Place the order (idempotent); 201 with the order or 202 with a 3-D Secure action.',
    headers: ['Idempotency-Key'],
    request: placeOrderRequestSchema,
    response: placeOrderResultSchema,
    status: 201,
  },
  {
    method: 'POST',
    path: '/carts/{cartId}/payment-actions/{actionId}/complete',
    summary: 'Finish a payment after its action (idempotent).',
    headers: ['Idempotency-Key'],
    response: placeOrderResultSchema,
  },
  {
    method: 'GET',
    path: '/orders/{orderId}',
    summary: 'Read an order with its capability token.',
    headers: ['WeShip-Order-Token'],
    response: orderSchema,
  },
  {
    method: 'GET',
    path: '/orders/{orderId}/tracking',
    summary: 'Shipments with deduplicated carrier events and the current delivery estimate.',
    headers: ['WeShip-Order-Token'],
    response: trackingSchema,
  },
  {
    method: 'POST',
    path: '/orders/{orderId}/feedback',
    summary: 'Rate the order 1–5 with a comment, once; a second time is 409.',
    headers: ['WeShip-Order-Token'],
    request: feedbackRequestSchema,
    response: feedbackSchema,
    status: 201,
  },
  {
    method: 'POST',
    path: '/order-lookups',
    summary:
      'A fresh order token for its number and e-mail; 404 `order_not_found` for any mismatch, 429 when rate-limited.',
    request: orderLookupRequestSchema,
    response: orderLookupSchema,
    status: 201,
  },
  {
    method: 'POST',
    path: '/cart-recoveries',
    summary: "Turn a reminder's recovery token back into its cart.",
    request: recoverCartRequestSchema,
    response: cartSchema,
  },
  {
    method: 'POST',
    path: '/orders/{orderId}/reorder-links',
    summary:
      'A fresh "Buy again" token for the order (for the shop page\'s `?weship_reorder=`); needs the status token.',
    headers: ['WeShip-Order-Token'],
    response: reorderLinkSchema,
    status: 201,
  },
  {
    method: 'POST',
    path: '/reorders',
    summary:
      'Turn a "Buy again" token into a new cart with the order\'s items, and say what could not be added; 404 `reorder_not_found`.',
    request: reorderRequestSchema,
    response: reorderSchema,
    status: 201,
  },
  {
    method: 'GET',
    path: '/unsubscribes/{token}',
    summary:
      "The link in marketing e-mail: an HTML page in `?lang=` (the e-mail's language, else the browser's) asking to confirm with a button that POSTs; the GET itself changes nothing, since mail scanners follow links.",
  },
  {
    method: 'POST',
    path: '/unsubscribes/{token}',
    summary:
      "Stop marketing e-mail to an address at once: 204 for RFC 8058 one-click (`List-Unsubscribe=One-Click`), the confirmation page for the page's button (`Accept: text/html`).",
    status: 204,
  },
  {
    method: 'GET',
    path: '/marketing-confirmations/{token}',
    summary:
      'Double opt-in: the link in the confirmation e-mail opens an HTML page in `?lang=` whose button POSTs; the GET changes nothing. 404 once used or after 72 hours.',
  },
  {
    method: 'POST',
    path: '/marketing-confirmations/{token}',
    summary:
      "Confirms that the address wants marketing e-mail: 204, or the confirmation page for the page's button (`Accept: text/html`); 404 `confirmation_not_found` once used or expired.",
    status: 204,
  },
  {
    method: 'POST',
    path: '/customers',
    summary:
      'Create an account (keeping a guest `order` proven by its status token); answers a session.',
    request: signUpRequestSchema,
    response: sessionSchema,
    status: 201,
  },
  {
    method: 'POST',
    path: '/sessions',
    summary: 'Sign in.',
    request: signInRequestSchema,
    response: sessionSchema,
  },
  {
    method: 'DELETE',
    path: '/sessions/current',
    summary: 'Sign out.',
    headers: ['Authorization'],
    status: 204,
  },
  {
    method: 'GET',
    path: '/customers/me',
    summary: 'The signed-in customer, saved addresses and orders.',
    headers: ['Authorization'],
    response: customerSchema,
  },
]
