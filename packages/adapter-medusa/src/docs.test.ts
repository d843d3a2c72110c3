import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// examples/medusa's typecheck compiles docs-setup.ts; this keeps it the same as the docs' snippet.
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

describe('docs/adapters/medusa.md', () => {
  it('shows the setup that examples/medusa/docs-setup.ts compiles', () => {
    const snippet = /```ts\n([\s\S]*?)```/.exec(read('../../../docs/adapters/medusa.md'))?.[1]
    const compiled = read('../../../examples/medusa/docs-setup.ts').replace(/^(\/\/.*\n)+/, '')
    expect(snippet).toBe(compiled)
  })
})
