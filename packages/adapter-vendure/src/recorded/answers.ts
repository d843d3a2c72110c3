import * as z from 'zod/mini'
import { orderOrErrorSchema, type VendureOrder, vendureOrderSchema } from '../vendure-schemas.js'
import answers from './shop-api-answers.json' with { type: 'json' }

/** Recorded Shop API answers, parsed by the adapter's own schemas as a live answer would be. */
export const recorded = answers

export function recordedOrder(): VendureOrder {
  return vendureOrderSchema.parse(answers.orderReadyToPay.data.setOrderShippingMethod)
}

export function recordedPlacedOrder(): VendureOrder {
  return vendureOrderSchema.parse(answers.orderPlaced.data.addPaymentToOrder)
}

export function recordedErrorResult(answer: { data: Record<string, unknown> }) {
  return z.object({ result: orderOrErrorSchema }).parse({ result: Object.values(answer.data)[0] })
    .result
}
