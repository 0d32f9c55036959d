/** `npm run sim`: the Node entry. Everything else lives in run.ts, which never touches Node. */
import { readFileSync, writeFileSync } from 'node:fs'
import { runCli } from './run'

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFileSync(path, 'utf8'),
  writeBytes: (path, bytes) => writeFileSync(path, bytes),
})
