// The first code to see each HTTP request, before Next routes it. Loaded once from
// instrumentation.ts. Two jobs need the raw Node request, which Next never shows the app:
// - TRACE cannot reach proxy.ts: the WHATWG Request Next builds for the proxy refuses the method
//   and Next answers that TypeError with a 500 (issue 17). Node's parser already refuses TRACK
//   and CONNECT, so TRACE alone is answered here: 405, as for any method the site does not serve.
// - The rate limits need the client's address. Next fills X-Forwarded-For only when the client
//   did not send one, so that header is the client's to forge; the socket's address is stamped
//   into PEER_ADDRESS_HEADER instead, overwriting whatever the client sent under that name.
import http from 'node:http'

export const PEER_ADDRESS_HEADER = 'x-handshake-peer-address'

const patched = Symbol.for('handshake.httpEdge')

/** Makes every HTTP server in this process refuse TRACE and record the peer's address. */
export function installHttpEdge(): void {
  const proto = http.Server.prototype as http.Server & { [patched]?: true }
  if (proto[patched]) return
  proto[patched] = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      if (request.method === 'TRACE') {
        response.writeHead(405, {
          Allow: 'GET, HEAD, POST, OPTIONS',
          'Content-Type': 'text/plain; charset=utf-8',
        })
        response.end('Method TRACE is not allowed.\n')
        return true
      }
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? 'unknown'
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof proto.emit
}
