// Builds dist/custom-elements.json from the element classes' header doc blocks (`pnpm build`).
import { eventDetailTypes, shippedModulePaths } from './build/manifest-shipped.mjs'

// Tags are registered from the `checkoutElements` map, not by `customElements.define` calls the
// analyzer could see, so a plugin reads the tags from that map.

/** Tag names by class name, read from `checkoutElements` in src/define-elements.ts. */
const tagsByClass = new Map()

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function registeredTags() {
  let registryModule
  return {
    name: 'weship-registered-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableDeclaration(node) || node.name.getText() !== 'checkoutElements') return
      let map = node.initializer
      while (map && (ts.isAsExpression(map) || ts.isSatisfiesExpression(map))) map = map.expression
      if (!map || !ts.isObjectLiteralExpression(map)) return
      registryModule = moduleDoc.path
      for (const entry of map.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isStringLiteral(entry.name)) continue
        tagsByClass.set(entry.initializer.getText(), entry.name.text)
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest
      const registry = modules.find((module) => module.path === registryModule)
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tagsByClass.get(declaration.name)
          if (!tag) continue
          Object.assign(declaration, { tagName: tag, customElement: true })
          registry?.exports?.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: declaration.name, module: module.path },
          })
        }
      }
    },
  }
}

/** Keeps what a page author can use: no private, protected or static members. */
function publicApiOnly() {
  return {
    name: 'weship-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue
          declaration.members = declaration.members?.filter(
            (member) => !member.privacy && !member.static && !member.name.startsWith('#'),
          )
          // `emit()` dispatches `new CustomEvent(name)`; the real events are the `@event` tags.
          declaration.events = declaration.events?.filter((event) => event.description)
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((member) => member.name === attribute.name)
            if (field) attribute.fieldName = field.name
          }
        }
      }
    },
  }
}

export default {
  globs: ['src/elements/*-element.ts', 'src/define-elements.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  // The package.json field is written by hand; a build must not rewrite tracked files.
  packagejson: false,
  plugins: [registeredTags(), publicApiOnly(), eventDetailTypes(), shippedModulePaths()],
}
