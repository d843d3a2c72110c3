/**
 * The third argument of Hono's `app.request()` for a request from `address`: the socket fields
 * @hono/node-server's `getConnInfo` reads, so per-client limits see that peer in-process.
 */
export function fromAddress(address: string) {
  const remoteFamily = address.includes(':') ? 'IPv6' : 'IPv4'
  return { incoming: { socket: { remoteAddress: address, remotePort: 50_000, remoteFamily } } }
}
