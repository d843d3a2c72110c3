import { defineConfig } from 'vitest/config'

// The suite places real orders one after another on one backend: give a slow one time.
export default defineConfig({ test: { testTimeout: 30_000 } })
