/* `dvk` start-up: each command as a person runs it (a new process), side by side with a bare
 * `node -e ""` in the same run; the prebuilt JavaScript (dist-cli/, what `npm install` builds)
 * against the TypeScript sources through tsx (how dvk started before, DVK_FROM_SOURCES=1). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { report, section } from "./harness";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "dvk.cjs");

/** Median wall time (ms) of `runs` runs of `node args` (after one warm-up run). */
function median(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  runs = 7,
): number {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, {
      stdio: "ignore",
      env: { ...process.env, ...env },
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) throw r.error;
    if (i > 0) samples.push(ms); // the first run warms the disk cache
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function benchCli(): Promise<void> {
  section(
    "dvk start-up: a new process per call, against a bare node (median of 7)",
  );
  const dir = mkdtempSync(join(tmpdir(), "dvk-bench-cli-"));
  try {
    const sample = join(dir, "mau.xlsx");
    spawnSync(process.execPath, [BIN, "mau", sample, "--du-lieu-mau"], {
      stdio: "ignore",
    });
    const bare = median(["-e", ""]);
    report('node -e ""', `${bare.toFixed(0)} ms`);
    const cases: [string, string[], number][] = [
      ["dvk --version", ["--version"], 2],
      ["dvk ham DOCSO 332400000", ["ham", "DOCSO", "332400000"], 2],
      ["dvk kiem-tra (sample workbook)", ["kiem-tra", sample], 4],
    ];
    for (const [label, args, goal] of cases) {
      const built = median([BIN, ...args]);
      const sources = median([BIN, ...args], { DVK_FROM_SOURCES: "1" });
      const ratio = built / bare;
      report(
        `${label}`,
        `${built.toFixed(0)} ms ${ratio.toFixed(1)}×`,
        `≤ ${goal}× bare node: ${ratio <= goal ? "met" : "NOT met"}`,
      );
      report(
        `  same from the sources (tsx), as before`,
        `${sources.toFixed(0)} ms ${(sources / bare).toFixed(1)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
