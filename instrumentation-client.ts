// Runs in the browser before the app's own modules (Next's client instrumentation hook).
import { z } from 'zod'

// Zod 4 compiles object parsers with `new Function` when it may, deciding when each schema is
// created. The site's Content-Security-Policy has no 'unsafe-eval' (issue 17), so even Zod's
// feature probe is blocked and reported as a violation; this selects its interpreted parsers
// before any schema exists. Parsing stays correct, only the JIT fast path goes.
z.config({ jitless: true })
