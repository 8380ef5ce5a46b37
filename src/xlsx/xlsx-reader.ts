/* A read-only, bounded WorkbookHost for .xlsx files (Node): the package read through its ZIP
 * directory one part at a time (zip-entries.ts), each worksheet scanned as a stream of XML text
 * — never a DOM, never the whole part in memory — and only the sheets a call asks about.
 * Tables are trimmed to the last row holding data (a table whose reference runs to row 1048576
 * over 20 rows costs what 20 rows cost); rows, cells and inflated bytes are capped, and going
 * over a cap is a WorkbookError naming the file, the sheet or part and the limit. Values are
 * those the exceljs adapter (xlsx-workbook.ts) gives: cached formula results, date serials
 * through exceljs's rounding, rich text joined, `_xHHHH_` escapes decoded. */
import {
  detectFileFormat,
  unreadableFileMessage,
} from "../core/workbook/file-format";
import {
  parseCell,
  parseRange,
  rangeAddress,
  type Block,
} from "../core/workbook/a1";
import {
  WorkbookError,
  type CellRef,
  type CellValue,
  type RangeData,
  type SheetInfo,
  type TableData,
  type WorkbookHost,
  type WorkbookOp,
} from "../core/workbook/types";
import {
  CORRUPT,
  DEFAULT_READ_LIMITS,
  cellsLimitMessage,
  rowsLimitMessage,
  sharedStringsLimitMessage,
  zipLimitMessage,
  ZipLimitError,
  type ReadLimits,
} from "./limits";
import { ZipEntries, ZipFormatError } from "./zip-entries";

export { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import {
  attr,
  BUILTIN_DATE_FORMATS,
  dateSerial,
  decodeXml,
  inlineText,
  isDateFormat,
  sharedText,
  startTags,
  xmlDecodeAgain,
} from "./xml-text";

/** How to open a workbook file for reading. */
export interface OpenOptions {
  readonly limits?: ReadLimits;
  /** Tables whose sheets are scanned while opening (limits checked there and then). */
  readonly preloadTables?: readonly string[];
  /** Sheets scanned while opening. */
  readonly preloadSheets?: readonly string[];
}

interface TablePart {
  readonly name: string;
  readonly block: Block;
}

interface SheetPart {
  readonly name: string;
  readonly hidden: boolean;
  /** Defined names that refer to the sheet. */
  readonly names: readonly string[];
  /** Its worksheet part; null when the workbook names a part the package lacks. */
  readonly path: string | null;
  readonly tables: readonly TablePart[];
}

/** One row of a scanned sheet: values by 0-based column (holes are empty cells). */
export interface ScannedRow {
  values: CellValue[];
  /** Columns whose cell holds a formula. */
  formulas: number[] | null;
}

export interface ScannedSheet {
  readonly rows: Map<number, ScannedRow>;
  /** Columns stored: [left, right], or null for every column. */
  readonly span: readonly [number, number] | null;
  readonly used: Block | null;
  /** The last row (0-based) holding a stored value; -1 when none. */
  readonly lastRow: number;
  readonly protected: boolean;
}

const EMPTY: readonly CellValue[] = Object.freeze([]);

/** A workbook file read on demand, within `ReadLimits`; it never writes. */
export class XlsxReader implements WorkbookHost {
  readonly kind = "file" as const;
  private readonly scanned = new Map<SheetPart, ScannedSheet>();
  private shared: string[] | null = null;
  private dateStyles: boolean[] | null = null;

  private constructor(
    private readonly zip: ZipEntries,
    private readonly file: string,
    private readonly limits: ReadLimits,
    private readonly sheets: readonly SheetPart[],
    private readonly date1904: boolean,
    private readonly stylesPath: string | null,
    private readonly sharedPath: string | null,
  ) {}

  /** Opens .xlsx bytes: the directory, the workbook part, the relationships and the table
   *  parts (all small) are read now, worksheets when a call needs them. Throws WorkbookError,
   *  in Vietnamese and naming the file (`name`), when the bytes are not a readable workbook. */
  static async open(
    data: ArrayBuffer | Uint8Array,
    name = "đã chọn",
    options: OpenOptions = {},
  ): Promise<XlsxReader> {
    const limits = options.limits ?? DEFAULT_READ_LIMITS;
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const refused = unreadableFileMessage(detectFileFormat(bytes), name);
    if (refused) throw new WorkbookError(refused);
    const reader = await guarded(name, limits, undefined, () => {
      const zip = new ZipEntries(bytes, {
        maxEntryBytes: limits.maxPartBytes,
        maxTotalBytes: limits.maxTotalBytes,
      });
      const pkg = new PackageIndex(zip);
      const book = pkg.officeDocument();
      if (!book) throw new ZipFormatError("no workbook part");
      const bookXml = zip.text(pkg.real(book) as string);
      const bookRels = pkg.rels(book);
      const pr = [...startTags(bookXml, "workbookPr")][0];
      const date1904 = pr !== undefined && attr(pr, "date1904") === "1";
      const defined = [
        ...bookXml.matchAll(
          /<(?:[\w.-]+:)?definedName\b([^>]*)>([^<]*)<\/(?:[\w.-]+:)?definedName>/g,
        ),
      ].map((m) => ({
        name: attr(m[1], "name") ?? "",
        sheets: sheetsOfRef(decodeXml(m[2])).map((x) => x.toLowerCase()),
      }));
      const sheets: SheetPart[] = [];
      for (const tag of startTags(bookXml, "sheet")) {
        const rel = bookRels.get(attr(tag, "r:id") ?? "");
        if (rel && !/\/worksheet$/.test(rel.type)) continue;
        const path = rel ? pkg.real(rel.target) : null;
        const name = attr(tag, "name") ?? "";
        const state = attr(tag, "state");
        sheets.push({
          name,
          hidden: state === "hidden" || state === "veryHidden",
          names: defined
            .filter((d) => d.name && d.sheets.includes(name.toLowerCase()))
            .map((d) => d.name),
          path,
          tables: path ? readTableParts(pkg, path) : [],
        });
      }
      const byType = (type: string) => {
        for (const rel of bookRels.values())
          if (rel.type.endsWith(type)) return pkg.real(rel.target);
        return null;
      };
      return new XlsxReader(
        zip,
        name,
        limits,
        sheets,
        date1904,
        byType("/styles"),
        byType("/sharedStrings"),
      );
    });
    // Sheets read now, so that a file over a limit is refused here rather than halfway
    // through a command.
    const wanted = new Set(
      (options.preloadSheets ?? []).map((n) => n.toLowerCase()),
    );
    for (const t of options.preloadTables ?? []) {
      const found = reader.findTable(t);
      if (found) wanted.add(found.sheet.name.toLowerCase());
    }
    for (const sheet of reader.sheets)
      if (wanted.has(sheet.name.toLowerCase())) await reader.scan(sheet, null);
    return reader;
  }

  async inspect(names?: readonly string[]): Promise<readonly SheetInfo[]> {
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    const out: SheetInfo[] = [];
    for (const sheet of this.sheets) {
      if (wanted && !wanted.has(sheet.name.toLowerCase())) continue;
      const scan = await this.scan(sheet, null);
      out.push({
        name: sheet.name,
        usedRange: scan.used ? rangeAddress(scan.used) : null,
        protected: scan.protected,
        tables: sheet.tables.map((t) => t.name),
        // Present only when there is something to say, as the exceljs adapter gives them.
        ...(sheet.names.length ? { names: sheet.names } : {}),
        ...(sheet.hidden ? { hidden: true as const } : {}),
      });
    }
    return out;
  }

  async readTables(
    names: readonly string[],
  ): Promise<readonly (TableData | null)[]> {
    const found = names.map((name) => this.findTable(name));
    // One scan per sheet, keeping the columns of every table asked for on it.
    const spans = new Map<SheetPart, [number, number]>();
    for (const f of found) {
      if (!f) continue;
      const s = spans.get(f.sheet);
      spans.set(f.sheet, [
        Math.min(s?.[0] ?? Infinity, f.table.block.left),
        Math.max(s?.[1] ?? -1, f.table.block.right),
      ]);
    }
    for (const [sheet, span] of spans) await this.scan(sheet, span);
    return found.map((f) => {
      if (!f) return null;
      const scan = this.scanned.get(f.sheet) as ScannedSheet;
      const b = f.table.block;
      const last = Math.min(b.bottom, Math.max(b.top, scan.lastRow));
      const values: CellValue[][] = [];
      for (let r = b.top; r <= last; r++) values.push(rowValues(scan, r, b));
      const belowRow = scan.rows.get(b.bottom + 1);
      return {
        name: f.table.name,
        sheet: f.sheet.name,
        range: rangeAddress(b),
        header: values[0].map((v) => (v === null ? "" : String(v))),
        rows: values.slice(1),
        below: rowValues(scan, b.bottom + 1, b),
        belowFormulas: Array.from(
          { length: b.right - b.left + 1 },
          (_, i) => belowRow?.formulas?.includes(b.left + i) ?? false,
        ),
      };
    });
  }

  async readRanges(
    refs: readonly { sheet: string; range: string }[],
    options?: { readonly formulas?: boolean },
  ): Promise<readonly RangeData[]> {
    const out: RangeData[] = [];
    for (const ref of refs) {
      const sheet = this.sheet(ref.sheet);
      const b = parseRange(ref.range);
      const scan = await this.scan(sheet, [b.left, b.right]);
      const width = b.right - b.left + 1;
      // Rows past the last one holding data share one empty row: a range reaching row
      // 1048576 costs a pointer per row, not a row of cells.
      const emptyValues: CellValue[] = new Array<CellValue>(width).fill(null);
      const emptyFormulas: boolean[] = new Array<boolean>(width).fill(false);
      const values: CellValue[][] = [];
      const formulas: boolean[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row = r <= scan.lastRow ? scan.rows.get(r) : undefined;
        values.push(row ? rowValues(scan, r, b) : emptyValues);
        if (options?.formulas)
          formulas.push(
            row?.formulas
              ? Array.from({ length: width }, (_, c) =>
                  (row.formulas as number[]).includes(b.left + c),
                )
              : emptyFormulas,
          );
      }
      out.push({
        sheet: sheet.name,
        range: rangeAddress(b),
        values,
        ...(options?.formulas ? { formulas } : {}),
      });
    }
    return out;
  }

  async apply(ops: readonly WorkbookOp[]): Promise<void> {
    if (ops.length === 0) return;
    throw new WorkbookError(
      `Tệp “${this.file}” được mở chỉ để đọc; DVK không ghi gì vào tệp này.`,
    );
  }

  async select(ref: CellRef): Promise<void> {
    throw new WorkbookError(
      `Tệp “${this.file}” được mở chỉ để đọc; không chọn được ô ${ref.cell} ở sheet “${ref.sheet}”.`,
      ref.sheet,
      ref.cell,
    );
  }

  private sheet(name: string): SheetPart {
    const sheet = this.sheets.find(
      (s) => s.name.toLowerCase() === name.toLowerCase(),
    );
    if (!sheet)
      throw new WorkbookError(`Không tìm thấy sheet "${name}".`, name);
    return sheet;
  }

  private findTable(
    name: string,
  ): { sheet: SheetPart; table: TablePart } | null {
    for (const sheet of this.sheets)
      for (const table of sheet.tables)
        if (table.name.toLowerCase() === name.toLowerCase())
          return { sheet, table };
    return null;
  }

  /** The sheet scanned, keeping at least the columns `span` (null: all); scanned again only
   *  when an earlier scan kept fewer columns. */
  private async scan(
    sheet: SheetPart,
    span: readonly [number, number] | null,
  ): Promise<ScannedSheet> {
    const done = this.scanned.get(sheet);
    if (
      done &&
      (done.span === null ||
        (span !== null && done.span[0] <= span[0] && done.span[1] >= span[1]))
    )
      return done;
    const want = done ? null : span;
    const result = sheet.path
      ? await guarded(this.file, this.limits, sheet.name, async () => {
          const shared = this.sharedStrings();
          const dates = this.styles();
          const scanner = new SheetScanner(
            want,
            shared,
            dates,
            this.date1904,
            this.limits,
            () => rowsLimitMessage(this.file, sheet.name, this.limits),
            () => cellsLimitMessage(this.file, sheet.name, this.limits),
          );
          await this.zip.stream(sheet.path as string, (chunk) =>
            scanner.feed(chunk),
          );
          return scanner.finish();
        })
      : {
          rows: new Map(),
          span: null,
          used: null,
          lastRow: -1,
          protected: false,
        };
    this.scanned.set(sheet, result);
    return result;
  }

  private sharedStrings(): readonly string[] {
    if (this.shared) return this.shared;
    const out: string[] = [];
    if (this.sharedPath && this.zip.has(this.sharedPath)) {
      const xml = this.zip.text(this.sharedPath);
      const re =
        /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
      for (let m = re.exec(xml); m; m = re.exec(xml)) {
        if (out.length >= this.limits.maxCells)
          throw new WorkbookError(
            sharedStringsLimitMessage(this.file, this.limits),
          );
        out.push(siText(m[1] ?? ""));
      }
    }
    this.shared = out;
    return out;
  }

  /** For each cell style (`s`), whether exceljs reads its numbers as dates. */
  private styles(): readonly boolean[] {
    if (this.dateStyles) return this.dateStyles;
    const out: boolean[] = [];
    if (this.stylesPath && this.zip.has(this.stylesPath)) {
      const xml = this.zip.text(this.stylesPath);
      const custom = new Map<number, string>();
      for (const tag of startTags(xml, "numFmt"))
        custom.set(
          Number(attr(tag, "numFmtId")),
          attr(tag, "formatCode") ?? "",
        );
      const xfs =
        /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
      if (xfs)
        for (const tag of startTags(xfs[0], "xf")) {
          const id = Number(attr(tag, "numFmtId") ?? 0);
          out.push(
            id !== 0 &&
              (custom.has(id)
                ? isDateFormat(custom.get(id))
                : BUILTIN_DATE_FORMATS.has(id)),
          );
        }
    }
    this.dateStyles = out;
    return out;
  }
}

/** Runs `read`, turning package failures into Vietnamese WorkbookErrors naming the file. */
async function guarded<T>(
  file: string,
  limits: ReadLimits,
  sheet: string | undefined,
  read: () => T | Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    if (e instanceof ZipLimitError)
      throw new WorkbookError(zipLimitMessage(file, e, limits, sheet), sheet);
    throw new WorkbookError(CORRUPT(file), sheet);
  }
}

