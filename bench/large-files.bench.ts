/* Large and hostile .xlsx files through the real CLI (child processes started as package.json's
 * `bin` does), side by side with LibreOffice converting the same file to CSV: wall time and
 * peak RSS (`/usr/bin/time -f "%e %M"`). The files are generated once, deterministically, in a
 * temporary folder: a 200,000-row donation ledger (our templates through `insertTemplates` on
 * XlsxWorkbook, then the "Sổ tài trợ" table filled row by row as sheet XML), the 36 KB
 * workbook whose table reference runs to row 1048576, 10 M cells in an unused sheet, and a zip
 * bomb of 400 MiB of sheet XML. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";
import { insertTemplates } from "../src/core/sheets/insert";
import { XlsxWorkbook } from "../src/xlsx/xlsx-workbook";
import { report, section } from "./harness";

const ROOT = join(__dirname, "..");
const DIR = join(tmpdir(), "dvk-bench-large-v2");
const LEDGER_ROWS = 200_000;

/* ---- a small ZIP writer: entries deflated as streams, so 400 MiB never sits in memory ---- */

type Chunks = () => Iterable<string | Buffer>;

async function writeZip(
  path: string,
  entries: readonly { name: string; data: Buffer | Chunks }[],
): Promise<void> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const deflate = createDeflateRaw({ level: 6 });
    const out: Buffer[] = [];
    deflate.on("data", (b: Buffer) => out.push(b));
    const ended = new Promise((done) => deflate.on("end", done));
    let crc = 0;
    let size = 0;
    const source =
      typeof entry.data === "function" ? entry.data() : [entry.data];
    for (const piece of source) {
      const b = typeof piece === "string" ? Buffer.from(piece) : piece;
      crc = crc32(b, crc);
      size += b.length;
      if (!deflate.write(b))
        await new Promise((done) => deflate.once("drain", done));
    }
    deflate.end();
    await ended;
    const body = Buffer.concat(out);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...parts, cd, end]));
}

/* ---- the files ---- */

/** The sample workbook of our templates, as exceljs writes it, entry by entry. */
async function templateEntries(): Promise<Map<string, Buffer>> {
  const wb = XlsxWorkbook.create(ExcelJS);
  await insertTemplates(wb, { level: "th-thcs", sample: true });
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files))
    if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

/** Which sheet part and table part hold the ledger, found by the table's name. */
function ledgerParts(entries: Map<string, Buffer>): {
  sheet: string;
  table: string;
} {
  const table = [...entries.keys()].find(
    (n) =>
      n.startsWith("xl/tables/") &&
      entries.get(n)!.toString().includes('name="tblDonations"'),
  )!;
  const base = table.slice(table.lastIndexOf("/") + 1);
  const rels = [...entries.keys()].find(
    (n) =>
      n.startsWith("xl/worksheets/_rels/") &&
      entries.get(n)!.toString().includes(`tables/${base}"`),
  )!;
  return {
    sheet: `xl/worksheets/${rels.slice(rels.lastIndexOf("/") + 1, -".rels".length)}`,
    table,
  };
}

