import { describe, expect, it } from 'vitest'
import { rateLimitKey } from './ip-address.js'
import { forwardedClient, parseTrustedProxies } from './trusted-proxies.js'

describe('rateLimitKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::ffff:cb00:7109', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::ff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['in-process', 'in-process'],
  ])('keys %s as %s', (address, key) => {
    expect(rateLimitKey(address)).toBe(key)
  })
})

describe('trusted proxies', () => {
  it('refuses entries that are neither an address, a range nor "loopback"', () => {
    for (const entry of ['proxy.example', '10.0.0.0/33', '10.0.0.1/8/1', '::1/129', '']) {
      expect(() => parseTrustedProxies([entry])).toThrow(
        expect.objectContaining({ code: 'CONFIG', reason: 'invalid_trusted_proxy' }),
      )
    }
  })

  it('reads X-Forwarded-For only from a trusted peer, right to left, ports and brackets allowed', () => {
    const trusted = parseTrustedProxies(['loopback', '10.0.0.0/8', '2001:db8:ffff::/48'])
    expect(forwardedClient('192.0.2.1', '198.51.100.1', trusted)).toBe('192.0.2.1')
    expect(forwardedClient('::ffff:127.0.0.1', '198.51.100.1', trusted)).toBe('198.51.100.1')
    expect(forwardedClient('127.0.0.1', 'spoof, [2001:db8::7]:443, 10.0.0.2', trusted)).toBe(
      '2001:db8::7',
    )
    expect(forwardedClient('127.0.0.1', '198.51.100.1:8080', trusted)).toBe('198.51.100.1')
    // A hop that is no address ends the walk at the last one a proxy vouched for.
    expect(forwardedClient('127.0.0.1', '198.51.100.1, not-an-ip', trusted)).toBe('127.0.0.1')
    expect(forwardedClient('2001:db8:ffff::1', '10.0.0.2, 10.0.0.3', trusted)).toBe('10.0.0.2')
  })
})
