#!/usr/bin/env node
/* `dvk` runs the TypeScript sources directly through tsx (a dependency), so the CLI works right
 * after `npm install` on a fresh clone, with no build step. */
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

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
