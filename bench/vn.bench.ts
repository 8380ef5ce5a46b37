/* Vietnamese numbers: DVK.DOCSO against read-vietnamese-number on the same 1,000,000 integers,
 * DVK.TONG over 100,000 mixed cells, DVK.SO parses per second.
 * Run alone: npx tsx bench/vn.bench.ts (or npm run bench for every benchmark). */
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { docSo } from "../src/core/functions/docso";
import { so } from "../src/core/functions/so";
import { tong } from "../src/core/functions/tong";
import { readVnNumber } from "../src/core/vn/read-number";
import { report, section, time } from "./harness";

/** Deterministic pseudo-random integers of mixed magnitudes (1 to ~10^12), xorshift32. */
function integers(n: number): number[] {
  let x = 0x2545f491;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () =>
    Math.floor(next() * 10 ** (1 + Math.floor(next() * 12))),
  );
}

/** Uses a reading as a caller would (reading a character makes V8 flatten a concatenated
 *  string, work a caller pays for), the same for both libraries. */
const lastCode = (s: string) => s.charCodeAt(s.length - 1);

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");

/** The texts an accountant's column holds, with the plain numbers around them. */
const TEXTS = [
  "2.300",
  "18,4",
  "1.234.567,89",
  "36 triệu",
  "250 tr",
  "1.000đ",
  "(1.000)",
  "500 nghìn",
  "18,4 triệu đồng",
  "1 234 567",
];

export async function benchVn(): Promise<void> {
  section("DOCSO: amounts in words (1,000,000 integers, same run)");
  const nums = integers(1_000_000);
  const strings = nums.map(String);
  const config = new ReadingConfig();
  config.unit = ["đồng"];
  config.oddText = "linh";
  config.units = config.units.map((u) => u.map((w) => (w === "tỉ" ? "tỷ" : w)));
  // Same words? (a sample, so the race is fair: both read đồng, linh, tỷ)
  let same = 0;
  for (let i = 0; i < 2000; i++) {
    const ours = readVnNumber(nums[i]);
    if (ours.ok && ours.text.toLowerCase() === doReadNumber(strings[i], config))
      same++;
  }
  let sink = 0;
  const ours = await time(
    "dvk",
    () => {
      for (let i = 0; i < nums.length; i++)
        sink += lastCode(docSo(nums[i]) as string);
    },
    5,
    1,
  );
  const peer = await time(
    "read-vietnamese-number",
    () => {
      for (let i = 0; i < strings.length; i++)
        sink += lastCode(doReadNumber(strings[i], config));
    },
    5,
    1,
  );
  const oursRate = nums.length / (ours.medianMs / 1000);
  const peerRate = nums.length / (peer.medianMs / 1000);
  report("DVK.DOCSO readings / s", fmt(oursRate));
  report("read-vietnamese-number readings / s (đồng, linh, tỷ)", fmt(peerRate));
  report(
    "ratio DVK / read-vietnamese-number",
    `${(oursRate / peerRate).toFixed(1)}×`,
    "≥ 4×",
  );
  report("same words on a 2,000-number sample (case aside)", `${same}/2000`);

  section(
    "DVK.TONG over a 100,000-cell range (mixed numbers and Vietnamese texts)",
  );
  const range = Array.from({ length: 100_000 }, (_, i) => [
    i % 3 === 0
      ? TEXTS[i % TEXTS.length]
      : i % 7 === 0
        ? null
        : (i * 37) % 100_000,
  ]);
  const t = await time(
    "tong",
    () => {
      sink += tong([range]);
    },
    21,
    3,
  );
  report("DVK.TONG median", `${t.medianMs.toFixed(2)} ms`, "< 20 ms");
  report("DVK.TONG best", `${t.minMs.toFixed(2)} ms`);

  section("DVK.SO parses");
  const inputs = Array.from(
    { length: 200_000 },
    (_, i) => TEXTS[i % TEXTS.length],
  );
  const p = await time(
    "so",
    () => {
      for (let i = 0; i < inputs.length; i++) sink += so(inputs[i]) as number;
    },
    7,
    1,
  );
  report(
    "DVK.SO parses / s (Vietnamese texts)",
    fmt(inputs.length / (p.medianMs / 1000)),
  );
  if (sink === 42) console.log("");
}

// `npx tsx bench/vn.bench.ts` runs it alone (tsx runs this file as CommonJS).
if (
  typeof require !== "undefined" &&
  typeof module !== "undefined" &&
  require.main === module
)
  void benchVn();
