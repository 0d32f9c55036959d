// The raw-request hooks, on a real Node HTTP server with a listener that stands in for Next.
import http from 'node:http'
import { type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installHttpEdge, PEER_ADDRESS_HEADER } from './http-edge'

let server: http.Server
let port: number
/** What the stand-in for Next saw; its 'upgrade' listener must never run outside development. */
const seen: Array<{ url?: string; peer?: string | string[] }> = []
let upgradesReachingNext = 0

/** 'page', then 4 MB more in pieces, waiting for 'drain' whenever the socket is full. */
function streamPage(response: http.ServerResponse) {
  let left = 64
  const more = () => {
    while (left-- > 0) if (!response.write('x'.repeat(64 * 1024))) return void response.once('drain', more)
    response.end()
  }
  response.write('page')
  more()
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** One request on its own connection; resolves with the answer or rejects on a closed socket. */
function ask(options: http.RequestOptions, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, agent: false, ...options }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: text }),
      )
    })
    request.on('upgrade', () => reject(new Error('the server switched protocols')))
    request.on('error', reject)
    request.setTimeout(5_000, () => request.destroy(new Error('no answer in 5 s')))
    request.end(body)
  })
}

beforeAll(async () => {
  installHttpEdge()
  server = http.createServer((request, response) => {
    seen.push({ url: request.url, peer: request.headers[PEER_ADDRESS_HEADER] })
    // Like Next: answer once the request has been read, streaming with backpressure.
    request.resume()
    request.on('end', () => streamPage(response))
  })
  server.on('upgrade', () => upgradesReachingNext++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the HTTP edge', () => {
  it('answers TRACE with 405 before the app sees it', async () => {
    const answer = await ask({ method: 'TRACE', path: '/trace' })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD, POST, OPTIONS')
    expect(seen.some((r) => r.url === '/trace')).toBe(false)
  })

  it("stamps the socket's address over whatever the client sent as the peer header", async () => {
    await ask({ path: '/peer', headers: { [PEER_ADDRESS_HEADER]: '6.6.6.6' } })
    expect(seen.find((r) => r.url === '/peer')?.peer).toBe('127.0.0.1')
  })

  it('serves a request that asks for an upgrade as plain HTTP, then closes the connection', async () => {
    for (const upgrade of ['websocket', 'h2c']) {
      const answer = await ask({
        path: `/upgrade-${upgrade}`,
        headers: { Connection: 'Upgrade', Upgrade: upgrade },
      })
      expect(answer.status).toBe(200)
      expect(answer.body).toHaveLength(4 + 4 * 1024 * 1024)
      expect(answer.headers.connection).toBe('close')
    }
    expect(seen.find((r) => r.url === '/upgrade-h2c')?.peer).toBe('127.0.0.1')
    expect(upgradesReachingNext).toBe(0)
  })

  it('refuses an upgrade request that carries a body, which nothing would read', async () => {
    const answer = await ask(
      { method: 'POST', path: '/upgrade-post', headers: { Connection: 'Upgrade', Upgrade: 'websocket' } },
      'hello',
    )
    expect(answer.status).toBe(400)
    expect(answer.body).toBe('This site upgrades no connection; send the request without Upgrade.\n')
    expect(seen.some((r) => r.url === '/upgrade-post')).toBe(false)
  })
})
