import { readFileSync } from 'node:fs'
import { defineConfig, type UserConfig } from 'vite'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>
}
const dependencies = Object.keys(pkg.dependencies)
const isDependency = (id: string) =>
  dependencies.some((name) => id === name || id.startsWith(`${name}/`))

const jsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } }

/**
 * One self-contained, minified file per CDN format: every dependency inside, no chunks, no eval.
 * Not lib mode: lib mode keeps ES output unminified so that bundlers can tree-shake it.
 */
function cdn(format: 'es' | 'iife'): UserConfig {
  return {
    oxc: jsx,
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      target: 'es2022',
      rolldownOptions: {
        input: 'src/cdn.ts',
        preserveEntrySignatures: 'strict',
        output: {
          format,
          name: 'WeshipCheckout',
          entryFileNames: format === 'es' ? 'weship-checkout.mjs' : 'weship-checkout.js',
          codeSplitting: false,
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
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      // Consumers minify our JS, but nothing of theirs minifies CSS held in strings.
      cssMinify: true,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
      rolldownOptions: { external: isDependency, preserveEntrySignatures: 'allow-extension' },
    },
  }
})
