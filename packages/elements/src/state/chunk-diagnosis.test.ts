import type { WeshipErrorDetail } from '@weship/checkout-core'
import { CheckoutError } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { diagnoseChunkFailure } from './chunk-diagnosis.js'
import { explainChunkFailure } from './chunk-failure.js'

const chunk = 'https://cdn.example/npm/@weship/checkout@0.1.0/dist/cdn/chunks/checkout-page-x1.mjs'
const detail: WeshipErrorDetail = {
  code: 'NETWORK',
  reason: 'chunk_unavailable',
  message: `The checkout could not be fetched: Failed to fetch dynamically imported module: ${chunk}`,
}
const chromiumError = new TypeError(`Failed to fetch dynamically imported module: ${chunk}`)

/** The Resource Timing entry the browser recorded for the chunk, as Chromium fills it. */
function timed(responseStatus: number | undefined) {
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) =>
    name === chunk ? ([{ name, responseStatus }] as unknown as PerformanceEntryList) : [],
  )
}

function importMap(integrity: Record<string, string>) {
  const script = document.createElement('script')
  script.type = 'importmap'
  script.textContent = JSON.stringify({ integrity })
  document.head.append(script)
}

afterEach(() => {
  vi.restoreAllMocks()
  document.head.replaceChildren()
})

describe('diagnoseChunkFailure', () => {
  it('reports an HTTP error with its status', () => {
    timed(404)
    expect(diagnoseChunkFailure(detail, chromiumError)).toMatchObject({
      code: 'NETWORK',
      reason: 'chunk_http_error',
      message: expect.stringMatching(/checkout-page-x1\.mjs \(it answered HTTP 404\)$/),
    })
  })

  it('reports no answer at all (server down, DNS, CORS) as unreachable', () => {
    timed(0)
    expect(diagnoseChunkFailure(detail, chromiumError).reason).toBe('chunk_unreachable')
  })

  it('reports a pinned file that arrived but did not run as an integrity refusal', () => {
    timed(200)
    importMap({ [chunk]: 'sha384-abc' })
    expect(diagnoseChunkFailure(detail, chromiumError).reason).toBe('chunk_integrity')
  })

  it('resolves the import map’s keys against the page, as browsers do', () => {
    timed(200)
    importMap({ [new URL(chunk).pathname]: 'sha384-abc' })
    const onCdnPage = new URL(chunk).origin
    vi.spyOn(document, 'baseURI', 'get').mockReturnValue(`${onCdnPage}/shop/`)
    expect(diagnoseChunkFailure(detail, chromiumError).reason).toBe('chunk_integrity')
  })

  it('cannot tell when the file arrived unpinned, or the browser says too little', () => {
    timed(200)
    importMap({ 'https://cdn.example/other.mjs': 'sha384-abc' })
    expect(diagnoseChunkFailure(detail, chromiumError)).toMatchObject({
      reason: 'chunk_unavailable',
      message: expect.stringMatching(/arrived \(HTTP 200\) but did not run\)$/),
    })
    timed(undefined)
    expect(diagnoseChunkFailure(detail, chromiumError).reason).toBe('chunk_unavailable')
    // Safari names no file.
    const safari = new TypeError('Importing a module script failed.')
    expect(diagnoseChunkFailure(detail, safari).message).toMatch(/named no file\)$/)
  })
})

describe('explainChunkFailure', () => {
  it('says offline without asking anything else', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const error = new CheckoutError('NETWORK', 'The checkout could not be fetched', {
      reason: 'chunk_unavailable',
      cause: chromiumError,
    })
    expect(await explainChunkFailure(error)).toEqual({
      code: 'NETWORK',
      reason: 'chunk_offline',
      message: 'The checkout could not be fetched (the browser is offline)',
    })
  })
})
