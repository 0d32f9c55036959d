// The raw material of the fuzzer's requests: hostile text and JSON, and the ways to put text into
// a URL or a header (well encoded, raw bytes, broken percent-encoding). Everything is a fast-check
// arbitrary, so a seed reproduces the exact same requests.
import { deflateSync } from 'node:zlib'
import fc from 'fast-check'

/** Strings that have broken parsers before: traversal, encodings, injections, prototype keys. */
const NASTY = [
  '',
  '.',
  '..',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f',
  '%c0%ae%c0%ae/',
  '%00',
  '\u0000',
  '%zz',
  '%',
  '%E0%A4%A',
  '%ff%fe',
  '%25',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '{{7*7}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '9007199254740993',
  '0x7fffffff',
  'javascript:alert(1)',
  '//evil.example',
  'https://evil.example/',
  '\\\\evil.example',
  '😀',
  '中文题目',
  '\u202e',
  '\ufeff',
  'a'.repeat(300),
  'time-wait-2msl',
  'TIME-WAIT-2MSL',
  'time-wait-2msl/',
  'time-wait-2msl.mdx',
  'en.mdx',
  '$B1',
  '$K1',
  '$@0',
  '["$B1"]',
]

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
  {
    arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)),
    weight: 1,
  },
)

/** Can this text go into a request line or header as is? Node's client sends Latin-1 bytes. */
const isLatin1Visible = (text: string) => /^[\x21-\x7e\x80-\xff]*$/.test(text)

/** Lone surrogates cannot be UTF-8 encoded; `broken` mode makes undecodable bytes instead. */
export const encodeUrl = (text: string) =>
  encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  )

/** Percent-encodes, but now and then leaves a `%` sequence that does not decode. */
export function urlPart(text: string, mode: 'encoded' | 'raw' | 'broken'): string {
  if (mode === 'raw' && isLatin1Visible(text)) return text.replace(/[?#]/g, encodeURIComponent)
  if (mode === 'broken') return `${encodeUrl(text)}%${text.length % 2 ? 'g' : 'e0%a4'}`
  return encodeUrl(text)
}

export const urlMode = fc.constantFrom('encoded', 'encoded', 'raw', 'broken') as fc.Arbitrary<
  'encoded' | 'raw' | 'broken'
>

/** One URL segment or query value made from hostile text. */
export const hostileUrlPart: fc.Arbitrary<string> = fc
  .tuple(nastyText, urlMode)
  .map(([text, mode]) => urlPart(text, mode))

/** A query string: repeated keys, keys without values, framework keys (`_rsc`), junk values. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('callbackUrl', '_rsc', 's', 'q', 'error', 'page', 'lang', '__proto__'),
        hostileUrlPart,
      ),
      fc.option(hostileUrlPart, { nil: undefined }),
    ),
    { maxLength: 4 },
  )
  .map((pairs) =>
    pairs.length === 0 ? '' : '?' + pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&'),
  )

/** A header value Node's client will send: visible Latin-1, spaces and tabs, no line breaks. */
export const headerValue: fc.Arbitrary<string> = nastyText.map((text) =>
  text.replace(/[^\t\x20-\x7e\x80-\xff]/g, (c) => encodeUrl(c)).slice(0, 8_000),
)

/** JSON that is not what anyone expects: any value, deep, wide, huge numbers, prototype keys. */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.json({ maxDepth: 3 }), weight: 4 },
  {
    arbitrary: fc.constantFrom('', '{', '[', '{"a":', 'nul', '"', '{"__proto__":{"x":1}}', '1e999'),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 1_000, max: 50_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)), weight: 1 },
  {
    arbitrary: fc.integer({ min: 1_000, max: 50_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
    weight: 1,
  },
  {
    arbitrary: fc
      .integer({ min: 1_000, max: 20_000 })
      .map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => i))),
    weight: 1,
  },
)

/** Deflated and base64url'd the way the playground writes `?s=z…` links. */
export const deflatedLink = (json: string) => 'z' + deflateSync(Buffer.from(json)).toString('base64url')

// Computed once: ten megabytes of spaces deflate to about ten kilobytes of link.
const ZIP_BOMB = deflatedLink(' '.repeat(10 * 1024 * 1024))

const hosts = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`h${i}`, { ip: `10.0.${i >> 8}.${i & 255}` }]))

/** Values for the playground's `?s=`: crafted scenarios, deep or huge JSON, bad base64 and deflate. */
export const playgroundParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'z',
    'j',
    'x123',
    'z%%%',
    'zAAAA',
    'j!!!!',
    ZIP_BOMB,
    deflatedLink('{"a":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}'),
    deflatedLink(JSON.stringify({ name: 'wide', hosts: hosts(800) })),
    deflatedLink(JSON.stringify({ name: 'flood', faults: [{ kind: 'syn-flood', count: 10_000_000 }] })),
    deflatedLink(JSON.stringify({ name: 'big send', apps: [{ kind: 'send', bytes: 2 ** 53 }] })),
    'j' + Buffer.from('{"name":"x","hosts":{}}').toString('base64url'),
  ),
  hostileJson.map((json) =>
    json.length % 2 ? deflatedLink(json) : 'j' + Buffer.from(json).toString('base64url'),
  ),
  fc.tuple(hostileJson, fc.nat()).map(([json, cut]) => {
    const link = deflatedLink(json)
    return link.slice(0, Math.max(1, link.length - (cut % 8) - 1)) // a cut-short deflate stream
  }),
  fc.integer({ min: 7_000, max: 12_000 }).map((n) => 'j' + 'A'.repeat(n)),
)
