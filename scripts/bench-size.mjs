#!/usr/bin/env node
// Prints raw / gzip / brotli bytes of every published entry and fails when a budget is exceeded.
// Sizes are deterministic, so a budget here is a real gate, unlike a timed test.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// The whole widget aims at 40 KB gzip on first load (issue 4); its dependencies alone take ~31 KB
// (i18next ~15). With every step in, the files are far past that (ADR 0007): the budgets stop
// regressions while the target column shows the distance still to cut. The ESM file's row is the
// first load of module pages with the buttons (the checkout, languages, the steps after the cart
// and the status page are lazy chunks, listed below it); the next row adds the checkout, which a
// page with an inline checkout fetches at once. The IIFE has everything, since a classic script
// cannot rely on chunks.
const cdnTarget = 40 * 1024
const iifeBudget = 100 * 1024
const esmBudget = 70 * 1024

/** gzipBudget in bytes fails the run; gzipTarget is reported. null = reported only. */
const entries = [
  {
    file: 'packages/elements/dist/cdn/weship-checkout.js',
    gzipBudget: iifeBudget,
    gzipTarget: cdnTarget,
  },
  {
    file: 'packages/elements/dist/cdn/weship-checkout.mjs',
    gzipBudget: esmBudget,
    gzipTarget: cdnTarget,
  },
  // A page with an inline checkout also fetches the checkout's chunk at once (a product page with
  // only the buttons and the drawer does not, until idle or opened).
  ...(chunkNamed('checkout-page')
    ? [
        {
          label: 'ESM + checkout chunk (inline checkout page)',
          file: 'packages/elements/dist/cdn/weship-checkout.mjs',
          also: [chunkNamed('checkout-page')],
          gzipBudget: esmBudget,
          gzipTarget: cdnTarget,
        },
      ]
    : []),
  ...languageChunks(),
  { file: 'packages/elements/dist/index.js', gzipBudget: null, gzipTarget: null },
  { file: 'packages/elements/dist/define.js', gzipBudget: null, gzipTarget: null },
  { file: 'packages/core/dist/index.js', gzipBudget: null, gzipTarget: null },
]

/** The ESM file's language chunks, loaded only by pages in that language. */
function languageChunks() {
  const dir = join(root, 'packages/elements/dist/cdn/chunks')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => ({
      file: `packages/elements/dist/cdn/chunks/${file}`,
      gzipBudget: null,
      gzipTarget: null,
    }))
}

/**
 * What the browser must fetch before `file` can run: the file plus every chunk it imports
 * statically, transitively (lazy chunks — languages, the checkout, the steps after the cart —
 * are fetched later and reported on their own rows).
 */
function withStaticImports(file, seen = new Set()) {
  const path = join(root, file)
  if (seen.has(path)) return []
  seen.add(path)
  const source = readFileSync(path, 'utf8')
  const imports = [...source.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+\.mjs)["']/g)].map((m) => m[1])
  return [
    readFileSync(path),
    ...imports.flatMap((specifier) =>
      withStaticImports(relative(root, join(dirname(path), specifier)), seen),
    ),
  ]
}

/** The chunk whose name starts with `name`, e.g. `checkout-page`. */
function chunkNamed(name) {
  const dir = 'packages/elements/dist/cdn/chunks'
  const file = readdirSync(join(root, dir)).find(
    (candidate) => candidate.startsWith(`${name}-`) && candidate.endsWith('.mjs'),
  )
  return file ? `${dir}/${file}` : undefined
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const rows = []
let failed = false
for (const { file, label, also = [], gzipBudget, gzipTarget } of entries) {
  const path = join(root, file)
  if (!existsSync(path)) {
    console.error(`missing ${file}: run the build first (npx --yes pnpm@12 build)`)
    process.exit(1)
  }
  // An ES module counts what it makes the browser fetch before it can run.
  const seen = new Set()
  const isEsmEntry = file.endsWith('.mjs') && !file.includes('/chunks/')
  const source = isEsmEntry
    ? Buffer.concat([file, ...also].flatMap((part) => withStaticImports(part, seen)))
    : readFileSync(path)
  const gzip = gzipSync(source, { level: 9 }).length
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length
  const over = gzipBudget !== null && gzip > gzipBudget
  failed ||= over
  rows.push({
    entry: label ?? file.replace('packages/', ''),
    raw: kb(source.length),
    gzip: kb(gzip),
    brotli: kb(brotli),
    'gzip budget': gzipBudget === null ? '-' : `${kb(gzipBudget)}${over ? ' OVER' : ' ok'}`,
    'gzip target':
      gzipTarget === null
        ? '-'
        : `${kb(gzipTarget)} (${kb(Math.abs(gzip - gzipTarget))} ${gzip > gzipTarget ? 'to cut' : 'to spare'})`,
  })
}
console.table(rows)
if (failed) {
  console.error('bench:size: an entry is over its gzip budget')
  process.exit(1)
}