/** The text of a shared string (`<si>` content): its `<t>` runs joined, phonetic runs left out. */
function siText(inner: string): string {
  // The usual shape, one plain run: "<t>…</t>" holding no other tag.
  if (
    inner.startsWith("<t>") &&
    inner.endsWith("</t>") &&
    inner.indexOf("<", 3) === inner.length - 4
  )
    return sharedText(inner.slice(3, -4));
  if (!inner.includes("<")) return "";
  const body = inner.includes("rPh")
    ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "")
    : inner;
  let text = "";
  const re = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = re.exec(body); m; m = re.exec(body))
    text += sharedText(m[1] ?? "");
  return text;
}

/** The values of row `r` in the columns of `b`. */
function rowValues(scan: ScannedSheet, r: number, b: Block): CellValue[] {
  const row = scan.rows.get(r);
  const values = row?.values ?? EMPTY;
  const out = new Array<CellValue>(b.right - b.left + 1);
  for (let c = b.left; c <= b.right; c++) out[c - b.left] = values[c] ?? null;
  return out;
}

/** The sheet names a reference mentions: "'Kết quả'!$A$1,S!A2" → ["Kết quả", "S"]. */
function sheetsOfRef(ref: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'')+)'!|([^'!,=\s()]+)!/g;
  for (let m = re.exec(ref); m; m = re.exec(ref))
    out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return out;
}

