// Sends the fuzzer's requests with Node's own HTTP client rather than fetch: fetch refuses TRACE,
// normalises paths and cannot send raw bytes, which are exactly the inputs under test. Each request
// has a deadline for the whole response, so a hung one is reported instead of stalling the run.
import http from 'node:http'
import { type FuzzRequest } from './requests'

export type Outcome =
  | { request: FuzzRequest; status: number; ms: number; headers: http.IncomingHttpHeaders; excerpt: string }
  /** No complete response: the deadline passed, or the connection failed. */
  | { request: FuzzRequest; status: 'hung' | 'error'; ms: number; error: string }

function bodyBytes(body: FuzzRequest['body']): Buffer | undefined {
  if (body === undefined) return undefined
  return typeof body === 'string' ? Buffer.from(body) : Buffer.alloc(body.bytes, body.repeat)
}

/** Writes a large body in pieces, as a client streaming an upload would. */
function writeChunked(request: http.ClientRequest, bytes: Buffer) {
  const piece = 64 * 1024
  let offset = 0
  const next = () => {
    while (offset < bytes.length) {
      const chunk = bytes.subarray(offset, offset + piece)
      offset += piece
      if (!request.write(chunk)) return void request.once('drain', next)
    }
    request.end()
  }
  next()
}

export function send(
  origin: URL,
  agent: http.Agent,
  request: FuzzRequest,
  deadlineMs: number,
): Promise<Outcome> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  return new Promise((resolve) => {
    let settled = false
    const finish = (outcome: Outcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(outcome)
    }
    const body = bodyBytes(request.body)
    const headers: Record<string, string> = { ...request.headers }
    if (body && !request.chunked) headers['Content-Length'] = String(body.length)
    let client: http.ClientRequest
    try {
      client = http.request({
        agent,
        host: origin.hostname,
        port: origin.port,
        method: request.method,
        path: request.path,
        headers,
        // Next's redirects echo the URL twice (Location and Refresh), so a 9 KB URL gets 18 KB of
        // headers: past Node's 16 KB default, well within a browser's limit (Chromium: 256 KB).
        maxHeaderSize: 256 * 1024,
      })
    } catch (error) {
      // The client refused to send it (say, a character Node never puts in a request line): a
      // generator bug, reported like a failed request so it is seen.
      return finish({ request, status: 'error', ms: 0, error: String(error) })
    }
    const timer = setTimeout(() => {
      finish({ request, status: 'hung', ms: elapsed(), error: `no complete response in ${deadlineMs} ms` })
      client.destroy()
    }, deadlineMs)
    let answered: http.IncomingMessage | undefined
    client.on('response', (response) => {
      answered = response
      const chunks: Buffer[] = []
      let length = 0
      response.on('data', (chunk: Buffer) => {
        // Keep the start for the report; count the rest without holding megabytes of HTML.
        if (length < 400) chunks.push(chunk)
        length += chunk.length
      })
      response.on('end', () =>
        finish({
          request,
          status: response.statusCode ?? 0,
          ms: elapsed(),
          headers: response.headers,
          excerpt: Buffer.concat(chunks).subarray(0, 400).toString('utf8'),
        }),
      )
      response.on('error', (error) =>
        finish({ request, status: 'error', ms: elapsed(), error: String(error) }),
      )
    })
    // A server may answer (413, 431) and close before reading all of a large body: once the
    // answer has come, a write error after it is not a failure.
    client.on('error', (error) =>
      finish(
        answered
          ? {
              request,
              status: answered.statusCode ?? 0,
              ms: elapsed(),
              headers: answered.headers,
              excerpt: '',
            }
          : { request, status: 'error', ms: elapsed(), error: String(error) },
      ),
    )
    // Should the server switch protocols (101), the answer is complete: count it, close the socket.
    client.on('upgrade', (response, socket) => {
      socket.destroy()
      finish({
        request,
        status: response.statusCode ?? 0,
        ms: elapsed(),
        headers: response.headers,
        excerpt: '',
      })
    })
    if (body && request.chunked) writeChunked(client, body)
    else client.end(body)
  })
}

/** Runs `task` over `items` with at most `limit` in flight, keeping results in item order. */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
