import { type CheckoutAdapter, CheckoutError, createHttpAdapter } from '@weship/checkout-core'
import { adapterChunks } from '../backends/adapter-chunks.js'
import type { BackendModule, BackendSettings } from '../backends/backend-kinds.js'
import type { BackendRef } from '../config/backend-config.js'
import { docsLink } from '../config/config-error.js'
import { DEFAULT_BACKEND, registeredBackend } from './backend-registry.js'
import { builtFromAttributes } from './cart-registry.js'
import { type LazyModule, lazyModule } from './lazy-module.js'

/** Where an element's backend stands: its adapter, still to come, or why it cannot be had. */
export type Resolution =
  | { adapter: CheckoutAdapter }
  | { waiting: true }
  | { error: CheckoutError; retry?: () => void }

// Elements with the same attributes share one adapter: one catalog read, one count of versions.
const builtAdapters = new Map<string, CheckoutAdapter>()
const chunks = new Map<string, LazyModule<BackendModule>>()

/**
 * The adapter an element's backend reference names; reads signals, so it is re-run on change.
 * `deadlinePassed` (the element's, `elementBackendDeadline`) says when a missing one is an error.
 */
export function resolveBackend(
  tag: string,
  ref: BackendRef,
  deadlinePassed: () => boolean,
): Resolution {
  if ('adapter' in ref) return ref
  if ('kind' in ref) return fromAttributes(tag, ref.kind, ref.settings)
  const adapter = registeredBackend(ref.name)
  if (adapter) return { adapter }
  return deadlinePassed() ? { error: noBackend(tag, ref.name) } : { waiting: true }
}

function fromAttributes(tag: string, kind: string, settings: BackendSettings): Resolution {
  const key = JSON.stringify([kind, settings.api, settings.channelToken, settings.publishableKey])
  const known = builtAdapters.get(key)
  if (known) return { adapter: known }
  let create: BackendModule['createBackend'] | undefined
  if (kind === 'rest') {
    create = ({ api }) => createHttpAdapter({ baseUrl: api })
  } else {
    const chunk = chunkOf(kind)
    if (!chunk) return { error: notInThisBuild(tag, kind) }
    const error = chunk.error.value
    if (error) return { error, retry: () => void chunk.load() }
    create = chunk.value.value?.createBackend
    // Out of the computed that asked: fetching writes the chunk's signals.
    if (!create) queueMicrotask(() => void chunk.load())
  }
  if (!create) return { waiting: true }
  const adapter = builtFromAttributes(create(settings, tag))
  builtAdapters.set(key, adapter)
  return { adapter }
}

function chunkOf(kind: string): LazyModule<BackendModule> | undefined {
  const fetchChunk = adapterChunks[kind]
  if (!fetchChunk) return undefined
  let chunk = chunks.get(kind)
  if (!chunk) {
    chunk = lazyModule(`The ${kind} adapter`, fetchChunk)
    chunks.set(kind, chunk)
  }
  return chunk
}

function notInThisBuild(tag: string, kind: string): CheckoutError {
  return new CheckoutError('CONFIG', `<${tag}>: backend="${kind}" is not in this build.`, {
    reason: 'backend_unavailable',
    docsUrl: docsLink(tag),
  })
}

/** Said once the page had its time (`backend-deadline.ts`) to register the backend. */
function noBackend(tag: string, name: string): CheckoutError {
  const missing = name === DEFAULT_BACKEND
  const message = missing
    ? `<${tag}> has no backend: set "api", or call registerBackend(adapter).`
    : `<${tag}>: no backend is registered as "${name}".`
  return new CheckoutError('CONFIG', message, {
    reason: missing ? 'missing_api' : 'unknown_backend',
    docsUrl: docsLink(tag),
  })
}

/** For tests: forget the adapters built from attributes and the chunks fetched. */
export function clearBuiltAdapters(): void {
  builtAdapters.clear()
  chunks.clear()
}
