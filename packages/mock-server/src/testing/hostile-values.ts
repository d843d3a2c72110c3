import fc from 'fast-check'

/** A JSON value as a hostile client would send it: wrong types, edge numbers, odd strings. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Keys that poison `Object.prototype` when a server merges bodies naively. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** Fields a shopper must never be able to set: the server computes every price. */
export const TAMPERING_KEYS = [
  'price',
  'unitPrice',
  'total',
  'subtotal',
  'amount',
  'amountDue',
  'discounts',
  'currency',
  'version',
  'id',
  'status',
  'paid',
  'stock',
  'email',
] as const

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\udc00b', '\ud83d']

const oddStrings: readonly string[] = [
  '',
  ' ',
  '\t\n',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '1_000',
  '١٢',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '\u0000',
  '\u202eEUR',
  'E\u200bUR',
  'eur',
  'EURO',
  'XXX',
  'ÉUR',
  '💶💶💶',
  'COTTON-TEE-WHITE-M\u0000',
  'cotton-tee-white-m',
  'NO-SUCH-SKU',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  // A template injection probe, sent as the literal text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
  '${7*7}',
  '%00',
  'P9999999999999999999999999999999999999999W',
  'PT99999999999999999999H',
  'P100000W',
  'PT0.000001S',
  'x'.repeat(5_000),
  '🛒'.repeat(2_000),
  'é'.repeat(300),
  'e\u0301'.repeat(300),
  ...LONE_SURROGATES,
]

const edgeNumbers: readonly number[] = [
  0,
  -0,
  -1,
  1.5,
  0.1 + 0.2,
  -0.5,
  999,
  1000,
  1e6,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e21,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_VALUE,
]

// Well-formed ISO 8601 durations, up to absurd sizes (the dev clock takes them).
const durationLike = fc.stringMatching(
  /^P(\d{1,22}W)?(\d{1,22}D)?(T(\d{1,22}H)?(\d{1,22}M)?(\d{1,22}(\.\d{1,4})?S)?)?$/,
)

/** A string no schema should take at face value. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...oddStrings) },
  { weight: 1, arbitrary: durationLike },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
)

/** Numbers at the edges: negative, fractional, huge, beyond safe integers. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeNumbers) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
)

/** Nested arrays or objects this deep, built without recursion. */
export function nested(depth: number, shape: 'array' | 'object'): Json {
  let value: Json = 1
  for (let level = 0; level < depth; level += 1) value = shape === 'array' ? [value] : { a: value }
  return value
}

/** An object whose own keys include `__proto__`-like keys, as `JSON.parse` would make it. */
export function withOwnKey(target: { [key: string]: Json }, key: string, value: Json) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return target
}

/** A JSON value of any wrong kind: a drop-in replacement for a field. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, false, [], {}, [1], ['EUR']) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Json>(
      { amount: 1, currency: 'EUR' },
      { $gt: '' },
      withOwnKey({}, '__proto__', { polluted: true }),
      { constructor: { prototype: { polluted: true } } },
    ),
  },
  // Deeper nesting goes in raw bodies (hostile-wire.ts): fast-check could not print it here.
  { weight: 1, arbitrary: fc.constantFrom(nested(64, 'array'), nested(300, 'object')) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
)
