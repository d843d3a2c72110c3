import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { supportedLocales } from './locales.js'

// Merchants read which locales ship in the getting-started guide: it must say what the code does.
describe('the getting-started guide', () => {
  it('lists exactly the supported locales', () => {
    const guide = readFileSync(
      new URL('../../../../docs/getting-started.md', import.meta.url),
      'utf8',
    )
    const line = guide.split('**Supported today:**')[1]?.split('. English')[0] ?? ''
    const listed = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1])
    expect(listed).toEqual([...supportedLocales].sort())
  })
})
