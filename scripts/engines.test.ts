import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

// The Node versions we support, declared once at the workspace root and repeated by every
// package we publish, must be versions every installed dependency declares it runs on: else
// `npm install --engine-strict` of our packages fails (and a plain install warns EBADENGINE).
const root = join(import.meta.dirname, '..')

interface Manifest {
  name: string
  version: string
  private?: boolean
  engines?: { node?: string }
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
const folders = (parent: string) =>
  readdirSync(join(root, parent))
    .map((name) => join(root, parent, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))

const supported = manifest(root).engines?.node ?? ''
const packages = folders('packages')
const examples = folders('examples')

/** Where `name` is installed for the package in `from`, as Node finds it; undefined if not. */
function installed(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
    if (dirname(dir) === dir) return undefined
  }
}

/**
 * Every installed package reached from `starts` through the dependencies a user gets:
 * `dependencies`, `optionalDependencies` and peers that are not optional; with `dev`, the
 * starts' own devDependencies too (the workspace's tree). Folder -> manifest.
 */
function closure(starts: string[], dev: boolean): Map<string, Manifest> {
  const seen = new Map<string, Manifest>()
  const visit = (dir: string, isStart: boolean) => {
    if (seen.has(dir)) return
    const pkg = manifest(dir)
    seen.set(dir, pkg)
    const optionalPeer = (name: string) => pkg.peerDependenciesMeta?.[name]?.optional === true
    const names = [
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.optionalDependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}).filter((name) => !optionalPeer(name)),
      ...(dev && isStart ? Object.keys(pkg.devDependencies ?? {}) : []),
    ]
    for (const name of names) {
      const found = installed(dir, name)
      if (found) visit(found, false)
      else if (pkg.dependencies?.[name] && !isStart)
        throw new Error(`${name} of ${pkg.name} is not installed`)
    }
  }
  for (const start of starts) visit(realpathSync(start), true)
  return seen
}

/** The packages whose declared Node versions leave out some of ours: `name@version wants …`. */
function narrower(tree: Map<string, Manifest>): string[] {
  return [...tree.values()]
    .filter(({ engines }) => engines?.node && !semver.subset(supported, engines.node))
    .map(({ name, version, engines }) => `${name}@${version} wants Node ${engines?.node}`)
}

/** `^20.19.0 || ^22.12.0 || >=24.0.0` as the docs say it: `20.19+, 22.12+ or 24+`. */
function inWords(range: string): string {
  const lows = new semver.Range(range).set.map((comparators) => {
    const low = semver.minVersion(new semver.Range(comparators.map(String).join(' ')))
    return low ? `${low.major}${low.minor || low.patch ? `.${low.minor}` : ''}+` : '?'
  })
  const last = lows.pop() ?? '?'
  return lows.length > 0 ? `${lows.join(', ')} or ${last}` : last
}

describe('the Node versions we declare', () => {
  it('are one valid range at the root, repeated by every package we publish', () => {
    expect(semver.validRange(supported)).toBeTruthy()
    for (const dir of [...packages, ...examples]) {
      const pkg = manifest(dir)
      // Private examples may leave it to the workspace; what they say must agree.
      if (pkg.private && !pkg.engines) continue
      expect({ name: pkg.name, node: pkg.engines?.node }).toEqual({
        name: pkg.name,
        node: supported,
      })
    }
  })

  it('are what the README and the getting-started guide tell a developer', () => {
    const words = `Node.js ${inWords(supported)}`
    for (const doc of ['README.md', 'docs/getting-started.md']) {
      const text = readFileSync(join(root, doc), 'utf8')
      expect(text, doc).toContain(words)
      const claims = [...text.matchAll(/Node(?:\.js)? v?(\d+[^\s,)]*(?:(?:,| or) \d+[^\s,)]*)*)/g)]
      expect(
        claims.map(([claim]) => claim).filter((claim) => claim !== words),
        doc,
      ).toEqual([])
    }
  })

  it('are versions every dependency a user installs with our packages runs on', () => {
    const published = packages.filter((dir) => !manifest(dir).private)
    expect(published.length).toBeGreaterThan(0)
    expect(narrower(closure(published, false))).toEqual([])
  })

  it("are versions every package of the workspace's own install runs on", () => {
    expect(narrower(closure([root, ...packages, ...examples], true))).toEqual([])
  })
})
