// Runs in the browser before the app's own modules (Next's client instrumentation hook).
//
// Zod 4 compiles object parsers with `new Function` when it may, deciding when each schema is
// created. The site's Content-Security-Policy has no 'unsafe-eval' (issue 17), so even Zod's
// feature probe is blocked and reported as a violation; `jitless` selects its interpreted parsers.
// Parsing stays correct, only the JIT fast path goes.
//
// Zod keeps its global config on globalThis.__zod_globalConfig and adopts an object already there.
// Setting it directly, rather than calling z.config(), keeps Zod out of pages that never parse
// anything: importing even zod/v4/core costs every page's first load ~5 KiB gzip (31 KiB for `z`).
// lib/http/zod-jitless.test.ts checks that Zod still honours this object.
import { ZOD_JITLESS } from './lib/http/zod-jitless'

ZOD_JITLESS.apply(globalThis)
