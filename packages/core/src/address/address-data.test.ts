import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  buildAddressData,
  groupFileText,
  groupJson,
  sourceDefaults,
} from '../../scripts/address-data-source.mjs'
import { expandFormat, formatDefaults } from './address-format.js'
import { countryCodes } from './countries.js'
import { allAddressData } from './data/all.js'

const dataDir = new URL('./data/countries/', import.meta.url)

describe('the address data files', () => {
  const built = buildAddressData()

  it('are exactly what the refresh script makes from the pinned data set', () => {
    const files = readdirSync(dataDir)
    expect(files.sort()).toEqual(Object.keys(built.groups).map((letter) => `${letter}.ts`))
    for (const [letter, group] of Object.entries(built.groups)) {
      const committed = readFileSync(new URL(`${letter}.ts`, dataDir), 'utf8')
      expect(committed, `${letter}.ts: run packages/core/scripts/refresh-address-data.mjs`).toBe(
        groupFileText(group),
      )
      // What the classic script's build serves as the letter's JSON file.
      expect(JSON.parse(groupJson(committed))).toEqual(group)
    }
  })

  it('share the data set’s defaults and its list of countries', () => {
    expect(formatDefaults).toEqual(sourceDefaults())
    const codes = Object.values(built.groups).flatMap((group) => Object.keys(group))
    expect(countryCodes()).toEqual(codes.sort())
    expect(countryCodes()).toHaveLength(252)
  })

  it('give every country a format whose patterns compile and accept its own example', () => {
    for (const group of Object.values(allAddressData)) {
      for (const [country, compact] of Object.entries(group)) {
        const format = expandFormat(country, compact)
        const example = format.postalCode?.example
        if (example) expect(format.postalCode?.pattern.test(example), country).toBe(true)
        for (const region of format.regions) {
          expect(region.code, country).not.toBe('')
          expect(region.postalPrefix ?? /./, `${country} ${region.code}`).toBeInstanceOf(RegExp)
        }
      }
    }
  })
})

describe('loading a country on demand', () => {
  afterEach(() => {
    vi.doUnmock('./data/loaders.js')
    vi.resetModules()
  })

  it('fetches only its letter’s file, once, and has it at hand from then on', async () => {
    vi.resetModules()
    const { loaders, calls } = await countingLoaders()
    vi.doMock('./data/loaders.js', () => ({ addressDataLoaders: loaders }))
    const data = await import('./address-data.js')
    expect(data.addressFormat('JP')).toBeUndefined()
    const [japan, again] = await Promise.all([
      data.loadAddressFormat('jp'),
      data.loadAddressFormat('JP'),
    ])
    expect(japan).toBe(again)
    expect(japan.labels.region).toBe('prefecture')
    expect(data.addressFormat('JP')).toBe(japan)
    expect(data.addressFormat('JM')?.labels.region).toBe('parish')
    expect(data.addressFormat('DE')).toBeUndefined()
    expect(calls).toEqual(['j'])
  })

  it('gives a generic form when the data cannot be had, and tries again next time', async () => {
    vi.resetModules()
    let fail = true
    const { loaders, calls } = await countingLoaders(() => fail)
    vi.doMock('./data/loaders.js', () => ({ addressDataLoaders: loaders }))
    const data = await import('./address-data.js')
    const stand = await data.loadAddressFormat('IE')
    expect(stand).toMatchObject({ country: 'IE', generic: true, regions: [] })
    expect([...stand.required]).toEqual([])
    expect(data.addressFormat('IE')).toBeUndefined()
    fail = false
    expect((await data.loadAddressFormat('IE')).labels.postal).toBe('eircode')
    expect(calls).toEqual(['i', 'i'])
  })

  it('says how to load the data when a check needs it first', async () => {
    vi.resetModules()
    const data = await import('./address-data.js')
    expect(() => data.requireAddressFormat('BR')).toThrow(/await loadAddressFormat\('BR'\)/)
  })
})

async function countingLoaders(failing: () => boolean = () => false) {
  const { addressDataLoaders } =
    await vi.importActual<typeof import('./data/loaders.js')>('./data/loaders.js')
  const calls: string[] = []
  const loaders = Object.fromEntries(
    Object.entries(addressDataLoaders).map(([letter, load]) => [
      letter,
      () => {
        calls.push(letter)
        return failing() ? Promise.reject(new Error('offline')) : load()
      },
    ]),
  )
  return { loaders, calls }
}
