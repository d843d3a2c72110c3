import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type UserConfig } from 'vite'
import { groupJson } from '../core/scripts/address-data-source.mjs'
import { chunksByUrl } from './build/chunks-by-url.mjs'
import { languageFiles, languageModules } from './build/language-files.mjs'
import { leanPreload } from './build/lean-preload.mjs'
import { pickJson } from './build/pick-json.mjs'
import { pinnedJson } from './build/pinned-json.mjs'
import { quietI18next } from './build/quiet-i18next.mjs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>
}
const dependencies = Object.keys(pkg.dependencies)
// Locale JSON is bundled (English inline, the others as chunks) so no consumer needs JSON imports.
const isDependency = (id: string) =>
  !id.startsWith('@weship/checkout-core/locales/') &&
  dependencies.some((name) => id === name || id.startsWith(`${name}/`))

const jsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } }

// Core's address data, one module per first letter of the country code (ADR 0019).
const addressData = /[\\/]address[\\/]data[\\/]countries[\\/]([a-z])\.[jt]s$/
/** `address-j` for the chunk of J countries' data, instead of a bare `j`. */
const chunkName = (chunk: { name: string; facadeModuleId: string | null }) => {
  const letter = chunk.facadeModuleId?.match(addressData)?.[1]
  return letter ? `address-${letter}` : chunk.name
}

/**
 * One minified file per CDN format with every dependency inside, no eval. The ESM file loads
 * languages other than English as chunks beside it, on demand; the IIFE, which cannot rely on
 * chunks, fetches them as JSON files beside it with their SRI hashes built in — see ADR 0007.
 * Not lib mode: lib mode keeps ES output unminified so that bundlers can tree-shake it.
 */
function cdn(format: 'es' | 'iife'): UserConfig {
  // The classic script fetches the address data from beside itself, pinned by SRI hashes.
  const pinned = pinnedJson({
    runtime: fileURLToPath(new URL('./src/cdn-assets/pinned-json.ts', import.meta.url)),
    folders: [{ match: addressData, out: 'address', json: groupJson }],
  })
  // The module imports it as chunks, by URL, so that Vite's preload helper stays in the entry.
  const byUrl = chunksByUrl({
    match: addressData,
    name: (id) => `address-${id.match(addressData)?.[1]}`,
  })
  return {
    oxc: jsx,
    // The module's lazy chunks get a preload helper without Vite's CSS branch (build/lean-preload).
    // Both drop the words of i18next's debug-only log calls, which the widget never prints.
    plugins:
      format === 'iife'
        ? [pickJson({ whole: true }), pinned, languageFiles(), quietI18next()]
        : [pickJson({ whole: false }), byUrl, leanPreload(), languageModules(), quietI18next()],
    // Relative base: the preloads of a chunk's imports resolve beside the module (import.meta.url),
    // not at the root of the merchant's site, where they would 404.
    base: './',
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      // For the module and its chunks, which a page debugs; the classic script is the same code
      // minified again, and its map alone would be a third of the npm package (ADR 0025).
      sourcemap: format === 'es',
      target: 'es2022',
      rolldownOptions: {
        // The classic script adds `createStripeProvider` to the API: it has the provider inside
        // anyway, while the module keeps its first load free of it (ADR 0010).
        input: format === 'es' ? 'src/cdn.ts' : 'src/cdn-classic.ts',
        // Lets code shared with the lazy chunks stay in the entry instead of a third, eager chunk.
        preserveEntrySignatures: 'allow-extension',
        // The classic script inlines every dynamic import, so the `import.meta.url` of Vite's
        // preload helper (and of each `import()` site) is never read there: `{}` is right.
        checks: { emptyImportMeta: format === 'es' },
        output: {
          format,
          name: 'WeshipCheckout',
          entryFileNames: format === 'es' ? 'weship-checkout.mjs' : 'weship-checkout.js',
          chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].mjs`,
          codeSplitting: format === 'es',
        },
      },
    },
  }
}

// Default mode: the npm library (ESM, dependencies external); `--mode cdn-esm|cdn-iife`: CDN files.
export default defineConfig(({ mode }) => {
  if (mode === 'cdn-esm') return cdn('es')
  if (mode === 'cdn-iife') return cdn('iife')
  return {
    oxc: jsx,
    plugins: [pickJson()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      // Consumers minify our JS, but nothing of theirs minifies CSS held in strings.
      cssMinify: true,
      // None: this code is readable as it is, and the sources the maps would point at do not ship.
      sourcemap: false,
      target: 'es2022',
      lib: {
        entry: { index: 'src/index.ts', define: 'src/define.ts', stripe: 'src/stripe.ts' },
        formats: ['es'],
      },
      // Strict: code shared with the chunks goes to a chunk of its own instead of becoming extra,
      // minified exports of the public entry.
      rolldownOptions: {
        external: isDependency,
        preserveEntrySignatures: 'strict',
        // That chunk would be named after its folder (`src-…`); say what it is.
        output: {
          chunkFileNames: (chunk) =>
            `${chunk.name === 'src' ? 'shared' : chunkName(chunk)}-[hash].js`,
        },
      },
    },
  }
})
