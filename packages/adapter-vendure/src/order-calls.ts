import { CheckoutError } from '@weship/checkout-core'
import * as z from 'zod/mini'
import { activeOrderQuery, transitionMutation } from './documents.js'
import { isErrorResult, orderOrThrow } from './error-results.js'
import type { createGraphqlClient, GraphqlAnswer } from './graphql-client.js'
import { type OrderOrError, orderOrErrorSchema, vendureOrderSchema } from './vendure-schemas.js'

type Client = ReturnType<typeof createGraphqlClient>

export const cartNotFound = () =>
  new CheckoutError('ADAPTER', 'This cart no longer exists.', { reason: 'cart_not_found' })

/** Calls on the shopper's Vendure session, whose bearer token is the widget's cart id. */
export function createOrderCalls(client: Client) {
  /** A session Vendure did not know answers with a new token: the cart is gone. */
  async function onSession<T>(
    cartId: string,
    query: string,
    schema: z.ZodMiniType<T>,
    variables: Record<string, unknown> = {},
    signal?: AbortSignal,
  ): Promise<T> {
    const answer: GraphqlAnswer<T> = await client.request({
      query,
      variables,
      schema,
      token: cartId,
      signal,
    })
    if (answer.token && answer.token !== cartId) throw cartNotFound()
    return answer.data
  }

  const activeOrderSchema = z.object({ activeOrder: z.nullable(vendureOrderSchema) })

  async function activeOrder(cartId: string, signal?: AbortSignal) {
    return (await onSession(cartId, activeOrderQuery, activeOrderSchema, {}, signal)).activeOrder
  }

  /** Runs a mutation that answers `Order | ErrorResult` under `field`. */
  async function mutateOrder(
    cartId: string,
    query: string,
    field: string,
    variables: Record<string, unknown> = {},
    signal?: AbortSignal,
  ): Promise<OrderOrError> {
    const schema = z.object({ [field]: orderOrErrorSchema })
    const data = await onSession(cartId, query, schema, variables, signal)
    return data[field] as OrderOrError
  }

  async function transition(cartId: string, state: string, signal?: AbortSignal) {
    return orderOrThrow(
      await mutateOrder(cartId, transitionMutation, 'transitionOrderToState', { state }, signal),
    )
  }

  /**
   * A cart change after a declined payment meets an order in ArrangingPayment, which Vendure
   * locks; it goes back to AddingItems (as its order process allows) and the change is retried.
   */
  async function changeCart(
    cartId: string,
    query: string,
    field: string,
    variables: Record<string, unknown> = {},
    signal?: AbortSignal,
  ): Promise<OrderOrError> {
    const first = await mutateOrder(cartId, query, field, variables, signal)
    if (!isErrorResult(first) || first.errorCode !== 'ORDER_MODIFICATION_ERROR') return first
    const current = await activeOrder(cartId, signal)
    if (current?.state !== 'ArrangingPayment') return first
    await transition(cartId, 'AddingItems', signal)
    return mutateOrder(cartId, query, field, variables, signal)
  }

  return { onSession, activeOrder, mutateOrder, changeCart, transition }
}
