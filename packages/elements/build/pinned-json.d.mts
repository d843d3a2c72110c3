import type { Plugin } from 'vite'

export function pinnedJson(options: {
  /** The module that exports `fetchPinnedJson` and `rememberScriptUrl`. */
  runtime: string
  /** JSON files whose resolved path matches `match` are emitted to `out/`. */
  folders: { match: RegExp; out: string }[]
}): Plugin
