import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkoutElements } from './define-elements.js'
import { elementEvents } from './element-events.js'

// The manifest is built from the header doc blocks; these tests keep the blocks true to the code.
const source = dirname(fileURLToPath(import.meta.url))
const manifestPath = join(source, '../dist/custom-elements.json')

interface Named {
  name: string
}
interface ElementDoc {
  name: string
  tagName?: string
  attributes?: Named[]
  members?: Array<Named & { kind: string }>
  events?: Array<Named & { type?: { text: string } }>
  cssParts?: Named[]
  cssProperties?: Named[]
}
interface Manifest {
  modules: Array<{
    path: string
    declarations?: ElementDoc[]
    exports?: Array<{ kind: string; name: string; declaration: { module?: string } }>
  }>
}

function readManifest(): Manifest {
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${relative(process.cwd(), manifestPath)} is missing: it is built from the element doc blocks ` +
        'by `npx --yes pnpm@12 --filter @weship/checkout build`. Build, then run the tests again.',
    )
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
}

function elementDoc(manifest: Manifest, tag: string): ElementDoc {
  const doc = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)
  if (!doc) throw new Error(`custom-elements.json has no <${tag}>`)
  return doc
}

const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name)

// Only the views, the element classes and the card fields' frame render parts.
const viewFolders = ['components', 'steps', 'elements', 'order-status', 'payments'].map((folder) =>
  join(source, folder),
)
const valueImport =
  /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.{1,2}\/[^']+)\.js'|\bimport\('(\.{1,2}\/[^']+)\.js'\)/gm
// In JSX, in an object of props, or set on an element a provider makes (the card fields' frame).
const partValue = /\bpart(?:="([^"]+)"|:\s*'([^']+)')|setAttribute\('part', '([^']+)'\)/g

/** Part names in every file the element's module reaches through value imports. */
function partsRenderedBy(file: string, seen = new Set<string>()): Set<string> {
  const parts = new Set<string>()
  if (seen.has(file)) return parts
  seen.add(file)
  const code = readFileSync(file, 'utf8')
  if (viewFolders.some((folder) => file.startsWith(folder))) {
    expect(code, `${relative(source, file)} builds a part name; use a literal`).not.toMatch(
      /\bpart=\{/,
    )
    for (const match of code.matchAll(partValue)) {
      for (const part of (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/)) parts.add(part)
    }
  }
  // Static imports, re-exports and dynamic imports: lazy chunks render parts too.
  for (const [, specifier, lazySpecifier] of code.matchAll(valueImport)) {
    const base = join(dirname(file), specifier ?? lazySpecifier ?? '')
    const target = [`${base}.ts`, `${base}.tsx`].find(existsSync)
    if (target) for (const part of partsRenderedBy(target, seen)) parts.add(part)
  }
  return parts
}

const elementFiles = {
  'weship-checkout': 'elements/checkout-element.ts',
  'weship-add-to-cart': 'elements/add-to-cart-element.ts',
  'weship-cart-button': 'elements/cart-button-element.ts',
  'weship-order-status': 'elements/order-status-element.ts',
} as const

// ErrorState draws these buttons only when given onRetry/onStartOver, which only the checkout passes.
const notRendered: Record<string, readonly string[]> = {
  'weship-add-to-cart': ['retry-button', 'start-over-button'],
  'weship-cart-button': ['retry-button', 'start-over-button'],
  'weship-order-status': ['start-over-button'],
}

describe('custom-elements.json', () => {
  const tags = Object.keys(checkoutElements) as Array<keyof typeof checkoutElements>

  it('documents every registered tag', () => {
    const manifest = readManifest()
    expect(tags.map((tag) => elementDoc(manifest, tag).tagName)).toEqual(tags)
    expect(Object.keys(elementFiles).sort()).toEqual([...tags].sort())
  })

  it.each(tags)('lists the observed attributes of <%s>', (tag) => {
    const doc = elementDoc(readManifest(), tag)
    // In the doc block's order, which reads best; the same set as the element observes.
    expect(names(doc.attributes).sort()).toEqual(
      [...checkoutElements[tag].observedAttributes].sort(),
    )
  })

  it.each(tags)('lists the properties of <%s>, adapter included', (tag) => {
    const doc = elementDoc(readManifest(), tag)
    const fields = (doc.members ?? []).filter(
      (member) => member.kind === 'field' && !('readonly' in member && member.readonly),
    )
    expect(names(fields).sort()).toEqual([...checkoutElements[tag].properties].sort())
  })

  it('lists the read-only lastOrder of <weship-checkout>, which events leave out', () => {
    const doc = elementDoc(readManifest(), 'weship-checkout')
    const readonly = (doc.members ?? []).filter((member) => 'readonly' in member)
    expect(names(readonly)).toEqual(['lastOrder'])
  })

  it.each(tags)('lists every part that <%s> renders', (tag) => {
    const doc = elementDoc(readManifest(), tag)
    const rendered = partsRenderedBy(join(source, elementFiles[tag]))
    const skipped = notRendered[tag] ?? []
    for (const part of skipped) expect(rendered, `${tag}: stale exception`).toContain(part)
    const expected = [...rendered].filter((part) => !skipped.includes(part)).sort()
    expect(names(doc.cssParts).sort()).toEqual(expected)
  })

  it.each(tags)('lists the events and CSS custom properties of <%s>', (tag) => {
    const doc = elementDoc(readManifest(), tag)
    expect(names(doc.events)).toEqual(expect.arrayContaining(['weship-ready', 'weship-error']))
    expect(names(doc.events).every((name) => /^weship-[a-z-]+$/.test(name))).toBe(true)
    expect(names(doc.cssProperties).length).toBeGreaterThan(0)
    expect(names(doc.cssProperties).every((name) => name.startsWith('--weship-'))).toBe(true)
  })

  it.each(tags)('types the events of <%s> as the framework typings do', (tag) => {
    const events = elementDoc(readManifest(), tag).events ?? []
    expect(names(events).sort()).toEqual([...elementEvents[tag]].sort())
    for (const event of events) expect(event.type?.text).toMatch(/^CustomEvent<\{ .+ \}>$/)
    const cartChange = events.find((event) => event.name === 'weship-cart-change')
    if (cartChange)
      expect(cartChange.type?.text).toMatch(/^CustomEvent<\{ cart: [A-Z]\w* \| null \}>$/)
  })

  it('points at the modules that ship, not at the sources', () => {
    const manifest = readManifest()
    const packageJson = JSON.parse(readFileSync(join(source, '../package.json'), 'utf8'))
    const shipped = (path: string) =>
      packageJson.files.some((entry: string) => path === entry || path.startsWith(`${entry}/`))
    for (const module of manifest.modules) {
      expect(module.path).toMatch(/^dist\/.+\.js$/)
      expect(shipped(module.path)).toBe(true)
      expect(existsSync(join(source, '..', module.path)), module.path).toBe(true)
      for (const item of module.exports ?? []) {
        expect(item.declaration.module ?? module.path).toMatch(/^dist\//)
      }
    }
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((item) => item.kind === 'custom-element-definition'),
    )
    expect(definitions.map((item) => item.name).sort()).toEqual([...tags].sort())
    expect(JSON.stringify(manifest)).not.toContain('src/')
  })

  it('lists the JS API of <weship-checkout>', () => {
    const doc = elementDoc(readManifest(), 'weship-checkout')
    const methods = (doc.members ?? []).filter((member) => member.kind === 'method')
    expect(names(methods)).toEqual(['open', 'close', 'reset'])
  })
})
