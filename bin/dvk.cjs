#!/usr/bin/env node
/* `dvk`: the prebuilt JavaScript in dist-cli/ (made by `npm install`'s prepare script and by
 * `npm test`), so it starts as fast as node itself; the TypeScript sources through tsx when that
 * build is missing or older than any source it was made from (a developer's edit), so `dvk`
 * never runs stale code. */
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");

function prebuilt() {
  if (process.env.DVK_FROM_SOURCES) return null;
  try {
    const { builtAt, inputs } = JSON.parse(
      readFileSync(join(root, "dist-cli", "sources.json"), "utf8"),
    );
    for (const f of inputs)
      if (statSync(join(root, f)).mtimeMs > builtAt) return null;
    return join(root, "dist-cli", "main.js");
  } catch {
    return null;
  }
}

const built = prebuilt();
if (!built) require("tsx/cjs");
const { main } = require(built || "../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // A fault in dvk itself: a Vietnamese sentence first; the technical text, kept apart, for
    // whoever fixes it (the stack only with DVK_DEBUG=1).
    console.error(
      "Lỗi bên trong dvk (không phải do tệp của bạn); không tệp nào bị thay đổi. Hãy gửi dòng “Chi tiết kỹ thuật” dưới đây cho người phát triển.",
    );
    const detail = err && err.message ? err.message : String(err);
    console.error(
      `Chi tiết kỹ thuật: ${process.env.DVK_DEBUG && err && err.stack ? err.stack : detail}`,
    );
    process.exitCode = 4;
  },
);
