/* The corpus of real-shaped workbooks (test/fixtures/corpus/, README there): the product opens
 * each, checks it and drafts every report; the findings must be exactly the ones written down by
 * hand in expected.ts (none missed, no false alarm), the figures of record the expected ones, and
 * every figure a draft prints the workbook's figure — or visibly marked when the workbook
 * contradicts itself; a missing figure is a prompt, never a number. A table of the results, one
 * line per workbook, is printed at the end. No Office, LibreOffice or Python is needed: the
 * fixtures are committed. */
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCase, type CorpusSource } from "../../scripts/corpus/case";
import { CORPUS_FILES } from "../../scripts/corpus/cases";
import { dumpWorkbook, type WorkbookDump } from "../../scripts/corpus/dump";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { EXPECTED, type ExpectedWorkbook } from "../fixtures/corpus/expected";
import {
  compareRun,
  corpusTable,
  describeResult,
  type CorpusResult,
} from "../support/corpus-compare";
import { runCorpusFile } from "../support/corpus-run";

const DIR = join(__dirname, "..", "fixtures", "corpus");
const results = new Map<string, CorpusResult>();

beforeAll(async () => {
  for (const e of EXPECTED) {
    const path = join(DIR, e.file);
    if (!existsSync(path)) continue;
    results.set(
      e.file,
      compareRun(e, await runCorpusFile(e.file, readFileSync(path))),
    );
  }
}, 120_000);

afterAll(() => {
  const all = [...results.values()];
  const details = all
    .map((r) => ({ file: r.file, lines: describeResult(r) }))
    .filter((x) => x.lines.length)
    .map((x) => `${x.file}\n${x.lines.map((l) => `  - ${l}`).join("\n")}`);
  console.log(
    [
      "Corpus (test/fixtures/corpus): findings expected / found / missed / false alarms / wrong severity; figures of record that differ; draft figures that differ from the workbook with no visible mark",
      corpusTable(all),
      ...(details.length ? ["", ...details] : []),
    ].join("\n"),
  );
});

describe("corpus files", () => {
  test("every generated file exists and has its expectations", () => {
    const generated = CORPUS_FILES.map((f) => f.file).sort();
    expect(EXPECTED.map((e) => e.file).sort()).toEqual(generated);
    expect(generated.filter((f) => !existsSync(join(DIR, f)))).toEqual([]);
  });

  test("the generator is deterministic: two builds of every case hold the same cells, and no date of today", async () => {
    const sources = [
      ...new Set(CORPUS_FILES.map((f) => f.source)),
    ] as CorpusSource[];
    const today = (Date.now() - Date.UTC(1899, 11, 30)) / 86_400_000;
    for (const source of sources) {
      const first = await dumpWorkbook(await buildCase(source));
      const second = await dumpWorkbook(await buildCase(source));
      expect({ case: source.name, cells: second }).toEqual({
        case: source.name,
        cells: first,
      });
      const recent = first.sheets.flatMap((s) =>
        s.cells
          .filter(
            (c) =>
              typeof c.value === "number" &&
              /[dy]/.test(c.numFmt ?? "") &&
              Math.abs(c.value - today) < 3,
          )
          .map((c) => `${s.name} R${c.row}C${c.col}`),
      );
      expect({ case: source.name, recent }).toEqual({
        case: source.name,
        recent: [],
      });
    }
  }, 120_000);

  test("committed exceljs fixtures match their generator (else regenerate: npx tsx scripts/corpus/make-corpus.ts)", async () => {
    const stale: string[] = [];
    for (const f of CORPUS_FILES.filter((x) => x.writer === "exceljs")) {
      const path = join(DIR, f.file);
      if (!existsSync(path)) continue;
      const committed = await XlsxWorkbook.load(ExcelJS, readFileSync(path));
      const fresh = await XlsxWorkbook.load(
        ExcelJS,
        await (await buildCase(f.source)).toBuffer(),
      );
      if (!sameCells(await dumpWorkbook(committed), await dumpWorkbook(fresh)))
        stale.push(f.file);
    }
    // The product's templates move on; a stale fixture is still a real workbook, so this only
    // warns. Regenerate, then review expected.ts.
    if (stale.length)
      console.warn(
        `Corpus fixtures built from older templates (regenerate and review expected.ts): ${stale.join(", ")}`,
      );
  }, 120_000);
});

function sameCells(a: WorkbookDump, b: WorkbookDump): boolean {
  const text = (d: WorkbookDump) =>
    JSON.stringify(
      d.sheets.map((s) => [
        s.name,
        s.tables,
        s.cells.map((c) => [c.row, c.col, c.value, c.formula]),
      ]),
    );
  return text(a) === text(b);
}

describe.each(EXPECTED.map((e): [string, ExpectedWorkbook] => [e.file, e]))(
  "%s",
  (file) => {
    const result = () => {
      const r = results.get(file);
      if (!r)
        throw new Error(
          `${file} is missing: npx tsx scripts/corpus/make-corpus.ts`,
        );
      return r;
    };

    test("opens", () => {
      expect(result().loadError).toBeNull();
    });

    test("findings: none missed, no false alarm, the right severity", () => {
      const r = result();
      expect(
        describeResult({ ...r, figures: [], drafts: [] }).filter(
          (l) => !l.startsWith("does not open"),
        ),
      ).toEqual([]);
    });

    test("figures of record (reportFigures)", () => {
      const r = result();
      expect(
        describeResult({
          ...r,
          findings: NO_FINDINGS,
          drafts: [],
          loadError: null,
        }),
      ).toEqual([]);
    });

    test("drafts: every linked figure is the workbook's, marked iff it conflicts; a missing one is a prompt", () => {
      const r = result();
      expect(
        describeResult({
          ...r,
          findings: NO_FINDINGS,
          figures: [],
          loadError: null,
        }),
      ).toEqual([]);
    });
  },
);

const NO_FINDINGS: CorpusResult["findings"] = {
  missed: [],
  falseAlarms: [],
  wrongSeverity: [],
};
