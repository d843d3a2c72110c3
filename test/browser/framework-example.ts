import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCommerceEngine, startMockServer } from '@weship/mock-server'
import { freePort } from '../../examples/demo-pages.mjs'
import { startStaticServer } from '../../scripts/static-server.mjs'
import { assertCdnBuilt, type ExampleSite, siteOnMock } from './example-site'

// The framework examples (examples/react, vue, svelte, next, angular) as a developer runs them:
// built by their own build command, against a mock server on a port of this run, then served.

interface Spawned {
  child: ChildProcess
  /** Everything it printed so far, for failure messages. */
  output: () => string
}

/** Starts a command of an example with what it printed kept. */
function start(command: string, args: string[], cwd: string, env: object = {}): Spawned {
  const child = spawn(command, args, {
    cwd,
    // Vitest sets NODE_ENV=test, which would build React's development bundle and puzzle Next.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: unknown) => {
    output += chunk
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => output }
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string, env?: object) {
  const { child, output } = start(command, args, cwd, env)
  return new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${output()}`)),
    )
  })
}

async function startMock() {
  assertCdnBuilt()
  const engine = createCommerceEngine()
  const mock = await startMockServer({ port: 0, host: '127.0.0.1', dev: true, engine })
  return { engine, mock }
}

interface StaticBuild {
  /** The build's command line, given the mock server's URL and a fresh output directory. */
  args: (api: string, outDir: string) => string[]
  env?: (api: string) => Record<string, string>
  /** Where in the output directory the site's index.html lands. */
  site?: string
}

/**
 * Builds an example that compiles to static files, pointed at a mock server of this run, and
 * serves the output beside it.
 */
async function startStaticExample(dir: string, command: string, build: StaticBuild) {
  const { engine, mock } = await startMock()
  const outDir = mkdtempSync(join(tmpdir(), 'weship-example-'))
  const removeOutput = async () => rmSync(outDir, { recursive: true, force: true })
  try {
    await run(
      join(dir, 'node_modules/.bin', command),
      build.args(mock.url, outDir),
      dir,
      build.env?.(mock.url),
    )
    const site = await startStaticServer({
      port: 0,
      mounts: { '/': join(outDir, build.site ?? '') },
    })
    return siteOnMock(site.url, mock, engine, async () => {
      await site.close()
      await removeOutput()
    })
  } catch (error) {
    await mock.close()
    await removeOutput()
    throw error
  }
}

/** A Vite example (`vite build`), its backend's address in `VITE_WESHIP_API`. */
export function startViteExample(dir: string): Promise<ExampleSite> {
  return startStaticExample(dir, 'vite', {
    args: (_api, outDir) => ['build', '--outDir', outDir, '--emptyOutDir'],
    env: (api) => ({ VITE_WESHIP_API: api }),
  })
}

/** The Angular example (`ng build`), its backend's address defined as `WESHIP_API`. */
export function startAngularExample(dir: string): Promise<ExampleSite> {
  return startStaticExample(dir, 'ng', {
    args: (api, outDir) => ['build', '--output-path', outDir, '--define', `WESHIP_API='${api}'`],
    env: () => ({ NG_CLI_ANALYTICS: 'false' }),
    site: 'browser',
  })
}

/** Resolves once `url` answers; rejects when `child` exits first, or after a minute. */
async function waitForServer(url: string, { child, output }: Spawned) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output()}`)
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within 60 s:\n${output()}`)
}

/**
 * Builds the Next.js example (`next build`), then serves it with `next start` on a port of this
 * run, `WESHIP_API` naming the mock server: the page reads it on the server, per request.
 */
export async function startNextExample(dir: string): Promise<ExampleSite> {
  const env = { NEXT_TELEMETRY_DISABLED: '1' }
  const next = join(dir, 'node_modules/.bin/next')
  await run(next, ['build'], dir, env)
  const { engine, mock } = await startMock()
  const port = await freePort()
  const server = start(next, ['start', '--hostname', '127.0.0.1', '--port', String(port)], dir, {
    ...env,
    WESHIP_API: mock.url,
  })
  const { child } = server
  const url = `http://127.0.0.1:${port}`
  const site = siteOnMock(url, mock, engine, async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
    }
  })
  try {
    await waitForServer(url, server)
  } catch (error) {
    await site.close()
    throw error
  }
  return site
}
