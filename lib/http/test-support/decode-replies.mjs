// Test harness: decodes replies with the React server decoder Next itself uses, so the tests of
// flight-reply.ts can prove "accepted ⇒ decodable". Needs `node --conditions=react-server`.
// stdin: JSON [{ parts: [[name, text | { blob: text }]] }]; stdout: JSON ['ok' | 'error: …'].
import server from 'next/dist/compiled/react-server-dom-webpack/server.node.js'

const { createTemporaryReferenceSet, decodeReply } = server

async function decode(parts) {
  const form = new FormData()
  for (const [name, value] of parts)
    form.append(name, typeof value === 'string' ? value : new Blob([value.blob]))
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 1000))
  try {
    await Promise.race([
      decodeReply(form, {}, { temporaryReferences: createTemporaryReferenceSet() }),
      timeout,
    ])
    return 'ok'
  } catch (error) {
    return `error: ${error.message}`
  }
}

let input = ''
process.stdin.on('data', (chunk) => (input += chunk))
process.stdin.on('end', async () => {
  const results = []
  for (const { parts } of JSON.parse(input)) results.push(await decode(parts))
  process.stdout.write(JSON.stringify(results))
})
