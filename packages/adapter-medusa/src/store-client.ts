import { CheckoutError, fetchWithDeadline } from '@weship/checkout-core'
import * as z from 'zod/mini'
import { medusaErrorToCheckoutError } from './medusa-errors.js'

export interface StoreClientOptions {
  /** The Medusa server's origin (the Store API is under `/store`), e.g. `https://shop.example`. */
  baseUrl: string
  /** A publishable API key of the sales channel the widget sells in (`pk_…`). */
  publishableKey: string
  fetch?: typeof fetch
  /** Per request; a slow server becomes a NETWORK error instead of a frozen widget. */
  timeoutMs?: number
}

export interface StoreCall<T> {
  method?: 'GET' | 'POST' | 'DELETE'
  path: string
  query?: Record<string, string>
  body?: unknown
  /** Parses the answer; a mismatch means the server is not the Medusa this adapter speaks to. */
  schema: z.ZodMiniType<T>
  signal?: AbortSignal | undefined
}

const errorBodySchema = z.object({
  type: z.optional(z.string()),
  code: z.optional(z.string()),
  message: z.optional(z.string()),
})

export type StoreClient = ReturnType<typeof createStoreClient>

/** Plain fetch against Medusa's Store API: no SDK, no cookies (a guest cart is named by its id). */
export function createStoreClient(options: StoreClientOptions) {
  const timeoutMs = options.timeoutMs ?? 15_000
  const base = options.baseUrl.replace(/\/+$/, '')

  function request<T>(call: StoreCall<T>): Promise<T> {
    const url = new URL(`${base}${call.path}`)
    for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value)
    const hasBody = call.body !== undefined
    return fetchWithDeadline(
      url.href,
      {
        method: call.method ?? 'GET',
        headers: {
          accept: 'application/json',
          'x-publishable-api-key': options.publishableKey,
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
        },
        ...(hasBody ? { body: JSON.stringify(call.body) } : {}),
        credentials: 'omit',
      },
      { fetch: options.fetch, timeoutMs, signal: call.signal },
      async (response) => parseAnswer(response.status, await readJson(response), call.schema),
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
    throw new CheckoutError(code, `Medusa answered ${response.status} without JSON.`, {
      status: response.status,
      reason: 'invalid_response',
      cause,
    })
  }
}

export function parseAnswer<T>(status: number, body: unknown, schema: z.ZodMiniType<T>): T {
  if (status >= 400) {
    const parsed = errorBodySchema.safeParse(body)
    throw medusaErrorToCheckoutError(status, parsed.success ? parsed.data : {})
  }
  const data = schema.safeParse(body)
  if (!data.success) {
    throw new CheckoutError('ADAPTER', 'Medusa answered with unexpected data.', {
      status,
      reason: 'invalid_response',
      cause: data.error,
    })
  }
  return data.data
}
