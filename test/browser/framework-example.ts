import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCommerceEngine, startMockServer } from '@weship/mock-server'
import { startStaticServer } from '../../scripts/static-server.mjs'
import { assertCdnBuilt, type ExampleSite } from './example-site'

// The framework examples (examples/react, vue, svelte, next, angular) as a developer runs them:
// built by their own build command, against a mock server on a port of this run, then served.

/** Runs a command to its end; rejects with its output when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env?: object }) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} in ${options.cwd} failed:\n${output}`)),
    )
  })
}

async function startMock() {
  assertCdnBuilt()
  const engine = createCommerceEngine()
  const mock = await startMockServer({ port: 0, host: '127.0.0.1', dev: true, engine })
  return { engine, mock }
}

/**
 * Builds a Vite example (`vite build`) with its backend address in `VITE_WESHIP_API`, and serves
 * the output statically beside the mock server.
 */
export async function startViteExample(dir: string): Promise<ExampleSite> {
  const { engine, mock } = await startMock()
  const outDir = mkdtempSync(join(tmpdir(), 'weship-example-'))
  try {
    await run(join(dir, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: dir,
      env: { VITE_WESHIP_API: mock.url },
    })
  } catch (error) {
    await mock.close()
    throw error
  }
  const site = await startStaticServer({ port: 0, mounts: { '/': outDir } })
  return {
    url: site.url,
    api: mock.url,
    paymentOrigin: mock.paymentUrl,
    engine,
    close: async () => {
      await site.close()
      await mock.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
