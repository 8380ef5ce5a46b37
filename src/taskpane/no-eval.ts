/* Imported first by the pane's entry: zod compiles a fast parser for each object schema with
 * `new Function` unless told not to, and the pages' Content-Security-Policy has no
 * 'unsafe-eval' — even the probe zod makes (caught) would be reported as a violation. Must run
 * before any schema is created, hence its own module with nothing else imported.
 *
 * zod keeps its configuration on `globalThis.__zod_globalConfig` (shared by every copy of zod,
 * taken over when already there), so `jitless` is set without importing zod: the pane's first
 * chunk carries none of it, and the chunks holding schemas load later, already configured.
 * no-eval.test.ts checks that zod reads it. */
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, {
  jitless: true,
});

export {};
