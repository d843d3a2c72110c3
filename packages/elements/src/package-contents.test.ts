import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

// What `npm pack` puts in the tarball of @weship/checkout (from the built dist/): what a user
// needs, typed, and nothing of our tests.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
// Brotli is what a CDN serves, but npm installs unpacked files: this budget is for a disk.
// 5.3 MB: main had reached 4.96 MB (adapters, address data, 35 languages as chunks and JSON files,
// their CDN maps); issue 15's code, its texts in every language and their maps add 0.29 MB. Most
// of it is the CDN module's source maps, which carry their sources. 5.6 MB since issue 16 (main
// 5,254,384 B, the branch 5,505,416 B): Buy again, pickup points and the status page's progress,
// their texts in every language, in the module, the classic script and their maps.
const unpackedBudget = 5_600_000

interface Packed {
  unpackedSize: number
  files: Array<{ path: string; size: number }>
}
let packed: Packed
let paths: Set<string>

beforeAll(() => {
  if (!existsSync(join(packageDir, 'dist/index.js'))) {
    throw new Error('packages/elements/dist is missing: run `npx --yes pnpm@12 run build` first')
  }
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir,
    encoding: 'utf8',
  })
  packed = (JSON.parse(output) as Packed[])[0] as Packed
  paths = new Set(packed.files.map((file) => file.path))
})

type Targets = string | { [condition: string]: Targets }
const targetsOf = (value: Targets): string[] =>
  typeof value === 'string' ? [value] : Object.values(value).flatMap(targetsOf)

describe('the @weship/checkout tarball', () => {
  it('holds every file its exports name, and types for every module', () => {
    for (const [entry, value] of Object.entries(manifest.exports as Record<string, Targets>)) {
      for (const target of targetsOf(value)) {
        expect(paths.has(target.replace(/^\.\//, '')), `${entry} → ${target}`).toBe(true)
      }
      const code = typeof value === 'string' ? value : value.default
      if (typeof code === 'string' && /\.m?js$/.test(code)) {
        expect(typeof value === 'object' && value.types, `${entry} has no types`).toBeTruthy()
      }
    }
  })

  it('ships no tests, test helpers or stand-ins', () => {
    const ours = [...paths].filter(
      (path) => /\.test\.tsx?$/.test(path) || /(^|\/)testing\//.test(path),
    )
    expect(ours).toEqual([])
  })

  it('ships source maps for the CDN module only, and stays within its size budget', () => {
    const maps = [...paths].filter((path) => path.endsWith('.map'))
    expect(maps.length).toBeGreaterThan(0)
    expect(maps.filter((path) => !/^dist\/cdn\/.+\.mjs\.map$/.test(path))).toEqual([])
    expect(packed.unpackedSize).toBeLessThan(unpackedBudget)
  })
})