/** Resolving relationships in the package: part names are matched case-insensitively. */
class PackageIndex {
  private readonly lower = new Map<string, string>();

  constructor(readonly zip: ZipEntries) {
    for (const name of zip.entries.keys())
      this.lower.set(name.toLowerCase(), name);
  }

  /** The entry's real name for a part name, or null when the package has no such part. */
  real(part: string): string | null {
    return this.lower.get(part.replace(/^\/+/, "").toLowerCase()) ?? null;
  }

  officeDocument(): string | null {
    for (const rel of this.rels("").values())
      if (rel.type.endsWith("/officeDocument")) return rel.target;
    return this.real("xl/workbook.xml");
  }

  /** The relationships of `part` ("" for the package), by id, targets resolved to part names. */
  rels(part: string): Map<string, { type: string; target: string }> {
    const slash = part.lastIndexOf("/");
    const dir = part.slice(0, slash + 1);
    const relsPath = this.real(`${dir}_rels/${part.slice(slash + 1)}.rels`);
    const out = new Map<string, { type: string; target: string }>();
    if (!relsPath) return out;
    for (const tag of startTags(this.zip.text(relsPath), "Relationship")) {
      if (attr(tag, "TargetMode") === "External") continue;
      const target = attr(tag, "Target") ?? "";
      out.set(attr(tag, "Id") ?? "", {
        type: attr(tag, "Type") ?? "",
        target: resolvePart(dir, target),
      });
    }
    return out;
  }
}

/** A relationship target as a part name: absolute ("/xl/…") or relative to `dir`. */
function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

function readTableParts(pkg: PackageIndex, sheetPath: string): TablePart[] {
  const out: TablePart[] = [];
  for (const rel of pkg.rels(sheetPath).values()) {
    if (!rel.type.endsWith("/table")) continue;
    const path = pkg.real(rel.target);
    if (!path) continue;
    const head = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(pkg.zip.text(path));
    if (!head) continue;
    const tag = head[0];
    const name = attr(tag, "name") ?? attr(tag, "displayName");
    const ref = attr(tag, "ref");
    if (!name || !ref || !ref.includes(":")) continue;
    out.push({ name, block: parseRange(ref) });
  }
  return out;
}

/* ---------------------------------------------------------------------------------------- */

const enum Text {
  None,
  Value,
  Inline,
}

/** The element names the scan acts on (local names: any namespace prefix is dropped). */
const enum Name {
  Other,
  C,
  V,
  T,
  F,
  Is,
  Row,
  RPh,
  SheetData,
  SheetProtection,
  Hyperlink,
  MergeCell,
}

/** Cell types (`t`) read apart; any other type is read as a number. */
const enum CellType {
  Number,
  Shared,
  Str,
  Bool,
  Error,
  Inline,
}

