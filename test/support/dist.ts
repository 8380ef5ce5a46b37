import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts");

/** dist/ must have been built (`npm test` builds it first; alone: `npm run build`). */
export function requireDist(): string {
  if (
    !existsSync(join(DIST, "taskpane.html")) ||
    !existsSync(join(DIST, "functions.json"))
  )
    throw new Error(
      "dist/ is missing: run `npm run build` first (npm test does it).",
    );
  return DIST;
}

export function artifactsDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}
