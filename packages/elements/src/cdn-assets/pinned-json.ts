// The classic CDN script's way to the JSON files beside it (the address data, per letter): the
// build turns the data's `import()`s into `fetchPinnedJson(path, integrity)` with each file's
// SRI hash written into the script (build/pinned-json.mjs), so a page that pins the script's
// hash pins what it fetches too. The ES module imports the same data as chunks instead.

let scriptUrl: string | undefined

/**
 * Keeps the URL the script was loaded from. The build calls it from the script's first lines:
 * `document.currentScript` is only set while a classic script runs for the first time.
 */
export function rememberScriptUrl(): void {
  const script = typeof document === 'undefined' ? null : document.currentScript
  if (script instanceof HTMLScriptElement && script.src) scriptUrl = script.src
}

function baseUrl(): string {
  const found = document.querySelector<HTMLScriptElement>('script[src*="weship-checkout"]')
  return scriptUrl ?? found?.src ?? document.baseURI
}

/** Fetches a JSON file beside the script, refused unless its bytes match `integrity`. */
export async function fetchPinnedJson(
  path: string,
  integrity: string,
): Promise<{ default: unknown }> {
  const url = new URL(path, baseUrl())
  const response = await fetch(url, { integrity, credentials: 'omit' })
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`)
  return { default: await response.json() }
}
