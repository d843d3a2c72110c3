import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// examples/medusa's typecheck compiles docs-*.ts; this keeps them the same as the docs' snippets.
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const snippets = [...read('../../../docs/adapters/medusa.md').matchAll(/```ts\n([\s\S]*?)```/g)]
const compiled = (name: string) =>
  read(`../../../examples/medusa/${name}`).replace(/^(\/\/.*\n)+/, '')

describe('docs/adapters/medusa.md', () => {
  it.each([
    [0, 'docs-setup.ts'],
    [1, 'docs-stripe.ts'],
  ])('shows as snippet %i the code examples/medusa/%s compiles', (index, file) => {
    expect(snippets[index]?.[1]).toBe(compiled(file))
  })
})
