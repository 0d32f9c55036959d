/**
 * The floor each page is measured against: a minimal static HTML page with the same title, heading
 * and TL;DR (the first paragraph after the h1: a question's summary), system fonts, no script. The
 * ratio of a page's LCP to its twin's, taken in the same round, cancels most of the machine's
 * load and leaves what the page itself costs (issue #16).
 */
import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Title, h1 and the paragraph after it, as text; empty strings when the page has none. */
export function extractTwin(html: string): { title: string; heading: string; tldr: string } {
  const title = textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)
  const heading = textOf(h1?.[1] ?? '')
  const after = h1 ? html.slice(h1.index + h1[0].length) : html
  const tldr = textOf(/<p[^>]*>([\s\S]*?)<\/p>/.exec(after)?.[1] ?? '')
  return { title, heading, tldr }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function twinHtml({ title, heading, tldr }: ReturnType<typeof extractTwin>): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;line-height:1.5}</style>
</head><body><main><h1>${escape(heading)}</h1><p>${escape(tldr)}</p></main></body></html>`
}

/** Serves `pages` (path → HTML) on a port the OS picks; resolves with its base URL. */
export async function serveTwins(
  pages: ReadonlyMap<string, string>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '')
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(body ?? 'not found')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
