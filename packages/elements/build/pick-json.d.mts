import type { Plugin } from 'vite'

/**
 * See pick-json.mjs: `import part from './messages.json?pick=a,b.c&omit=a.d'`; `whole` gives the
 * file.
 */
export function pickJson(options?: { whole?: boolean }): Plugin
