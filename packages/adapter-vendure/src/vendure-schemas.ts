import * as z from 'zod/mini'

/** Shapes of the Shop API answers the adapter reads, as its documents ask for them. */

const nullableString = z.nullish(z.string())

export const vendureAddressSchema = z.object({
  fullName: nullableString,
  company: nullableString,
  streetLine1: nullableString,
  streetLine2: nullableString,
  city: nullableString,
  province: nullableString,
  postalCode: nullableString,
  countryCode: nullableString,
  phoneNumber: nullableString,
})

export const vendureLineSchema = z.object({
  id: z.string(),
  quantity: z.int(),
  unitPrice: z.int(),
  unitPriceWithTax: z.int(),
  linePrice: z.int(),
  linePriceWithTax: z.int(),
  featuredAsset: z.nullish(z.object({ preview: z.string() })),
  productVariant: z.object({
    id: z.string(),
    sku: z.string(),
    name: z.string(),
    product: z.object({ id: z.string(), name: z.string() }),
    options: z.array(z.object({ name: z.string(), group: z.object({ name: z.string() }) })),
  }),
})

export const vendureOrderSchema = z.object({
  id: z.string(),
  code: z.string(),
  state: z.string(),
  active: z.boolean(),
  currencyCode: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  orderPlacedAt: nullableString,
  couponCodes: z.array(z.string()),
  totalQuantity: z.int(),
  subTotal: z.int(),
  subTotalWithTax: z.int(),
  shipping: z.int(),
  shippingWithTax: z.int(),
  total: z.int(),
  totalWithTax: z.int(),
  lines: z.array(vendureLineSchema),
  discounts: z.array(
    z.object({ description: z.string(), amount: z.int(), amountWithTax: z.int() }),
  ),
  customer: z.nullish(z.object({ emailAddress: z.string() })),
  shippingAddress: z.nullish(vendureAddressSchema),
  billingAddress: z.nullish(vendureAddressSchema),
  shippingLines: z.array(
    z.object({
      price: z.int(),
      priceWithTax: z.int(),
      shippingMethod: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    }),
  ),
  payments: z.nullish(
    z.array(z.object({ method: z.string(), amount: z.int(), state: z.string() })),
  ),
})

/** Vendure's "errors as data": an ErrorResult in place of the Order. */
export const vendureErrorResultSchema = z.object({
  __typename: z.string(),
  errorCode: z.string(),
  message: z.string(),
  quantityAvailable: z.optional(z.int()),
  paymentErrorMessage: z.optional(z.string()),
  transitionError: z.optional(z.string()),
})

export const orderOrErrorSchema = z.union([
  z.extend(vendureOrderSchema, { __typename: z.literal('Order') }),
  vendureErrorResultSchema,
])

export const shippingMethodQuoteSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  price: z.int(),
  priceWithTax: z.int(),
})

export const paymentMethodQuoteSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  isEligible: z.boolean(),
})

export type VendureAddress = z.infer<typeof vendureAddressSchema>
export type VendureOrder = z.infer<typeof vendureOrderSchema>
export type VendureErrorResult = z.infer<typeof vendureErrorResultSchema>
export type OrderOrError = z.infer<typeof orderOrErrorSchema>
export type ShippingMethodQuote = z.infer<typeof shippingMethodQuoteSchema>
export type PaymentMethodQuote = z.infer<typeof paymentMethodQuoteSchema>
