import "./no-eval";
import { z } from "zod";
import { config } from "zod/v4/core";

test("zod, loaded after no-eval, runs jitless (no new Function under the pane's CSP)", () => {
  expect(config().jitless).toBe(true);
  // A schema still parses (the interpreted path).
  expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
});