/** A deterministic pseudo-random sequence (LCG). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The 200,000-row ledger: the template's title and header rows kept, its body replaced. */
async function writeLedger(
  path: string,
  entries: Map<string, Buffer>,
): Promise<void> {
  const { sheet, table } = ledgerParts(entries);
  const xml = entries.get(sheet)!.toString();
  const sst = entries.get("xl/sharedStrings.xml")!.toString();
  const strings: string[] = [];
  const index = new Map<string, number>();
  const base = Number(/uniqueCount="(\d+)"/.exec(sst)![1]);
  const str = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = base + strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const next = random(20261202);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const family = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
  ];
  const middle = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thu"];
  const given = [
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Hà",
    "Hải",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Tâm",
    "Trang",
    "Tuấn",
    "Yến",
  ];
  const firms = [
    "Công ty TNHH Thành Đạt",
    "Bảo Việt",
    "Hội cha mẹ học sinh",
    "Ngân hàng Agribank chi nhánh huyện",
    "Nhóm Ươm mầm tương lai TP.HCM",
    "HTX Nông nghiệp Tân Phú",
    "Công ty CP Sữa Việt Nam",
  ];
  const donors = Array.from({ length: 400 }, (_, i) =>
    i < firms.length
      ? firms[i]
      : `${pick(family)} ${pick(middle)} ${pick(given)}`,
  );
  const collectors = [
    "Ban vận động",
    "GVCN lớp 6A",
    "GVCN lớp 7B",
    "Công đoàn trường",
    "Đoàn thanh niên",
  ];
  const purposes = [
    "Học sinh nghèo",
    "Quỹ khuyến học",
    "Sửa chữa phòng học",
    "Trung thu cho em",
    "Học bổng vượt khó",
  ];
  const kinds = [
    "Học phẩm",
    "Tiền mặt hỗ trợ",
    "Xe đạp",
    "Áo ấm",
    "Sách giáo khoa",
  ];
  const goods = [
    ["Quyển tập", "quyển", 8000],
    ["Bộ sách giáo khoa", "bộ", 180000],
    ["Xe đạp", "chiếc", 1500000],
    ["Áo ấm", "cái", 150000],
  ] as const;
  const rows = function* (): Generator<string> {
    const head = xml.slice(
      0,
      xml.indexOf("<sheetData>") + "<sheetData>".length,
    );
    yield head.replace(
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:O${LEDGER_ROWS + 3}"/>`,
    );
    const kept = xml.match(/<row r="[123]"[\s\S]*?<\/row>/g)!;
    yield kept.join("");
    for (let i = 0; i < LEDGER_ROWS; i++) {
      const r = i + 4;
      const form = next();
      const inKind = form < 0.2;
      const cash = !inKind && form < 0.6;
      const cells: string[] = [
        `<c r="A${r}" s="8"><v>${i + 1}</v></c>`,
        `<c r="B${r}" s="5"><v>${44927 + Math.floor((i / LEDGER_ROWS) * 340)}</v></c>`,
        `<c r="C${r}" s="3" t="s"><v>${str(pick(donors))}</v></c>`,
      ];
      if (next() < 0.3)
        cells.push(
          `<c r="D${r}" s="3" t="s"><v>${str(`09${String(Math.floor(next() * 1e8)).padStart(8, "0")}`)}</v></c>`,
        );
      cells.push(
        `<c r="E${r}" s="3" t="s"><v>${str(pick(collectors))}</v></c>`,
        `<c r="F${r}" s="3" t="s"><v>${str(inKind ? "Hiện vật" : cash ? "Tiền mặt" : "Chuyển khoản")}</v></c>`,
      );
      if (inKind) {
        const [what, unit, price] = pick(goods);
        const qty = 1 + Math.floor(next() * 60);
        cells.push(
          `<c r="G${r}" s="3" t="s"><v>${str(what)}</v></c>`,
          `<c r="H${r}" s="3" t="s"><v>${str(unit)}</v></c>`,
          `<c r="I${r}" s="13"><v>${qty}</v></c>`,
          `<c r="J${r}" s="8"><v>${price}</v></c>`,
          `<c r="K${r}" s="8"><f>IF(AND(ISNUMBER(I${r}),ISNUMBER(J${r})),I${r}*J${r},"")</f><v>${qty * price}</v></c>`,
        );
      } else {
        cells.push(
          `<c r="G${r}" s="3" t="s"><v>${str(pick(purposes))}</v></c>`,
        );
        const amount = (1 + Math.floor(next() * 200)) * 50_000;
        cells.push(
          next() < 0.005
            ? `<c r="K${r}" s="3" t="s"><v>${str(`${amount / 1e6} triệu`.replace(".", ","))}</v></c>`
            : `<c r="K${r}" s="8"><v>${amount}</v></c>`,
        );
      }
      cells.push(
        `<c r="L${r}" s="3" t="s"><v>${str(pick(purposes))}</v></c>`,
        `<c r="M${r}" s="3" t="s"><v>${str(pick(kinds))}</v></c>`,
      );
      if (cash || next() < 0.5)
        cells.push(
          `<c r="N${r}" s="3" t="s"><v>${str(`PT${String(i + 1).padStart(6, "0")}`)}</v></c>`,
        );
      yield `<row r="${r}" spans="1:15">${cells.join("")}</row>`;
    }
    const tail = xml.slice(xml.indexOf("</sheetData>"));
    yield tail.replace(
      /sqref="F(\d+):F\d+"/g,
      `sqref="F$1:F${LEDGER_ROWS + 3}"`,
    );
  };
  // The sheet is generated first: the shared strings it adds are known afterwards.
  const sheetChunks: string[] = [...rows()];
  const sstOut = sst
    .replace(/count="\d+"/, `count="${base + strings.length}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${base + strings.length}"`)
    .replace(
      "</sst>",
      `${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`,
    );
  const ref = `A3:O${LEDGER_ROWS + 3}`;
  await writeZip(
    path,
    [...entries].map(([name, data]) => ({
      name,
      data:
        name === sheet
          ? () => sheetChunks
          : name === "xl/sharedStrings.xml"
            ? Buffer.from(sstOut)
            : name === table
              ? Buffer.from(
                  data.toString().replace(/ref="A3:O\d+"/g, `ref="${ref}"`),
                )
              : data,
    })),
  );
}

