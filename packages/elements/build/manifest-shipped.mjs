// Custom-elements manifest plugins that describe what ships rather than the sources it is built
// from: each event's `detail` type from core's `WeshipEventMap`, and module paths in dist/.
import { readFileSync } from 'node:fs'
import ts from 'typescript'

const parse = (path) =>
  ts.createSourceFile(
    path,
    readFileSync(new URL(path, import.meta.url), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  )

/** A type or member on one line, comments dropped: `{ a: A; b: B }`. */
function oneLine(node, file) {
  const printer = ts.createPrinter({ removeComments: true })
  return printer
    .printNode(ts.EmitHint.Unspecified, node, file)
    .replace(/{\s*\n\s*/g, '{ ')
    .replace(/;?\s*\n\s*}/g, ' }')
    .replace(/;?\s*\n\s*/g, '; ')
    .replace(/;$/, '')
}

/** Each event's `detail` type by name, from core's events.ts, its helper interfaces inlined. */
function eventDetails() {
  const file = parse('../../core/src/events.ts')
  const interfaces = new Map(
    file.statements.filter(ts.isInterfaceDeclaration).map((node) => [node.name.text, node]),
  )
  const literal = (node) => `{ ${node.members.map((member) => oneLine(member, file)).join('; ')} }`
  const details = new Map()
  for (const member of interfaces.get('WeshipEventMap')?.members ?? []) {
    if (!ts.isPropertySignature(member) || !member.type) continue
    let text = oneLine(member.type, file)
    for (const [name, node] of interfaces) {
      if (name !== 'WeshipEventMap')
        text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), literal(node))
    }
    details.set(member.name.getText(file).replace(/^'|'$/g, ''), text)
  }
  return details
}

/** Types every `@event` as `CustomEvent<detail>`, the detail as core's event map declares it. */
export function eventDetailTypes() {
  return {
    name: 'weship-event-detail-types',
    packageLinkPhase({ customElementsManifest }) {
      const details = eventDetails()
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name)
            if (!detail) throw new Error(`@event ${event.name}: not in core's WeshipEventMap`)
            event.type = { text: `CustomEvent<${detail}>` }
          }
        }
      }
    },
  }
}

/** The names src/index.ts exports as values: what `dist/index.js` has. */
function entryExports() {
  const file = parse('../src/index.ts')
  const names = new Set()
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue
    const clause = statement.exportClause
    if (clause && ts.isNamedExports(clause)) {
      for (const element of clause.elements) if (!element.isTypeOnly) names.add(element.name.text)
    }
  }
  return names
}

/**
 * The library is bundled: every class is exported by `dist/index.js` and registered by
 * `dist/define.js`. One module for each, instead of the source files the analyzer read.
 */
export function shippedModulePaths() {
  const entry = 'dist/index.js'
  const pointAtEntry = (value) => {
    if (Array.isArray(value)) value.forEach(pointAtEntry)
    else if (value && typeof value === 'object') {
      if (typeof value.module === 'string' && /^\/?src\//.test(value.module)) value.module = entry
      for (const child of Object.values(value)) pointAtEntry(child)
    }
  }
  return {
    name: 'weship-shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      const exported = entryExports()
      const modules = customElementsManifest.modules
      const declarations = modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => exported.has(declaration.name))
      const exports = modules
        .flatMap((module) => module.exports ?? [])
        .filter((item) => item.kind === 'js' && exported.has(item.name))
      const definitions = modules
        .flatMap((module) => module.exports ?? [])
        .filter((item) => item.kind === 'custom-element-definition')
      for (const declaration of declarations) {
        // `ElementBase` is HTMLElement in a browser (a stand-in on servers).
        if (declaration.superclass?.name === 'ElementBase') {
          declaration.superclass = { name: 'HTMLElement', package: 'global:' }
        }
      }
      customElementsManifest.modules = [
        { kind: 'javascript-module', path: entry, declarations, exports },
        {
          kind: 'javascript-module',
          path: 'dist/define.js',
          declarations: [],
          exports: definitions,
        },
      ]
      pointAtEntry(customElementsManifest.modules)
    },
  }
}
