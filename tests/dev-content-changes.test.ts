// app/api/dev/content-changes: the stream behind "saving a file in development reloads its page".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

const root = mkdtempSync(path.join(tmpdir(), 'handshake-dev-reload-'))
mkdirSync(path.join(root, 'a-question'))

/** The route module, loaded fresh so it reads the stubbed content folder and NODE_ENV. */
async function route(nodeEnv: string) {
  vi.resetModules()
  vi.stubEnv('HANDSHAKE_CONTENT_DIR', root)
  vi.stubEnv('NODE_ENV', nodeEnv)
  return import('@/app/api/dev/content-changes/route')
}

afterEach(() => vi.unstubAllEnvs())
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the dev content-change stream', () => {
  it('does not exist outside development', async () => {
    const { GET } = await route('production')
    expect(GET(new Request('http://localhost/api/dev/content-changes')).status).toBe(404)
  })

  it('sends one event naming the file when a question file is saved, and stops on disconnect', async () => {
    const { GET } = await route('development')
    const abort = new AbortController()
    const response = GET(new Request('http://localhost/api/dev/content-changes', { signal: abort.signal }))
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    expect((await reader.read()).value).toBe(': watching content\n\n')

    // An editor's save is a burst of events; the route settles them into one message.
    const file = path.join(root, 'a-question', 'en.mdx')
    writeFileSync(file, 'one')
    writeFileSync(file, 'two')
    expect((await reader.read()).value).toBe(`data: ${path.join('a-question', 'en.mdx')}\n\n`)

    abort.abort()
    expect((await reader.read()).done).toBe(true)
  })
})
