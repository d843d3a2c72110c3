#!/usr/bin/env node
// The typings entries (`@weship/checkout/jsx-react`, …) hold types only. An empty module beside
// each lets a plain `import '@weship/checkout/jsx-react'` (without `type`) load as well.
import { readFileSync, writeFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
for (const [entry, targets] of Object.entries(pkg.exports)) {
  if (!entry.startsWith('./jsx-')) continue
  const file = new URL(`../${targets.default}`, import.meta.url)
  writeFileSync(file, `// Types only: see ${targets.types.replace('./dist/', '')}.\nexport {}\n`)
}
