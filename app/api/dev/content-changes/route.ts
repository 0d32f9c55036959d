// Development only: a Server-Sent Events stream that says "changed" whenever a file under the
// content folder is saved. `next dev` watches the modules it compiles, not files read with fs, so
// without this an author would reload by hand after every edit (components/author/DevContentReload).
import { watch } from 'node:fs'
import { QUESTIONS_DIR } from '@/lib/content'

export const dynamic = 'force-dynamic'

// Editors save in bursts (write, rename, chmod): one refresh per burst is enough.
const SETTLE_MS = 150

export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== 'development') return new Response('Not found', { status: 404 })
  const encoder = new TextEncoder()
  let close = () => {}
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const watcher = watch(QUESTIONS_DIR, { recursive: true }, (_event, name) => {
        clearTimeout(timer)
        timer = setTimeout(
          () => controller.enqueue(encoder.encode(`data: ${String(name ?? '')}\n\n`)),
          SETTLE_MS,
        )
      })
      close = () => {
        clearTimeout(timer)
        watcher.close()
      }
      request.signal.addEventListener('abort', () => {
        close()
        controller.close()
      })
      controller.enqueue(encoder.encode(': watching content\n\n'))
    },
    cancel: () => close(),
  })
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' },
  })
}
