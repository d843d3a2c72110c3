import { expect, it } from 'vitest'
import { createVersionCounter } from './version-counter.js'

it('counts a version per cart, up on a new fingerprint, the same on the same one', () => {
  const counter = createVersionCounter()
  expect(counter.versionOf('a', 'one')).toBe(1)
  expect(counter.versionOf('a', 'one')).toBe(1)
  expect(counter.versionOf('a', 'two')).toBe(2)
  expect(counter.versionOf('b', 'two')).toBe(1)
  expect(counter.versionOf('a', 'one')).toBe(3)
})
