import type { Plugin } from 'vite'

export function quietI18next(): Plugin
