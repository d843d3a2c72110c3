import { defineConfig } from 'vitest/config'

// Workspace sources are resolved through the `source` export condition, so tests never need a build
// (except the browser project, which drives the built CDN file on purpose).
const resolve = { conditions: ['source', 'module', 'browser', 'development|production'] }
const nodeConditions = ['source', 'module', 'node', 'development|production']
const nodeResolve = { conditions: nodeConditions }
// Node projects run in Vite's SSR environment, which reads `ssr.resolve`, not `resolve`.
const nodeSsr = { resolve: { conditions: nodeConditions } }
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
          include: ['packages/mock-server/src/**/*.test.ts'],
        },
      },
      {
        resolve,
        oxc: jsx,
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
          exclude: ['**/node_modules/**', '**/dist/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: two cores, and each file starts its own servers.
          fileParallelism: false,
        },
      },
    ],
  },
})
