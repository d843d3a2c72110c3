// Types for scripts/theming-docs.mjs, so TypeScript tests in the packages can import it.
export interface Token {
  name: string
  light: string
  dark: string | null
}
export interface Named {
  name: string
  description?: string
}
export interface ElementDoc {
  tagName?: string
  cssParts?: Named[]
  cssProperties?: Named[]
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: ElementDoc[] }>
}

export const themingDocsFile: string
export const tokensFile: string
export const manifestFile: string
export function readTokens(css?: string): {
  tokens: Token[]
  dark: Map<string, string>
  auto: Map<string, string>
}
export function readManifest(file?: string): Manifest
export function elementDocs(manifest: Manifest): ElementDoc[]
export function tokenDescription(elements: ElementDoc[], token: string): string | null
export function renderThemingDocs(
  doc?: string,
  sources?: { tokens?: Token[]; manifest?: Manifest },
): string
