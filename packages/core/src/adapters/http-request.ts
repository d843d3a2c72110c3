import type * as z from 'zod/mini'
import { CheckoutError, toCheckoutError } from '../errors.js'
import { fetchWithDeadline } from './fetch-with-deadline.js'
import type * as schemaModule from './http-schemas.js'

export interface HttpClientOptions {
  /** Base URL of the REST API, e.g. `https://shop.example/api/checkout`. */
  baseUrl: string
  /** Defaults to the global fetch; pass one to add auth or run in tests. */
  fetch?: typeof fetch
  /** Per attempt; a slow backend becomes a NETWORK error instead of a frozen widget. */
  timeoutMs?: number
  /** Extra attempts for idempotent requests after a network error or 502–504. */
  retries?: number
  /** First backoff delay; doubles per attempt, with jitter. */
  retryDelayMs?: number
  headers?: Record<string, string>
}

type HttpSchemas = typeof schemaModule
/** The name of a response schema in http-schemas.ts. */
export type SchemaName = {
  [K in keyof HttpSchemas]: HttpSchemas[K] extends z.ZodMiniType ? K : never
}[keyof HttpSchemas]
type Answer<K extends SchemaName> = z.infer<HttpSchemas[K]>

export interface HttpRequest<K extends SchemaName> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  path: string
  body?: unknown
  /** The answer's schema, by name: the schemas are imported on the first request. */
  schema: K
  signal?: AbortSignal | undefined
  /** Safe to send again: GET/PUT/DELETE, or a POST carrying an idempotency key. */
  idempotent?: boolean
  headers?: Record<string, string>
}

// Not 429: a retry would only spend another attempt of the limit it hit.
const RETRYABLE_STATUS = new Set([502, 503, 504])

export function createHttpClient(options: HttpClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 15_000
  const retries = options.retries ?? 2
  const retryDelayMs = options.retryDelayMs ?? 300

  async function request<K extends SchemaName>(req: HttpRequest<K>): Promise<Answer<K>> {
    const idempotent = req.idempotent ?? (req.method !== 'POST' && req.method !== 'PATCH')
    const attempts = idempotent ? retries + 1 : 1
    let lastError: CheckoutError | undefined
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await delay(backoff(attempt, retryDelayMs), req.signal)
      try {
        return await attemptOnce(req)
      } catch (error) {
        lastError = toCheckoutError(error)
        if (!isRetryable(lastError)) throw lastError
      }
    }
    throw lastError as CheckoutError
  }

  async function attemptOnce<K extends SchemaName>(req: HttpRequest<K>): Promise<Answer<K>> {
    // Fetched beside the request, so the schemas are usually here before the answer is. Marked
    // handled at once: a failed fetch must not count as an unhandled rejection while the request
    // is still out; it is thrown below, where the answer is read.
    const schemas = loadSchemas()
    schemas.catch(() => undefined)
    const response = await fetchWithDeadline(
      `${baseUrl}${req.path}`,
      {
        method: req.method,
        headers: {
          accept: 'application/json, application/problem+json',
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
          ...req.headers,
        },
        body: req.body === undefined ? null : JSON.stringify(req.body),
      },
      { fetch: options.fetch, timeoutMs, signal: req.signal },
    )
    // Reading the answer comes with the schemas: a page that sends nothing never loads it.
    const answers = await schemas
    if (!response.ok) throw await answers.problemToError(response)
    return answers.parseBody(response, answers[req.schema] as z.ZodMiniType<Answer<K>>)
  }

  return { request, baseUrl }
}

let schemasLoading: Promise<HttpSchemas> | undefined

/** Imports the schemas once per page; after a failed fetch the next request tries again. */
function loadSchemas(): Promise<HttpSchemas> {
  schemasLoading ??= import('./http-schemas.js').catch((cause: unknown) => {
    schemasLoading = undefined
    // The widget's own file, not the shop: `chunk_unavailable` says so to the shopper, and the
    // elements tell merchants why (offline, an HTTP error, an integrity mismatch).
    throw new CheckoutError('NETWORK', 'The response schemas could not be fetched.', {
      reason: 'chunk_unavailable',
      cause,
    })
  })
  return schemasLoading
}

function isRetryable(error: CheckoutError): boolean {
  if (error.code === 'NETWORK') return true
  return error.status !== undefined && RETRYABLE_STATUS.has(error.status)
}

function backoff(attempt: number, base: number): number {
  const exponential = base * 2 ** (attempt - 1)
  return exponential / 2 + Math.random() * (exponential / 2)
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CheckoutError('CANCELLED', 'The request was cancelled.'))
      return
    }
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new CheckoutError('CANCELLED', 'The request was cancelled.'))
      },
      { once: true },
    )
  })
}
