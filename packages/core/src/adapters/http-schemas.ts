/**
 * Every schema the REST adapter parses responses with, and the code that reads answers with them
 * (`http-answer.ts`), in one module that the adapter imports on its first request. zod and these schemas are about a quarter of a product page's first load,
 * and a page whose shopper has no cart yet never sends a request.
 */
import * as z from 'zod/mini'

export { cartSchema } from '../schemas/cart.js'
export { productListSchema } from '../schemas/catalog.js'
export { customerSchema, sessionSchema } from '../schemas/customer.js'
export { feedbackSchema } from '../schemas/feedback.js'
export { orderSchema, placeOrderResultSchema } from '../schemas/order.js'
export { orderLookupSchema } from '../schemas/order-lookup.js'
export { paymentMethodListSchema } from '../schemas/payment.js'
export { problemSchema } from '../schemas/problem.js'
export { reorderLinkSchema, reorderSchema } from '../schemas/reorder.js'
export { shippingOptionListSchema } from '../schemas/shipping.js'
export { trackingSchema } from '../schemas/tracking.js'
export { parseBody, problemToError } from './http-answer.js'

/** For answers whose body says nothing, such as a sign-out's 204. */
export const anything = z.unknown()
