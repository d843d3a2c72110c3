import type { Plugin } from 'vite'

export function widgetLanguageFiles(): { locale: string; json: string }[]
export function pseudoLanguageFile(): Promise<{ locale: string; json: string }>
export function languageFiles(): Plugin
export function languageModules(): Plugin
