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
    console.error(`Lỗi không mong muốn: ${err && err.stack ? err.stack : err}`);
    process.exitCode = 2;
  },
);
