// The first code to see each HTTP request, before Next routes it. Loaded once from
// instrumentation.ts. Two jobs need the raw Node request, which Next never shows the app:
// - TRACE cannot reach proxy.ts: the WHATWG Request Next builds for the proxy refuses the method
//   and Next answers that TypeError with a 500 (issue 17). Node's parser already refuses TRACK
//   and CONNECT, so TRACE alone is answered here: 405, as for any method the site does not serve.
// - The rate limits need the client's address. Next fills X-Forwarded-For only when the client
//   did not send one, so that header is the client's to forge; the socket's address is stamped
//   into PEER_ADDRESS_HEADER instead, overwriting whatever the client sent under that name.
// - Outside `next dev` (whose hot reload is a WebSocket) the site upgrades no connection, yet
//   Next keeps a socket that asks for one open without an answer, or closes it without one
//   (found by e2e/fuzz.spec.ts: `Upgrade: websocket` on /favicon.ico held the socket until the
//   client gave up; `curl --http2` over http got no page). RFC 9110 §7.8 lets a server ignore
//   Upgrade, so such a request is answered as the plain HTTP/1.1 request it also is.
import http from 'node:http'
import { type Socket } from 'node:net'

export const PEER_ADDRESS_HEADER = 'x-handshake-peer-address'

const patched = Symbol.for('handshake.httpEdge')

const ALLOW = 'GET, HEAD, POST, OPTIONS'

/** A short plain-text answer written straight to a socket that has left Node's HTTP parser. */
function refuseOnSocket(socket: Socket, status: number, reason: string, message: string) {
  const body = `${message}\n`
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\n\r\n${body}`,
  )
}

/**
 * Serves an upgrade request as an ordinary one on its socket, then closes the socket. Only for
 * requests without a body: the parser has let go of the socket, so nothing would read one.
 */
function ignoreUpgrade(server: http.Server, request: http.IncomingMessage, socket: Socket): void {
  if (request.headers['content-length'] || request.headers['transfer-encoding']) {
    refuseOnSocket(
      socket,
      400,
      'Bad Request',
      'This site upgrades no connection; send the request without Upgrade.',
    )
    return
  }
  const response = new http.ServerResponse(request)
  response.shouldKeepAlive = false
  response.assignSocket(socket)
  // Node unhooked its own drain relay when it handed the socket over: without this, a streamed
  // page larger than the socket's buffer waits for 'drain' forever.
  socket.on('drain', () => response.emit('drain'))
  response.on('finish', () => {
    response.detachSocket(socket)
    socket.end()
  })
  server.emit('request', request, response)
}

/** Makes every HTTP server in this process refuse TRACE, record the peer's address and ignore Upgrade. */
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
          Allow: ALLOW,
          'Content-Type': 'text/plain; charset=utf-8',
        })
        response.end('Method TRACE is not allowed.\n')
        return true
      }
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? 'unknown'
    }
    if (event === 'upgrade' && process.env.NODE_ENV !== 'development') {
      const [request, socket] = args as [http.IncomingMessage, Socket]
      ignoreUpgrade(this, request, socket)
      return true
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof proto.emit
}
