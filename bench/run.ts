/* `npm run bench`: prints figures and ratios (never pass/fail). */
import { benchBundle } from "./bundle.bench";

async function main(): Promise<void> {
  console.log(`DVK benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  await benchBundle();
  const optional: [string, string][] = [["./vn.bench", "benchVn"]];
  for (const [mod, fn] of optional) {
    const m = (await import(mod)) as Record<string, () => Promise<void>>;
    await m[fn]();
  }
}

void main();
