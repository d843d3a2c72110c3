import { type AddItemRequest, type Cart, CheckoutError } from '@weship/checkout-core'
import { addItemMutation, adjustLineMutation, removeLineMutation } from './documents.js'
import { errorResultToCheckoutError, isErrorResult, orderOrThrow } from './error-results.js'
import type { createOrderCalls } from './order-calls.js'
import type { OrderOrError, VendureOrder } from './vendure-schemas.js'

interface CartLinesDeps {
  calls: ReturnType<typeof createOrderCalls>
  /** The variant id of a SKU; refuses an unknown SKU with VALIDATION (`unknown_sku`). */
  variantIdFor(sku: string, signal?: AbortSignal): Promise<string>
  toCart(cartId: string, order: VendureOrder | null): Promise<Cart>
}

/**
 * Adding, changing and removing lines. Vendure answers "not enough stock" by adding what it
 * has; the contract refuses without writing, so the line is put back as it was.
 */
export function createCartLines({ calls, variantIdFor, toCart }: CartLinesDeps) {
  async function setLineQuantity(
    cartId: string,
    lineId: string,
    quantity: number,
    signal?: AbortSignal,
  ): Promise<OrderOrError> {
    if (quantity > 0) {
      const vars = { lineId, quantity }
      return calls.changeCart(cartId, adjustLineMutation, 'adjustOrderLine', vars, signal)
    }
    return calls.changeCart(cartId, removeLineMutation, 'removeOrderLine', { lineId }, signal)
  }

  /** Throws the refusal after restoring the line to `previous` units. */
  async function refuseAndRestore(
    cartId: string,
    answer: OrderOrError,
    lineId: string | undefined,
    previous: number,
    signal?: AbortSignal,
  ): Promise<never> {
    const refusal = isErrorResult(answer) ? errorResultToCheckoutError(answer) : undefined
    if (lineId) orderOrThrow(await setLineQuantity(cartId, lineId, previous, signal))
    throw refusal ?? new CheckoutError('ADAPTER', 'Unexpected answer from the shop.')
  }

  return {
    async addItem(cartId: string, item: AddItemRequest, signal?: AbortSignal): Promise<Cart> {
      // Only SKU and quantity travel: a price sent by the client is never read.
      const variantId = await variantIdFor(item.sku, signal)
      const before = await calls.activeOrder(cartId, signal)
      const line = before?.lines.find((candidate) => candidate.productVariant.id === variantId)
      const vars = { variantId, quantity: item.quantity }
      const answer = await calls.changeCart(cartId, addItemMutation, 'addItemToOrder', vars, signal)
      if (isErrorResult(answer) && answer.errorCode === 'INSUFFICIENT_STOCK_ERROR') {
        const after = await calls.activeOrder(cartId, signal)
        const added = after?.lines.find((candidate) => candidate.productVariant.id === variantId)
        const changed = added && added.quantity !== (line?.quantity ?? 0)
        return refuseAndRestore(
          cartId,
          answer,
          changed ? added.id : undefined,
          line?.quantity ?? 0,
          signal,
        )
      }
      return toCart(cartId, orderOrThrow(answer))
    },

    /** Sets a line's quantity; 0 removes it. */
    async updateItem(
      cartId: string,
      lineId: string,
      quantity: number,
      signal?: AbortSignal,
    ): Promise<Cart> {
      const before = await calls.activeOrder(cartId, signal)
      const line = before?.lines.find((candidate) => candidate.id === lineId)
      if (!line) {
        throw new CheckoutError('ADAPTER', 'This line is not in the cart.', {
          reason: 'line_not_found',
        })
      }
      const answer = await setLineQuantity(cartId, lineId, quantity, signal)
      if (isErrorResult(answer) && answer.errorCode === 'INSUFFICIENT_STOCK_ERROR') {
        return refuseAndRestore(cartId, answer, lineId, line.quantity, signal)
      }
      return toCart(cartId, orderOrThrow(answer))
    },
  }
}
