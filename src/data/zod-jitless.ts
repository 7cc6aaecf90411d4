/**
 * Zod probes for `new Function` when it builds its first object schema, to speed parsing up with
 * generated code. Under our CSP (no 'unsafe-eval') the probe fails anyway, but Chromium still reports
 * a `securitypolicyviolation`. Turning JIT off skips the probe; parsing behaves the same. Imported
 * first by src/data/schema.ts, so it runs before any schema is built wherever the schemas load (the
 * dataset worker, the notes, charts code, the build, the tests).
 */
import { z } from 'zod'

z.config({ jitless: true })
