import type { Plugin } from 'vite'

/** A literal dynamic `import('…')`, its specifier in group 2. */
export const dynamicImport: RegExp

export function pinnedJson(options: {
  /** The module that exports `fetchPinnedJson` and `rememberScriptUrl`. */
  runtime: string
  /** Modules whose resolved path matches `match` are served as `out/<name>-<hash>.json`. */
  folders: { match: RegExp; out: string; json: (text: string) => string }[]
}): Plugin
