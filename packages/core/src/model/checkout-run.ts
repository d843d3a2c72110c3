import { computed, type Signal, signal } from '@preact/signals-core'
import { type CheckoutError, toCheckoutError } from '../errors.js'
import type { CheckoutActionName, CheckoutFieldErrors } from './checkout-types.js'
import { fieldErrorsFrom, replaceFieldErrors } from './checkout-validation.js'

/** Where a refusal lands: on one field (a code, an option) or on the fields of a section. */
export type FieldTarget = { field: string } | { prefix: string }

export interface RunOptions {
  fields?: FieldTarget
  /** Runs the action again with the same input, for `retry()`. */
  again: () => Promise<unknown>
  /** Aborted when a newer request made this one moot: its answer and its failure are dropped. */
  signal?: AbortSignal
}

/**
 * Runs actions so they never throw: `busy` while they wait, and a failure becomes a field error
 * when it is about a field, else `error` with a way to retry.
 */
export function createRunner(
  error: Signal<CheckoutError | null>,
  fieldErrors: Signal<CheckoutFieldErrors>,
) {
  const running = signal<ReadonlyMap<CheckoutActionName, number>>(new Map())
  const busy = computed<ReadonlySet<CheckoutActionName>>(() => new Set(running.value.keys()))
  let lastFailed: (() => Promise<unknown>) | null = null

  function count(name: CheckoutActionName, delta: number) {
    const next = new Map(running.peek())
    const value = (next.get(name) ?? 0) + delta
    if (value > 0) next.set(name, value)
    else next.delete(name)
    running.value = next
  }

  async function track<T>(name: CheckoutActionName, work: () => Promise<T>): Promise<T> {
    count(name, 1)
    try {
      return await work()
    } finally {
      count(name, -1)
    }
  }

  async function run<T>(
    name: CheckoutActionName,
    work: () => Promise<T>,
    options: RunOptions,
  ): Promise<T | null> {
    error.value = null
    lastFailed = null
    try {
      const value = await track(name, work)
      if (options.signal?.aborted) return null
      if (options.fields)
        fieldErrors.value = replaceFieldErrors(fieldErrors.peek(), scopeOf(options.fields))
      return value
    } catch (cause) {
      if (!options.signal?.aborted) fail(toCheckoutError(cause), options)
      return null
    }
  }

  function fail(failure: CheckoutError, options: RunOptions) {
    const onFields = options.fields ? fieldErrorsFrom(failure, options.fields) : null
    if (onFields && options.fields) {
      fieldErrors.value = replaceFieldErrors(fieldErrors.peek(), scopeOf(options.fields), onFields)
      return
    }
    error.value = failure
    lastFailed = options.again
  }

  /** Runs the last failed action again; true when it then succeeded. */
  async function retry(): Promise<boolean> {
    const again = lastFailed
    if (!again) return false
    lastFailed = null
    await again()
    return error.peek() === null
  }

  /** Nothing left to retry, e.g. after a reset. */
  function forgetFailure() {
    lastFailed = null
  }

  return { busy, track, run, fail, retry, forgetFailure }
}

export type Runner = ReturnType<typeof createRunner>

function scopeOf(target: FieldTarget): string {
  return 'field' in target ? target.field : target.prefix
}
