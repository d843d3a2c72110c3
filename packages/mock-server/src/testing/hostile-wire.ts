import fc from 'fast-check'
import { hostileString } from './hostile-values.js'

const encoder = new TextEncoder()

/** Raw bodies that are not the JSON they claim to be (or are, but pathologically). */
export const hostileRawBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom<string | Uint8Array>(
    '',
    ' ',
    '{',
    '}',
    '{"sku":',
    '{"quantity": 1,}',
    "{'quantity': 1}",
    '{"quantity": NaN}',
    '{"quantity": Infinity}',
    '{"quantity": -Infinity}',
    '{"quantity": 0x10}',
    '{"quantity": 1e999}',
    `{"quantity": ${'9'.repeat(400)}}`,
    '{"quantity": 1, "quantity": -5}',
    '{"a":1}{"b":2}',
    'null',
    '"just a string"',
    '42',
    'true',
    '[]',
    '\ufeff{}',
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"\\u0000": 1}',
    '{"x": "\\ud800"}',
    'sku=COTTON-TEE-WHITE-M&quantity=1',
    '<xml/>',
    '['.repeat(20_000) + ']'.repeat(20_000),
    `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
    '['.repeat(30_000),
    `{"code": "${'A'.repeat(70_000)}"}`,
    new Uint8Array([0xff, 0xfe, 0xfd]),
    new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]),
    new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
    new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"quantity":1}')]),
    new Uint8Array([0x00, 0x00, 0x00]),
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.uint8Array({ maxLength: 60 }),
)

/** Media types, right and wrong; undefined sends none. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/problem+json',
      'application/json; charset=latin1',
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/jsonx',
      'application/json\t',
      ';;;',
      'x'.repeat(2_000),
    ),
  },
)

/** Path segments as a client could send them, percent-encoded or raw, valid UTF-8 or not. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '%',
    '%zz',
    '%FF',
    '%C0%AF',
    '%ED%A0%80',
    '%00',
    '..',
    '%2e%2e',
    '%2F',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'toString',
    'null',
    'undefined',
    '0',
    '-1',
    'line_0',
    'line_-1',
    'line_1.5',
    'x'.repeat(10_000),
    '%F0%9F%9B%92',
  ),
  hostileString.filter((text) => text.length < 3_000).map(percentEncode),
)

/** `encodeURIComponent`, except that lone surrogates become the invalid UTF-8 they would be. */
function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return [...text].map(encodeCodePoint).join('')
  }
}

function encodeCodePoint(char: string): string {
  try {
    return encodeURIComponent(char)
  } catch {
    return '%ED%A0%80'
  }
}

/** Header values a fetch `Headers` accepts (Latin-1, no CR/LF), in hostile shapes. */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', 'null', 'undefined', '__proto__', 'x'.repeat(300), 'é'.repeat(50)),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((text) => text.replace(/[\r\n]/g, '')),
)