/** A text run with no `>` longer than this is refused (a sheet is not one long text). */
const MAX_PENDING = 64 * 1048576;

/** Whether the bytes at `at` are `word` (ASCII). */
function bytesAre(b: Uint8Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if (b[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** The element name of `len` bytes at `at`. */
function nameOf(b: Uint8Array, at: number, len: number): Name {
  switch (len) {
    case 1:
      switch (b[at]) {
        case 99 /* c */:
          return Name.C;
        case 118 /* v */:
          return Name.V;
        case 116 /* t */:
          return Name.T;
        case 102 /* f */:
          return Name.F;
        default:
          return Name.Other;
      }
    case 2:
      return b[at] === 105 && b[at + 1] === 115 ? Name.Is : Name.Other;
    case 3:
      if (b[at] !== 114 /* r */) return Name.Other;
      if (b[at + 1] === 111 && b[at + 2] === 119) return Name.Row;
      if (b[at + 1] === 80 && b[at + 2] === 104) return Name.RPh;
      return Name.Other;
    case 9:
      if (bytesAre(b, at, "sheetData")) return Name.SheetData;
      if (bytesAre(b, at, "hyperlink")) return Name.Hyperlink;
      if (bytesAre(b, at, "mergeCell")) return Name.MergeCell;
      return Name.Other;
    case 15:
      return bytesAre(b, at, "sheetProtection")
        ? Name.SheetProtection
        : Name.Other;
    default:
      return Name.Other;
  }
}

/** The type a `t` attribute's (decoded) value names. */
function cellTypeOf(t: string): CellType {
  switch (t) {
    case "s":
      return CellType.Shared;
    case "str":
      return CellType.Str;
    case "b":
      return CellType.Bool;
    case "e":
      return CellType.Error;
    case "inlineStr":
      return CellType.Inline;
    default:
      return CellType.Number;
  }
}

/** The number 1 to 15 ASCII digits in [from, to) spell; -1 for anything else. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `parseFloat` of the text in [from, to) when it is a plain decimal (`-?\d*\.?\d*`, 1 to 15
 *  digits): the digits as an exact integer over an exact power of ten, one correctly rounded
 *  division, hence the same double. NaN for any other text (read then by `parseFloat`). */
function plainDecimal(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = b[i] === 45; /* - */
  if (negative) i++;
  let n = 0;
  let count = 0;
  let scale = 1;
  let point = false;
  for (; i < to; i++) {
    const d = b[i] - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      count++;
      if (point) scale *= 10;
    } else if (d === -2 /* . */ && !point) point = true;
    else return NaN;
  }
  if (count < 1 || count > 15) return NaN;
  const v = scale === 1 ? n : n / scale;
  return negative ? -v : v;
}

/**
 * A worksheet's XML fed as bytes (UTF-8), chunk by chunk: cells are read as their tags go by,
 * only the columns kept are stored, and the rows and cells holding data are counted against
 * the limits. Tags are found and the attributes that matter read in place in the bytes; text
 * is decoded only where a value needs it, numbers and shared-string indexes are read straight
 * from their digits. Only a tag or text cut at the end of a chunk is copied, to be read with
 * the next one.
 */
export class SheetScanner {
  /** The bytes after the last `>` fed so far, kept for the next chunk. */
  private pending: Buffer = Buffer.alloc(256);
  private pendingLength = 0;
  private readonly rows = new Map<number, ScannedRow>();
  private inData = false;
  private protected = false;
  private row = -1;
  private rowHasData = false;
  private dataRows = 0;
  private dataCells = 0;
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;
  private lastRow = -1;
  /** The row last stored into, and its index. */
  private stored: ScannedRow | null = null;
  private storedRow = -1;
  // The cell being read.
  private inCell = false;
  private col = -1;
  private type = CellType.Number;
  private style = -1;
  private hasFormula = false;
  /** The value's raw text while it is one run still in the bytes being read. */
  private valueBytes: Buffer | null = null;
  private valueFrom = 0;
  private valueTo = 0;
  /** The value's raw text once decoded (when `valueBytes` is null). */
  private value: string | null = null;
  private inline: string | null = null;
  private text = Text.None;
  private inPhonetic = false;
  // The raw value of the attribute `findAttr` last found.
  private attrFrom = 0;
  private attrTo = 0;
  private readonly hyperlinks: string[] = [];
  private readonly merges: string[] = [];

  constructor(
    private readonly span: readonly [number, number] | null,
    private readonly shared: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
    private readonly limits: ReadLimits,
    private readonly tooManyRows: () => string,
    private readonly tooManyCells: () => string,
  ) {}

  feed(chunk: Buffer): void {
    let from = 0;
    if (this.pendingLength > 0) {
      // The cut tag or text completed up to the chunk's first ">" and read on its own.
      const first = chunk.indexOf(62 /* > */);
      if (first < 0) {
        this.keep(chunk, 0);
        this.checkPending();
        return;
      }
      this.keep(chunk.subarray(0, first + 1), 0);
      const length = this.pendingLength;
      this.pendingLength = 0;
      this.read(this.pending, 0, length);
      from = first + 1;
    }
    const end = chunk.lastIndexOf(62 /* > */) + 1;
    if (end > from) this.read(chunk, from, end);
    this.keep(chunk, Math.max(from, end));
    this.checkPending();
  }

  finish(): ScannedSheet {
    this.endRow();
    this.applyMerges();
    this.applyHyperlinks();
    return {
      rows: this.rows,
      span: this.span,
      used:
        this.bottom < 0
          ? null
          : {
              top: this.top,
              left: this.left,
              bottom: this.bottom,
              right: this.right,
            },
      lastRow: this.lastRow,
      protected: this.protected,
    };
  }

  /** Appends `chunk` from `from` to the pending bytes. */
  private keep(chunk: Buffer, from: number): void {
    const add = chunk.length - from;
    if (add <= 0) return;
    const need = this.pendingLength + add;
    if (need > this.pending.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.pending.length * 2));
      this.pending.copy(grown, 0, 0, this.pendingLength);
      this.pending = grown;
    }
    chunk.copy(this.pending, this.pendingLength, from);
    this.pendingLength = need;
  }

  /** Refuses pending text longer than MAX_PENDING characters (UTF-16 code units). */
  private checkPending(): void {
    if (this.pendingLength <= MAX_PENDING) return;
    let n = 0;
    for (let i = 0; i < this.pendingLength; i++) {
      const c = this.pending[i];
      if (c < 0x80 || c >= 0xc0) n += c >= 0xf0 ? 2 : 1;
    }
    if (n > MAX_PENDING) throw new ZipFormatError("text run too long");
  }

  /** Reads the bytes [i, end) of `b`, whose last byte is a ">". */
  private read(b: Buffer, i: number, end: number): void {
    while (i < end) {
      let lt = i;
      while (lt < end && b[lt] !== 60 /* < */) lt++;
      if (lt > i && this.text !== Text.None) this.onText(b, i, lt);
      if (lt >= end) break;
      // A "<" is followed by a ">" at the latest at end - 1.
      let gt = lt + 1;
      while (b[gt] !== 62 /* > */) gt++;
      this.onTag(b, lt + 1, gt);
      i = gt + 1;
    }
    // A value still cut (its cell ends in a later chunk) is decoded before the bytes go.
    if (this.valueBytes !== null) this.valueText();
  }

  private onText(b: Buffer, from: number, to: number): void {
    if (this.text === Text.Value) {
      if (this.valueBytes === null && this.value === null) {
        this.valueBytes = b;
        this.valueFrom = from;
        this.valueTo = to;
      } else
        this.value = (this.valueText() ?? "") + b.toString("utf8", from, to);
    } else if (this.text === Text.Inline && !this.inPhonetic)
      this.inline = (this.inline ?? "") + b.toString("utf8", from, to);
  }

  /** The value's raw text, decoded from the bytes if still there. */
  private valueText(): string | null {
    if (this.valueBytes !== null) {
      this.value = this.valueBytes.toString(
        "utf8",
        this.valueFrom,
        this.valueTo,
      );
      this.valueBytes = null;
    }
    return this.value;
  }

  /** The tag whose text (without `<` and `>`) is [from, to) of `b`. */
  private onTag(b: Buffer, from: number, to: number): void {
    const first = from < to ? b[from] : -1;
    if (first === 63 /* ? */ || first === 33 /* ! */) return;
    const closing = first === 47; /* / */
    let start = closing ? from + 1 : from;
    let stop = start;
    while (stop < to) {
      const c = b[stop];
      if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
      if (c === 58 /* : */) start = stop + 1;
      stop++;
    }
    const name = nameOf(b, start, stop - start);
    if (name === Name.Other) return;
    const empty = !closing && to > from && b[to - 1] === 47; /* / */
    if (!this.inData) {
      if (closing) return;
      if (name === Name.SheetData) this.inData = !empty;
      else if (name === Name.SheetProtection)
        this.protected = ["1", "true"].includes(
          attr(b.toString("utf8", from, to), "sheet") ?? "",
        );
      else if (name === Name.Hyperlink) {
        const tag = b.toString("utf8", from, to);
        const ref = attr(tag, "ref");
        if (ref && attr(tag, "r:id") !== undefined) this.hyperlinks.push(ref);
      } else if (name === Name.MergeCell) {
        const ref = attr(b.toString("utf8", from, to), "ref");
        if (ref) this.merges.push(ref);
      }
      return;
    }
    if (closing) {
      switch (name) {
        case Name.C:
          this.endCell();
          return;
        case Name.V:
        case Name.T:
        case Name.Is:
          this.text = Text.None;
          return;
        case Name.RPh:
          this.inPhonetic = false;
          return;
        case Name.Row:
          this.endRow();
          return;
        case Name.SheetData:
          this.endRow();
          this.inData = false;
          return;
        default:
          return;
      }
    }
    switch (name) {
      case Name.Row:
        this.endRow();
        this.row = this.rowNumber(b, from, to);
        this.col = -1;
        return;
      case Name.C:
        this.startCell(b, from, to);
        if (empty) this.endCell();
        return;
      case Name.F:
        if (this.inCell) this.hasFormula = true;
        return;
      case Name.V:
        if (this.inCell && !empty) this.text = Text.Value;
        return;
      case Name.T:
        if (this.inCell && !empty) this.text = Text.Inline;
        else if (this.inCell && this.inline === null) this.inline = "";
        return;
      case Name.RPh:
        if (!empty) this.inPhonetic = true;
        return;
      default:
        return;
    }
  }

  /** The 0-based row a `<row>` tag gives: its `r`, else the row after the last one. */
  private rowNumber(b: Buffer, from: number, to: number): number {
    if (!this.findAttr(b, from, to, "r")) return this.row + 1;
    const n = digitsAt(b, this.attrFrom, this.attrTo);
    if (n >= 0) return n - 1;
    const r = this.attrText(b);
    return r ? Number(r) - 1 : this.row + 1;
  }

  /** A `<c>` tag: its position (`r`, else the next column), type and style. */
  private startCell(b: Buffer, from: number, to: number): void {
    if (this.findAttr(b, from, to, "r")) {
      // "A1" to "XFD1048576" read in place; anything else through `parseCell`.
      const at = this.attrFrom;
      const end = this.attrTo;
      let i = at;
      let col = 0;
      while (i < end && i - at < 3) {
        const c = b[i];
        if (c < 65 || c > 90) break;
        col = col * 26 + (c - 64);
        i++;
      }
      const row = i > at ? digitsAt(b, i, end) : -1;
      if (row >= 0 && end - i <= 7) {
        if (row - 1 !== this.row) {
          this.endRow();
          this.row = row - 1;
        }
        this.col = col - 1;
      } else {
        const r = this.attrText(b);
        if (r) {
          const p = parseCell(r);
          if (p.row !== this.row) {
            this.endRow();
            this.row = p.row;
          }
          this.col = p.col;
        } else this.col++;
      }
    } else this.col++;
    this.type = CellType.Number;
    if (this.findAttr(b, from, to, "t")) {
      const at = this.attrFrom;
      const length = this.attrTo - at;
      if (length === 1 && b[at] === 115 /* s */) this.type = CellType.Shared;
      else if (length !== 1 || b[at] !== 110 /* n */)
        this.type = cellTypeOf(this.attrText(b));
    }
    if (this.findAttr(b, from, to, "s")) {
      const n = digitsAt(b, this.attrFrom, this.attrTo);
      this.style = n >= 0 ? n : Number(this.attrText(b));
    } else this.style = -1;
    this.hasFormula = false;
    this.valueBytes = null;
    this.value = null;
    this.inline = null;
    this.inCell = true;
  }

  /**
   * Finds attribute `name` in the tag [from, to) of `b` exactly as `attr` does in the tag's
   * text (a whole name after white space, then `=` and a quote): false where `attr` gives
   * undefined, else true with its raw value at [attrFrom, attrTo).
   */
  private findAttr(b: Buffer, from: number, to: number, name: string): boolean {
    const length = name.length;
    const head = name.charCodeAt(0);
    let at = from;
    for (;;) {
      let i = at;
      for (; i + length <= to; i++)
        if (b[i] === head && (length === 1 || bytesAre(b, i, name))) break;
      if (i + length > to) return false;
      at = i + length;
      if (i === from || at >= to || b[at] !== 61 /* = */) continue;
      const before = b[i - 1];
      if (before !== 32 && before !== 9 && before !== 10 && before !== 13)
        continue;
      const quote = at + 1 < to ? b[at + 1] : -1;
      if (quote !== 34 && quote !== 39) return false;
      let end = at + 2;
      while (end < to && b[end] !== quote) end++;
      if (end >= to) return false;
      this.attrFrom = at + 2;
      this.attrTo = end;
      return true;
    }
  }

  /** The attribute `findAttr` last found, decoded. */
  private attrText(b: Buffer): string {
    return decodeXml(b.toString("utf8", this.attrFrom, this.attrTo));
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.text = Text.None;
    const value = this.cellValue();
    this.valueBytes = null;
    // A formula counts as used even with no cached result, as in exceljs.
    const used = (value !== null && value !== "") || this.hasFormula;
    if (!used) return;
    const r = this.row;
    const c = this.col;
    if (!this.rowHasData) {
      this.rowHasData = true;
      if (++this.dataRows > this.limits.maxRows)
        throw new WorkbookError(this.tooManyRows());
    }
    if (++this.dataCells > this.limits.maxCells)
      throw new WorkbookError(this.tooManyCells());
    if (r < this.top) this.top = r;
    if (r > this.bottom) this.bottom = r;
    if (c < this.left) this.left = c;
    if (c > this.right) this.right = c;
    const span = this.span;
    if (span !== null && (c < span[0] || c > span[1])) return;
    let row = this.stored;
    if (row === null || this.storedRow !== r) {
      row = this.rows.get(r) ?? null;
      if (row === null) {
        row = { values: [], formulas: null };
        this.rows.set(r, row);
      }
      this.stored = row;
      this.storedRow = r;
    }
    row.values[c] = value;
    if (this.hasFormula) (row.formulas ??= []).push(c);
    if (value !== null && value !== "" && r > this.lastRow) this.lastRow = r;
    else if (this.hasFormula && r > this.lastRow) this.lastRow = r;
  }

  private endRow(): void {
    this.rowHasData = false;
  }

  /** The cell's value as the exceljs adapter's `cellValue` gives it. */
  private cellValue(): CellValue {
    const bytes = this.valueBytes;
    const isDate = this.style >= 0 && this.dateStyles[this.style] === true;
    if (this.hasFormula) {
      // A formula's cached result: only text, boolean and error types say what it is;
      // anything else is read as a number.
      if (bytes === null && !this.value) return null;
    } else {
      if (this.type === CellType.Inline)
        return this.inline === null ? null : inlineText(this.inline);
      if (bytes === null && this.value === null) return null;
      if (this.type === CellType.Shared) {
        const i =
          bytes === null ? -1 : digitsAt(bytes, this.valueFrom, this.valueTo);
        const text =
          this.shared[i >= 0 ? i : parseInt(this.valueText() as string, 10)];
        return text === undefined ? null : text;
      }
    }
    switch (this.type) {
      case CellType.Str:
        return xmlDecodeAgain(decodeXml(this.valueText() as string));
      case CellType.Bool:
        return parseInt(this.valueText() as string, 10) !== 0;
      case CellType.Error:
        return decodeXml(this.valueText() as string);
      default: {
        let n =
          bytes === null
            ? NaN
            : plainDecimal(bytes, this.valueFrom, this.valueTo);
        if (n !== n) {
          const t = this.valueText() as string;
          n = parseFloat(this.hasFormula ? t : decodeXml(t));
        }
        return isDate ? dateSerial(n, this.date1904) : n;
      }
    }
  }

  /** exceljs gives every cell of a merged area its top-left cell's value. */
  private applyMerges(): void {
    for (const ref of this.merges) {
      let b: Block;
      try {
        b = parseRange(ref);
      } catch {
        continue;
      }
      const master = this.rows.get(b.top)?.values[b.left];
      if (master === undefined || master === null) continue;
      const area = (b.bottom - b.top + 1) * (b.right - b.left + 1);
      if ((this.dataCells += area - 1) > this.limits.maxCells)
        throw new WorkbookError(this.tooManyCells());
      for (let r = b.top; r <= b.bottom; r++) {
        let row = this.rows.get(r);
        if (!row) {
          row = { values: [], formulas: null };
          this.rows.set(r, row);
        }
        for (let c = b.left; c <= b.right; c++) {
          if (r === b.top && c === b.left) continue;
          if (this.span && (c < this.span[0] || c > this.span[1])) continue;
          row.values[c] = master;
          if (row.formulas) row.formulas = row.formulas.filter((x) => x !== c);
        }
      }
      if (master !== "") {
        this.top = Math.min(this.top, b.top);
        this.left = Math.min(this.left, b.left);
        this.bottom = Math.max(this.bottom, b.bottom);
        this.right = Math.max(this.right, b.right);
        this.lastRow = Math.max(this.lastRow, b.bottom);
      }
    }
  }

  /** exceljs reads a cell with an external hyperlink as the link's text. */
  private applyHyperlinks(): void {
    for (const ref of this.hyperlinks) {
      if (!/^[A-Za-z]{1,3}\d+$/.test(ref)) continue;
      const p = parseCell(ref);
      const row = this.rows.get(p.row);
      if (!row || row.values[p.col] === undefined) continue;
      row.values[p.col] = String(row.values[p.col] ?? "");
      if (row.formulas) row.formulas = row.formulas.filter((x) => x !== p.col);
    }
  }
}
