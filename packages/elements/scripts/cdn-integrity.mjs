#!/usr/bin/env node
// Writes dist/cdn/integrity.json: the Subresource Integrity hash of each CDN file, published with
// the package so merchants can pin exactly the file they reviewed (<script integrity=…>).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../dist/cdn/', import.meta.url))
// The ESM file's language chunks too: pages that pin them list these in an import map's
// `integrity` (browsers check module imports against it).
const chunks = readdirSync(`${dir}chunks`).filter((file) => file.endsWith('.mjs'))
// The classic script's address data: its hashes are built into the script already (ADR 0019);
// listed here too, for anyone who mirrors the files.
const addressData = readdirSync(`${dir}address`).filter((file) => file.endsWith('.json'))
// The classic script's language files: their hashes are built into it, and listed here too.
const languages = readdirSync(`${dir}languages`).filter((file) => file.endsWith('.json'))
const files = [
  'weship-checkout.js',
  'weship-checkout.mjs',
  ...chunks.map((file) => `chunks/${file}`),
  ...addressData.map((file) => `address/${file}`),
  ...languages.map((file) => `languages/${file}`),
]
const integrity = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(`${dir}${file}`))
      .digest('base64')}`,
  ]),
)
writeFileSync(`${dir}integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`)
for (const [file, hash] of Object.entries(integrity)) console.log(`${file}  ${hash}`)
