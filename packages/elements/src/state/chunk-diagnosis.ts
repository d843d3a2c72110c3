import type { WeshipErrorDetail } from '@weship/checkout-core'

type Verdict = [reason: string, why: string]

/**
 * Why the browser refused a chunk, from what it lets a page see: the URL in the import's error
 * (Chromium and Firefox name it; Safari does not), the HTTP status its Resource Timing entry
 * recorded (`responseStatus`: Chromium, Firefox), and whether the page's import map pins the
 * file with an `integrity` hash. A file that arrived with 200 but did not run, while pinned, was
 * refused by that hash (or one of the files it imports was). Nothing is fetched again: under a
 * strict CSP a re-fetch would itself be blocked and reported.
 */
export function diagnoseChunkFailure(detail: WeshipErrorDetail, cause: unknown): WeshipErrorDetail {
  const url = cause instanceof Error ? /\bhttps?:\/\/\S+/.exec(cause.message)?.[0] : undefined
  const [reason, why] = url ? verdictFor(url) : ['chunk_unavailable', 'the browser named no file']
  return { ...detail, reason, message: `${detail.message} (${why})` }
}

function verdictFor(url: string): Verdict {
  const timing = performance.getEntriesByName(url, 'resource').at(-1) as
    | (PerformanceResourceTiming & { responseStatus?: number })
    | undefined
  const status = timing?.responseStatus
  if (status === undefined) {
    return ['chunk_unavailable', 'no timing for it: an older browser, or a full timing buffer']
  }
  if (status >= 400) return ['chunk_http_error', `it answered HTTP ${status}`]
  if (status === 0) return ['chunk_unreachable', 'no answer: the server, DNS, CORS or the CSP']
  if (isPinned(url)) {
    return ['chunk_integrity', 'it, or a file it imports, does not match the import map’s hash']
  }
  return ['chunk_unavailable', `it arrived (HTTP ${status}) but did not run`]
}

/** True when an import map of the page lists an `integrity` hash for `url`. */
function isPinned(url: string): boolean {
  for (const script of document.querySelectorAll('script[type="importmap"]')) {
    try {
      const { integrity } = JSON.parse(script.textContent ?? '') as { integrity?: object }
      const pinned = Object.keys(integrity ?? {})
      if (pinned.some((key) => new URL(key, document.baseURI).href === url)) return true
    } catch {
      // A broken import map pins nothing.
    }
  }
  return false
}
