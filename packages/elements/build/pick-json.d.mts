import type { Plugin } from 'vite'

/** See pick-json.mjs: `import part from './messages.json?pick=a,b'`. */
export function pickJson(): Plugin
