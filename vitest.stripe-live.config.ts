import { defineConfig } from 'vitest/config'

// Only for `pnpm test:stripe-live` (scripts/stripe-live.mjs): Stripe's test mode over the network.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'development|production'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    name: 'stripe-live',
    environment: 'node',
    include: ['examples/script-tag/stripe.live-test.ts'],
    // Stripe.js and Stripe's test 3-D Secure pages over the internet.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 30_000, interval: 250 } },
  },
})
