#!/usr/bin/env node
// `pnpm test:stripe-live`: the Stripe purchase against Stripe's test mode (real Stripe.js, real
// API), when test keys are set. Not part of `pnpm test`: it needs the network and your keys.
import { spawnSync } from 'node:child_process'

const { STRIPE_TEST_SECRET_KEY: secret, STRIPE_TEST_PUBLISHABLE_KEY: publishable } = process.env
if (!secret || !publishable) {
  console.log(
    'test:stripe-live did NOT run: set STRIPE_TEST_SECRET_KEY (sk_test_…) and ' +
      'STRIPE_TEST_PUBLISHABLE_KEY (pk_test_…) from your Stripe dashboard (test mode) to run it.',
  )
  process.exit(0)
}
if (!secret.startsWith('sk_test_') || !publishable.startsWith('pk_test_')) {
  console.error('test:stripe-live: only test-mode keys (sk_test_…, pk_test_…) are accepted.')
  process.exit(2)
}
// The browser drives the built CDN file, as the other browser tests do.
const pnpm = process.env.npm_execpath
const build = pnpm
  ? spawnSync(process.execPath, [pnpm, 'run', 'build'], { stdio: 'inherit' })
  : spawnSync('npx', ['--yes', 'pnpm@12', 'run', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.stripe-live.config.ts'], {
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
