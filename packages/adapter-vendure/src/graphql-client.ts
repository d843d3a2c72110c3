import { CheckoutError, type CheckoutErrorCode, fetchWithDeadline } from '@weship/checkout-core'
import * as z from 'zod/mini'

export interface GraphqlClientOptions {
  /** The Shop API endpoint, e.g. `https://shop.example/shop-api`. */
  shopApiUrl: string
  /** Sent as `vendure-token` to pick a channel other than the default one. */
  channelToken?: string
  fetch?: typeof fetch
  /** Per request; a slow server becomes a NETWORK error instead of a frozen widget. */
  timeoutMs?: number
}

export interface GraphqlCall<T> {
  query: string
  variables?: Record<string, unknown>
  /** Parses `data`; a mismatch means the server is not the Vendure this adapter speaks to. */
  schema: z.ZodMiniType<T>
  /** The shopper's session, sent as a bearer token. */
  token?: string | undefined
  signal?: AbortSignal | undefined
}

export interface GraphqlAnswer<T> {
  data: T
  /** The session token Vendure set on this answer, if it set one (a new or replaced session). */
  token: string | undefined
}

const graphqlErrorSchema = z.object({
  message: z.string(),
  extensions: z.optional(z.object({ code: z.optional(z.string()) })),
})
const responseSchema = z.object({
  data: z.nullish(z.unknown()),
  errors: z.optional(z.array(graphqlErrorSchema)),
})

/** Vendure's top-level GraphQL error codes, in the checkout's words. */
const topLevelCodes: Record<string, [CheckoutErrorCode, string]> = {
  FORBIDDEN: ['ADAPTER', 'forbidden'],
  UNAUTHORIZED: ['ADAPTER', 'forbidden'],
  ENTITY_NOT_FOUND: ['ADAPTER', 'not_found'],
  USER_INPUT_ERROR: ['VALIDATION', 'invalid_request'],
  BAD_USER_INPUT: ['VALIDATION', 'invalid_request'],
  // The server's schema lacks what the adapter asks: another Vendure major, or a proxy in the way.
  GRAPHQL_VALIDATION_FAILED: ['CONFIG', 'schema_mismatch'],
}

export const AUTH_TOKEN_HEADER = 'vendure-auth-token'

export function createGraphqlClient(options: GraphqlClientOptions) {
  const timeoutMs = options.timeoutMs ?? 15_000

  function request<T>(call: GraphqlCall<T>): Promise<GraphqlAnswer<T>> {
    return fetchWithDeadline(
      options.shopApiUrl,
      {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
          ...(options.channelToken ? { 'vendure-token': options.channelToken } : {}),
        },
        body: JSON.stringify({ query: call.query, variables: call.variables ?? {} }),
        // Bearer tokens, never cookies: Vendure's are SameSite=Lax and fail on another site.
        credentials: 'omit',
      },
      { fetch: options.fetch, timeoutMs, signal: call.signal },
      // The body is read under the deadline too: a server that stalls mid-answer still times out.
      async (response) => {
        const token = response.headers.get(AUTH_TOKEN_HEADER) || undefined
        const body = await readJson(response)
        return { data: parseAnswer(body, call.schema, response.status), token }
      },
    )
  }

  return { request }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    const code = response.status >= 500 ? 'NETWORK' : 'ADAPTER'
    throw new CheckoutError(code, `The shop answered ${response.status} without JSON.`, {
      status: response.status,
      reason: 'invalid_response',
      cause,
    })
  }
}

/** Top-level `errors` win over `data`: Vendure nulls the field that failed. */
export function parseAnswer<T>(body: unknown, schema: z.ZodMiniType<T>, status = 200): T {
  const parsed = responseSchema.safeParse(body)
  if (!parsed.success) {
    throw new CheckoutError('ADAPTER', 'The shop answered in an unknown format.', {
      status,
      reason: 'invalid_response',
      cause: parsed.error,
    })
  }
  const [first] = parsed.data.errors ?? []
  if (first) {
    const [code, reason] = topLevelCodes[first.extensions?.code ?? ''] ?? [
      status >= 500 ? 'NETWORK' : 'ADAPTER',
      'vendure_error',
    ]
    throw new CheckoutError(code, first.message, { status, reason, cause: parsed.data.errors })
  }
  const data = schema.safeParse(parsed.data.data)
  if (!data.success) {
    throw new CheckoutError('ADAPTER', 'The shop answered with unexpected data.', {
      status,
      reason: 'invalid_response',
      cause: data.error,
    })
  }
  return data.data
}
