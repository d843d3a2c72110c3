import type { CheckoutError, WeshipErrorDetail } from '@weship/checkout-core'
import { errorDetail } from '../events.js'

/**
 * `weship-error`'s detail for a chunk that did not load, with why: `chunk_offline`, else what the
 * browser's Resource Timing and the page's import map tell (see `diagnoseChunkFailure`, a chunk
 * itself, fetched only after a failure; when it cannot load either, the reason stays
 * `chunk_unavailable`).
 */
export function explainChunkFailure(error: CheckoutError): Promise<WeshipErrorDetail> {
  const detail = errorDetail(error)
  if (globalThis.navigator?.onLine === false) {
    const message = `${detail.message} (the browser is offline)`
    return Promise.resolve({ ...detail, reason: 'chunk_offline', message })
  }
  return import('./chunk-diagnosis.js').then(
    ({ diagnoseChunkFailure }) => diagnoseChunkFailure(detail, error.cause),
    () => detail,
  )
}
