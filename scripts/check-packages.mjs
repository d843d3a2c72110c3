#!/usr/bin/env node
// Lints what each published package's tarball holds, as a user installs it: publint for the
// package.json and its files, attw (esm-only profile: the packages are ES modules) for the types
// of every entry. Run after the build (`pnpm run build`); `pnpm test` does both.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Every package that is published: a new one is checked without being listed here.
const packagesDir = join(import.meta.dirname, '../packages')
const packages = readdirSync(packagesDir).filter(
  (name) => !JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')).private,
)
const bin = (name) => join(import.meta.dirname, '../node_modules/.bin', name)
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' })

const destination = mkdtempSync(join(tmpdir(), 'weship-packages-'))
try {
  for (const name of packages) {
    const cwd = join(packagesDir, name)
    // The build ran already; `prepack` would build again.
    const tarball = execFileSync(
      'npm',
      ['pack', '--ignore-scripts', '--silent', '--pack-destination', destination],
      { cwd, encoding: 'utf8' },
    ).trim()
    run(bin('publint'), ['--pack', 'npm', '--strict'], cwd)
    run(
      bin('attw'),
      [join(destination, tarball), '--profile', 'esm-only', '--format', 'ascii'],
      cwd,
    )
  }
} finally {
  rmSync(destination, { recursive: true, force: true })
}
