import { defineConfig } from 'vitest/config'
import { pickJson } from './packages/elements/build/pick-json.mjs'

// Workspace sources are resolved through the `source` export condition, so tests never need a build
// (except the browser project, which drives the built CDN file on purpose).
const resolve = { conditions: ['source', 'module', 'browser', 'development|production'] }
const nodeConditions = ['source', 'module', 'node', 'development|production']
const nodeResolve = { conditions: nodeConditions }
const vendureConditions = ['source', 'node', 'development|production']
// Node projects run in Vite's SSR environment, which reads `ssr.resolve`, not `resolve`.
const nodeSsr = { resolve: { conditions: nodeConditions } }
// A real browser on a loaded two-core CI machine: the 1 s default made waits for a page's own
// timers (the status page's backed-off refresh) fail although the page was right.
const browserPoll = { timeout: 10_000, interval: 100 }
const jsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } }

export default defineConfig({
  oxc: jsx,
  test: {
    projects: [
      {
        resolve: nodeResolve,
        ssr: nodeSsr,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts'],
        },
      },
      {
        resolve: nodeResolve,
        ssr: nodeSsr,
        test: {
          name: 'mock-server',
          environment: 'node',
          // With the merchant's Stripe server of docs/payments/stripe.md, which runs on Node too.
          // And the demo's scripts, which start it.
          include: [
            'packages/mock-server/src/**/*.test.ts',
            'examples/stripe-server/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        // Without `module`: Vitest hands the conditions to Node, and Vendure's CommonJS `require`
        // of i18next-fs-backend would then pick its ESM build, which Node 20 cannot require.
        resolve: { conditions: vendureConditions },
        ssr: { resolve: { conditions: vendureConditions } },
        test: {
          name: 'vendure',
          environment: 'node',
          include: ['packages/adapter-vendure/src/**/*.test.ts', 'examples/vendure/**/*.test.ts'],
          // A real Vendure (sqljs): its first seeding takes ~20 s idle, minutes on a loaded machine.
          testTimeout: 30_000,
          hookTimeout: 300_000,
          expect: { poll: browserPoll },
        },
      },
      {
        resolve: nodeResolve,
        ssr: nodeSsr,
        test: {
          name: 'medusa-unit',
          environment: 'node',
          include: ['packages/adapter-medusa/src/**/*.test.ts'],
          exclude: ['**/*.medusa.test.ts'],
        },
      },
      {
        resolve: nodeResolve,
        ssr: nodeSsr,
        test: {
          name: 'medusa',
          environment: 'node',
          include: [
            'packages/adapter-medusa/src/**/*.medusa.test.ts',
            'examples/medusa/**/*.test.ts',
          ],
          // One Medusa and PostgreSQL for all files; installed on first use (~2 min), then cached.
          globalSetup: ['packages/adapter-medusa/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          expect: { poll: browserPoll },
          // One Chromium at a time beside Medusa on two cores.
          fileParallelism: false,
        },
      },
      {
        resolve,
        oxc: jsx,
        plugins: [pickJson()],
        test: {
          name: 'elements',
          environment: 'happy-dom',
          include: ['packages/elements/src/**/*.test.{ts,tsx}'],
          // Every language at hand, as the IIFE build has them; translator tests load their own.
          setupFiles: ['packages/elements/src/testing/load-languages.ts'],
          exclude: ['**/*.browser.test.*'],
        },
      },
      {
        resolve: nodeResolve,
        ssr: nodeSsr,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['**/*.browser.test.ts'],
          // The Vendure and Medusa examples' run in their own projects, which start those servers.
          exclude: [
            '**/node_modules/**',
            '**/dist/**',
            'examples/vendure/**',
            'examples/medusa/**',
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: { poll: browserPoll },
          // One Chromium at a time: two cores, and each file starts its own servers.
          fileParallelism: false,
        },
      },
    ],
  },
})
