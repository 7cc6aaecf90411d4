/**
 * Zod probes for `new Function` when it builds its first object schema, to speed parsing up with
 * generated code. Under our CSP (no 'unsafe-eval') the probe fails anyway, but Chromium still reports
 * a `securitypolicyviolation`. Turning JIT off skips the probe; parsing behaves the same. Imported
 * first by main.tsx, before any schema module is evaluated.
 */
import { z } from 'zod'

z.config({ jitless: true })
