import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

// A project that installed the package without vitest, as npm lays it out: the built package
// and its dependencies under node_modules, and nothing else (vitest is an optional peer).
const core = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const project = mkdtempSync(join(tmpdir(), 'weship-no-vitest-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

function link(name: string, target: string) {
  const path = join(project, 'node_modules', name)
  mkdirSync(dirname(path), { recursive: true })
  symlinkSync(target, path, 'dir')
}

describe('@weship/checkout-core/testing without vitest', () => {
  it('says what it needs instead of "Cannot find package \'vitest\'"', async () => {
    if (!existsSync(join(core, 'dist/testing/index.js'))) {
      throw new Error('packages/core/dist is missing: run `npx --yes pnpm@12 run build` first')
    }
    // What the tarball holds, without the workspace's own node_modules (which has vitest).
    const installed = join(project, 'node_modules/@weship/checkout-core')
    mkdirSync(installed, { recursive: true })
    copyFileSync(join(core, 'package.json'), join(installed, 'package.json'))
    link('@weship/checkout-core/dist', join(core, 'dist'))
    for (const dependency of ['zod', '@preact/signals-core']) {
      link(dependency, realpathSync(join(core, 'node_modules', dependency)))
    }
    // Symlinks kept as they are, so modules resolve from the project, not from this workspace.
    const run = promisify(execFile)(
      process.execPath,
      [
        '--preserve-symlinks',
        '--input-type=module',
        '-e',
        "import '@weship/checkout-core/testing'",
      ],
      { cwd: project },
    )
    const failure = await run.then(
      () => undefined,
      (error: { stderr: string }) => error.stderr,
    )
    expect(failure).toContain('runs the adapter conformance suite under vitest')
    expect(failure).toContain('npm install --save-dev vitest')
  })
})