/** The sample workbook, its ledger table's reference run to row 1048576. */
async function writeTallRef(path: string, entries: Map<string, Buffer>) {
  const { table } = ledgerParts(entries);
  await writeZip(
    path,
    [...entries].map(([name, data]) => ({
      name,
      data:
        name === table
          ? Buffer.from(
              data.toString().replace(/ref="A3:O\d+"/g, 'ref="A3:O1048576"'),
            )
          : data,
    })),
  );
}

/** The sample workbook with one more sheet ("Nháp") of `rows` × 10 numbers, or — `bomb` — the
 *  ledger sheet padded with 400 MiB of empty styled cells. */
async function writeExtra(
  path: string,
  entries: Map<string, Buffer>,
  kind: "unused" | "bomb",
): Promise<void> {
  const out = new Map(entries);
  const { sheet } = ledgerParts(entries);
  if (kind === "unused") {
    const part = "xl/worksheets/sheet99.xml";
    out.set(
      "xl/workbook.xml",
      Buffer.from(
        entries
          .get("xl/workbook.xml")!
          .toString()
          .replace(
            "</sheets>",
            '<sheet sheetId="99" name="Nháp" state="visible" r:id="rId99"/></sheets>',
          ),
      ),
    );
    out.set(
      "xl/_rels/workbook.xml.rels",
      Buffer.from(
        entries
          .get("xl/_rels/workbook.xml.rels")!
          .toString()
          .replace(
            "</Relationships>",
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
          ),
      ),
    );
    out.set(
      "[Content_Types].xml",
      Buffer.from(
        entries
          .get("[Content_Types].xml")!
          .toString()
          .replace(
            "</Types>",
            '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
          ),
      ),
    );
    const cols = "ABCDEFGHIJ";
    await writeZip(path, [
      ...[...out].map(([name, data]) => ({ name, data })),
      {
        name: part,
        data: function* () {
          yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
          for (let r = 1; r <= 1_000_000; r++) {
            let row = `<row r="${r}">`;
            for (let c = 0; c < 10; c++)
              row += `<c r="${cols[c]}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
            yield `${row}</row>`;
          }
          yield "</sheetData></worksheet>";
        },
      },
    ]);
    return;
  }
  const xml = entries.get(sheet)!.toString();
  const cut = xml.indexOf("</sheetData>");
  await writeZip(
    path,
    [...out].map(([name, data]) => ({
      name,
      data:
        name === sheet
          ? function* () {
              yield xml.slice(0, cut);
              const row = (r: number) =>
                `<row r="${r}">${'<c s="3"/>'.repeat(1000)}</row>`;
              const size = row(100_000).length;
              for (let r = 100_000; (r - 100_000) * size < 400 * 2 ** 20; r++)
                yield row(r);
              yield xml.slice(cut);
            }
          : data,
    })),
  );
}

/* ---- measuring ---- */

interface Run {
  readonly seconds: number;
  readonly mb: number;
  readonly code: number | null;
  readonly message: string;
}

function measure(command: string, args: readonly string[]): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], {
    cwd: DIR,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const lines = r.stderr.trim().split("\n");
  const [seconds, kb] = lines.at(-1)!.split(" ").map(Number);
  return {
    seconds,
    mb: kb / 1024,
    code: r.status,
    message:
      lines.slice(0, -1).filter((l) => !/^Command exited/.test(l))[0] ?? "",
  };
}

const dvk = (...args: string[]) =>
  measure(process.execPath, [join(ROOT, "bin", "dvk.cjs"), ...args]);

function soffice(file: string): Run {
  const profile = mkdtempSync(join(tmpdir(), "dvk-lo-profile-"));
  const out = mkdtempSync(join(tmpdir(), "dvk-lo-csv-"));
  try {
    return measure("soffice", [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "csv",
      "--outdir",
      out,
      file,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

const fig = (r: Run) => `${r.seconds.toFixed(1)} s ${Math.round(r.mb)} MB`;
const met = (ok: boolean) => (ok ? "met" : "NOT met");

export async function benchLargeFiles(): Promise<void> {
  section(
    "Large and hostile workbooks: dvk (child process) vs LibreOffice headless → CSV",
  );
  if (!existsSync("/usr/bin/time")) {
    report("skipped: /usr/bin/time not found", "–");
    return;
  }
  mkdirSync(DIR, { recursive: true });
  const files = {
    ledger: join(DIR, "so-tai-tro-200000.xlsx"),
    tall: join(DIR, "bang-den-dong-1048576.xlsx"),
    unused: join(DIR, "10-trieu-o-sheet-nhap.xlsx"),
    bomb: join(DIR, "bom-nen-400MiB.xlsx"),
  };
  if (Object.values(files).some((f) => !existsSync(f))) {
    const t0 = Date.now();
    const entries = await templateEntries();
    if (!existsSync(files.ledger)) await writeLedger(files.ledger, entries);
    if (!existsSync(files.tall)) await writeTallRef(files.tall, entries);
    if (!existsSync(files.unused))
      await writeExtra(files.unused, entries, "unused");
    if (!existsSync(files.bomb)) await writeExtra(files.bomb, entries, "bomb");
    report(
      "files generated (once, in " + DIR + ")",
      `${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const size = (f: string) => `${(statSync(f).size / 2 ** 20).toFixed(1)} MB`;
  report(
    `ledger: ${LEDGER_ROWS.toLocaleString("en")} rows, file size`,
    size(files.ledger),
  );

  const lo = soffice(files.ledger);
  report("LibreOffice --convert-to csv, ledger", fig(lo));
  const check = dvk("kiem-tra", files.ledger);
  report(
    `dvk kiem-tra, ledger (exit ${check.code})`,
    fig(check),
    "< 600 MB, ≥ 3× faster than LibreOffice",
  );
  const draft = dvk(
    "bao-cao",
    files.ledger,
    "--loai",
    "so-ket",
    "-o",
    join(DIR, "so-ket.docx"),
    "--ghi-de",
  );
  report(
    `dvk bao-cao --loai so-ket, ledger (exit ${draft.code})`,
    fig(draft),
    "< 600 MB, ≥ 3× faster than LibreOffice",
  );
  report(
    "ratio LibreOffice / kiem-tra (time)",
    `${(lo.seconds / check.seconds).toFixed(1)}×`,
  );
  report(
    "ratio LibreOffice / bao-cao (time)",
    `${(lo.seconds / draft.seconds).toFixed(1)}×`,
  );
  const ledgerOk = (r: Run) => r.mb < 600 && lo.seconds / r.seconds >= 3;
  report(
    "target kiem-tra: < 600 MB and ≥ 3× LibreOffice",
    met(ledgerOk(check)),
  );
  report("target bao-cao: < 600 MB and ≥ 3× LibreOffice", met(ledgerOk(draft)));

  report("table reference to row 1048576: file size", size(files.tall));
  const tall = dvk("kiem-tra", files.tall);
  report(
    `dvk kiem-tra, table ref to row 1048576 (exit ${tall.code})`,
    fig(tall),
    "< 5 s, < 400 MB",
  );
  report(
    "target table ref: < 5 s and < 400 MB",
    met(tall.seconds < 5 && tall.mb < 400),
  );

  for (const [label, file] of [
    ["10 M cells in an unused sheet", files.unused],
    ["zip bomb, 400 MiB of sheet XML", files.bomb],
  ] as const) {
    report(`${label}: file size`, size(file));
    // nhap-bao-cao loads the workbook whole with exceljs to write into it: the checked path.
    // (The draft imported is the one bao-cao wrote above.)
    for (const args of [
      ["kiem-tra", file],
      ["nhap-bao-cao", join(DIR, "so-ket.docx"), file],
    ]) {
      const r = dvk(...args);
      report(`dvk ${args[0]}, ${label} (exit ${r.code})`, fig(r));
      if (r.message) console.log(`      ${r.message.slice(0, 220)}`);
      report(
        `  bounded (< 600 MB, no crash)`,
        met(r.mb < 600 && r.code !== null && r.code < 3),
      );
    }
  }
}
