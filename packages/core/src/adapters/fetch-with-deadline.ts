import { CheckoutError } from '../errors.js'

export interface FetchDeadlineOptions {
  /** Defaults to the global fetch. */
  fetch?: typeof fetch | undefined
  /** After this long the request is aborted and reported as NETWORK with reason `timeout`. */
  timeoutMs: number
  /** The caller's cancel; aborting it rejects with CANCELLED. */
  signal?: AbortSignal | undefined
}

/**
 * One fetch under a deadline and the caller's AbortSignal; failures become CheckoutErrors
 * (CANCELLED, or NETWORK with reason `timeout` or `unreachable`).
 */
export function fetchWithDeadline(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  options: FetchDeadlineOptions,
): Promise<Response>
/** As above, with `read` (e.g. the body) still under the deadline and the caller's cancel. */
export function fetchWithDeadline<T>(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  options: FetchDeadlineOptions,
  read: (response: Response) => Promise<T>,
): Promise<T>
export async function fetchWithDeadline(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  options: FetchDeadlineOptions,
  read?: (response: Response) => Promise<unknown>,
): Promise<unknown> {
  const { signal: callerSignal, timeoutMs } = options
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutError()), timeoutMs)
  const forwardAbort = () => controller.abort(callerSignal?.reason)
  if (callerSignal?.aborted) forwardAbort()
  callerSignal?.addEventListener('abort', forwardAbort, { once: true })
  try {
    const doFetch = options.fetch ?? globalThis.fetch
    let response: Response
    try {
      response = await doFetch(url, { ...init, signal: controller.signal })
    } catch (error) {
      throw fetchFailure(error, controller.signal, callerSignal)
    }
    if (!read) return response
    try {
      return await read(response)
    } catch (error) {
      // A body cut short (by the deadline, a cancel or the network: fetch's TypeError) fails
      // as a fetch would; the reader's own errors pass through.
      if (controller.signal.aborted || error instanceof TypeError) {
        throw fetchFailure(error, controller.signal, callerSignal)
      }
      throw error
    }
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', forwardAbort)
  }
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError'
}

function fetchFailure(error: unknown, signal: AbortSignal, callerSignal?: AbortSignal) {
  if (callerSignal?.aborted) {
    return new CheckoutError('CANCELLED', 'The request was cancelled.', { cause: error })
  }
  if (signal.reason instanceof TimeoutError) {
    return new CheckoutError('NETWORK', 'The server took too long to answer.', {
      reason: 'timeout',
      cause: error,
    })
  }
  return new CheckoutError('NETWORK', 'The server could not be reached.', {
    reason: 'unreachable',
    cause: error,
  })
}
