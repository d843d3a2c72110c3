// Vite turns `?inline` CSS into a minified string; styles reach the page only as constructable sheets.
declare module '*.css?inline' {
  const css: string
  export default css
}

// English split between chunks (build/pick-json.mjs): named groups of en.json, or keys of them.
declare module '@weship/checkout-core/locales/en.json?pick=*' {
  import type en from '@weship/checkout-core/locales/en.json'

  const messages: Partial<typeof en>
  export default messages
}

// Vite writes the build's mode in place of `import.meta.env.MODE` (`cdn-iife` for the classic
// script), so code that only the ES module's chunks need is left out of the one-file build.
interface ImportMetaEnv {
  readonly MODE: string
}
interface ImportMeta {
  readonly env: ImportMetaEnv
}

// The classic script's language files (build/language-files.mjs): locale → [path, SRI hash].
declare module 'virtual:weship-language-files' {
  const files: Readonly<Record<string, readonly [path: string, integrity: string]>>
  export default files
}
