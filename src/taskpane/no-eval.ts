/* Imported first by the pane's entry: zod compiles a fast parser for each object schema with
 * `new Function` unless told not to, and the pages' Content-Security-Policy has no
 * 'unsafe-eval' — even the probe zod makes (caught) would be reported as a violation. Must run
 * before any schema is created, hence its own module with nothing else imported. */
import { config } from "zod/v4/core";

config({ jitless: true });
