#!/usr/bin/env node
// Angular's template checker (ngc, strictTemplates) over the components here: the good ones
// must compile, and misuse.component.ts must fail with exactly the errors listed below, since
// Angular templates have no @ts-expect-error.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'

const expected = [/misuse\.component\.ts:\d+:\d+ - error TS2339: Property 'order' does not exist/]

const ngc = join(import.meta.dirname, '../../node_modules/.bin/ngc')
const run = spawnSync(ngc, ['-p', join(import.meta.dirname, 'tsconfig.json')], { encoding: 'utf8' })
// ngc colours its diagnostics whatever it is told.
const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`)
const errors = output.split('\n').filter((line) => / - error |: error /.test(line))
const unexpected = errors.filter((line) => !expected.some((pattern) => pattern.test(line)))
const missing = expected.filter((pattern) => !errors.some((line) => pattern.test(line)))
if (unexpected.length > 0 || missing.length > 0) {
  console.error(output)
  for (const line of unexpected) console.error(`unexpected: ${line}`)
  for (const pattern of missing) console.error(`missing: ${pattern}`)
  process.exit(1)
}
console.log(`Angular templates: typed as expected (${errors.length} misuse refused)`)
