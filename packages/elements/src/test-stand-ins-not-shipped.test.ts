import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The stand-ins for Stripe.js and Stripe's API (test/stripe/) are for tests only: nothing of
// them may reach a published package, the CDN files above all. Reads the built dist folders.

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const dists = ['packages/elements/dist', 'packages/core/dist', 'packages/mock-server/dist']
// Strings only the stand-ins' code holds (its message prefix, its bank's route, its global).
const markers = ['stripe-stand-in:', '/stand-in/3ds', 'createStripeStandIn', 'test/stripe/']

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

describe('the Stripe stand-ins', () => {
  it.each(dists)('are nowhere in %s (code, types or source maps)', (dist) => {
    const files = filesUnder(join(root, dist))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const marker of markers) {
        expect(text.includes(marker), `${relative(root, file)} holds "${marker}"`).toBe(false)
      }
    }
  })

  it('live where no package’s published files reach', () => {
    for (const name of ['elements', 'core', 'mock-server']) {
      const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'))
      expect(pkg.files.every((entry: string) => !entry.includes('..'))).toBe(true)
    }
    const standIn = readFileSync(join(root, 'test/stripe/js/stripe-js.ts'), 'utf8')
    expect(standIn).toContain('stripe-stand-in:')
  })
})
