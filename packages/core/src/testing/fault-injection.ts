import type { CheckoutAdapter } from '../adapter.js'
import { CheckoutError } from '../errors.js'

/**
 * What can go wrong with one adapter call, as a shopper's network and a shop's server do it:
 * - `network`: the request never reached the server (nothing happened there);
 * - `timeout`: the server did the work, but its answer never came back in time;
 * - `server-error`: the server failed with a 500 (nothing happened there);
 * - `late`: the server did the work at once, and its answer arrives only when the test says
 *   so (`release()`), after the shopper moved on.
 */
export const adapterFaults = ['network', 'timeout', 'server-error', 'late'] as const
export type AdapterFault = (typeof adapterFaults)[number]

/** Every method of the port, by name. */
export type AdapterCall = {
  [K in keyof CheckoutAdapter]-?: NonNullable<CheckoutAdapter[K]> extends (
    ...args: never[]
  ) => unknown
    ? K
    : never
}[keyof CheckoutAdapter]

export interface FaultyAdapter {
  /** The adapter to hand the widget: the wrapped one, failing as armed. */
  readonly adapter: CheckoutAdapter
  /** Arms `fault` for the next `times` calls (default 1) of `call`. */
  inject(call: AdapterCall, fault: AdapterFault, times?: number): void
  /** Disarms every fault and releases what is held: the network is well again. */
  heal(): void
  /** Delivers the answers held by `late`, oldest first. */
  release(): void
  /** Answers held by `late`, not yet delivered. */
  readonly held: number
  /** Every call made, with the fault it met (null: none), in order. */
  readonly calls: ReadonlyArray<{ call: AdapterCall; fault: AdapterFault | null }>
}

/**
 * Wraps an adapter so that chosen calls fail the way networks and servers fail, to run the
 * widget (or any code over an adapter) through each failure and check it recovers. For tests,
 * ours and merchants': `withFaults(createMyAdapter())`.
 */
export function withFaults(inner: CheckoutAdapter): FaultyAdapter {
  const armed = new Map<AdapterCall, AdapterFault[]>()
  const heldAnswers: Array<() => void> = []
  const calls: Array<{ call: AdapterCall; fault: AdapterFault | null }> = []

  function release() {
    for (const deliver of heldAnswers.splice(0)) deliver()
  }

  function run(call: AdapterCall, method: (...args: unknown[]) => unknown, args: unknown[]) {
    const fault = armed.get(call)?.shift() ?? null
    calls.push({ call, fault })
    const work = () => Promise.resolve().then(() => method.apply(inner, args))
    switch (fault) {
      case null:
        return work()
      case 'network':
        return Promise.reject(failure('NETWORK', 'unreachable', 'never reached the server'))
      case 'server-error':
        return Promise.reject(
          failure('ADAPTER', 'internal_error', 'the server answered 500', { status: 500 }),
        )
      case 'timeout':
        return work().then(
          () => Promise.reject(failure('NETWORK', 'timeout', 'no answer in time')),
          () => Promise.reject(failure('NETWORK', 'timeout', 'no answer in time')),
        )
      case 'late': {
        const answer = work()
        answer.catch(() => undefined)
        return new Promise((resolve) => heldAnswers.push(() => resolve(answer)))
      }
    }
  }

  const adapter = new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => run(name as AdapterCall, value, args)
    },
  })

  return {
    adapter,
    inject(call, fault, times = 1) {
      armed.set(call, [...(armed.get(call) ?? []), ...Array<AdapterFault>(times).fill(fault)])
    },
    heal() {
      armed.clear()
      release()
    },
    release,
    get held() {
      return heldAnswers.length
    },
    calls,
  }
}

function failure(
  code: 'NETWORK' | 'ADAPTER',
  reason: string,
  what: string,
  options: { status?: number } = {},
): CheckoutError {
  return new CheckoutError(code, `Injected fault: ${what}.`, { reason, ...options })
}
