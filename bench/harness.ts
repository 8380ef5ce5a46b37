/** Tiny benchmark harness: figures printed, never asserted. */
export interface Timing {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

/** Runs `fn` `warmup` times, then `runs` times, and returns the median and minimum wall time (ms). */
export async function time(
  name: string,
  fn: () => unknown | Promise<unknown>,
  runs = 7,
  warmup = 2,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    name,
    medianMs: samples[Math.floor(samples.length / 2)],
    minMs: samples[0],
    runs,
  };
}

/** Prints one figure line: `label  value unit  (goal …)`. */
export function report(label: string, value: string, goal?: string): void {
  console.log(
    `  ${label.padEnd(58)} ${value.padStart(16)}${goal ? `   (goal ${goal})` : ""}`,
  );
}

/** Prints a section heading. */
export function section(title: string): void {
  console.log(`\n## ${title}`);
}
