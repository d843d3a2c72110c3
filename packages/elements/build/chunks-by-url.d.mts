import type { Plugin } from 'vite'

export function chunksByUrl(options: {
  /** Modules whose resolved path matches are imported by their chunk's URL. */
  match: RegExp
  /** The chunk's name (before its hash) for a module's resolved path. */
  name: (id: string) => string
}): Plugin
