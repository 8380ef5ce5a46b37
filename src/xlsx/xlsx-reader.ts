/* A read-only, bounded WorkbookHost for .xlsx files (Node): the package read through its ZIP
 * directory one part at a time (zip-entries.ts), each worksheet scanned as a stream of XML text
 * — never a DOM, never the whole part in memory — and only the sheets a call asks about.
 * Tables are trimmed to the last row holding data (a table whose reference runs to row 1048576
 * over 20 rows costs what 20 rows cost); rows, cells and inflated bytes are capped, and going
 * over a cap is a WorkbookError naming the file, the sheet or part and the limit. Values are
 * those the exceljs adapter (xlsx-workbook.ts) gives: cached formula results, date serials
 * through exceljs's rounding, rich text joined, `_xHHHH_` escapes decoded. */
import { StringDecoder } from "node:string_decoder";
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
interface ScannedRow {
  values: CellValue[];
  /** Columns whose cell holds a formula. */
  formulas: number[] | null;
}

interface ScannedSheet {
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
          const decoder = new StringDecoder("utf8");
          await this.zip.stream(sheet.path as string, (chunk) =>
            scanner.feed(decoder.write(chunk)),
          );
          scanner.feed(decoder.end());
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

/**
 * A worksheet's XML fed as text, chunk by chunk: cells are read as their tags go by, only the
 * columns kept are stored, and the rows and cells holding data are counted against the limits.
 */
class SheetScanner {
  private pending = "";
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
  // The cell being read.
  private inCell = false;
  private col = -1;
  private type = "";
  private style = -1;
  private hasFormula = false;
  private value: string | null = null;
  private inline: string | null = null;
  private text = Text.None;
  private inPhonetic = false;
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

  feed(text: string): void {
    const s = this.pending + text;
    const end = s.lastIndexOf(">") + 1;
    this.pending = s.slice(end);
    if (this.pending.length > 64 * 1048576)
      throw new ZipFormatError("text run too long");
    let i = 0;
    while (i < end) {
      const lt = s.indexOf("<", i);
      if (lt < 0 || lt >= end) {
        this.onText(s, i, end);
        break;
      }
      if (lt > i) this.onText(s, i, lt);
      const gt = s.indexOf(">", lt);
      this.onTag(s.slice(lt + 1, gt));
      i = gt + 1;
    }
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

  private onText(s: string, from: number, to: number): void {
    if (this.text === Text.Value)
      this.value = (this.value ?? "") + s.slice(from, to);
    else if (this.text === Text.Inline && !this.inPhonetic)
      this.inline = (this.inline ?? "") + s.slice(from, to);
  }

  private onTag(tag: string): void {
    const closing = tag.charCodeAt(0) === 47; /* / */
    if (tag.charCodeAt(0) === 63 /* ? */ || tag.charCodeAt(0) === 33 /* ! */)
      return;
    let start = closing ? 1 : 0;
    let stop = start;
    while (stop < tag.length) {
      const c = tag.charCodeAt(stop);
      if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
      if (c === 58 /* : */) start = stop + 1;
      stop++;
    }
    const name = tag.slice(start, stop);
    const empty = !closing && tag.charCodeAt(tag.length - 1) === 47;
    if (!this.inData) {
      if (closing) return;
      if (name === "sheetData") this.inData = !empty;
      else if (name === "sheetProtection")
        this.protected = ["1", "true"].includes(attr(tag, "sheet") ?? "");
      else if (name === "hyperlink") {
        const ref = attr(tag, "ref");
        if (ref && attr(tag, "r:id") !== undefined) this.hyperlinks.push(ref);
      } else if (name === "mergeCell") {
        const ref = attr(tag, "ref");
        if (ref) this.merges.push(ref);
      }
      return;
    }
    if (closing) {
      switch (name) {
        case "c":
          this.endCell();
          return;
        case "v":
        case "t":
          this.text = Text.None;
          return;
        case "is":
          this.text = Text.None;
          return;
        case "rPh":
          this.inPhonetic = false;
          return;
        case "row":
          this.endRow();
          return;
        case "sheetData":
          this.endRow();
          this.inData = false;
          return;
        default:
          return;
      }
    }
    switch (name) {
      case "row": {
        this.endRow();
        const r = attr(tag, "r");
        this.row = r ? Number(r) - 1 : this.row + 1;
        this.col = -1;
        return;
      }
      case "c": {
        const r = attr(tag, "r");
        if (r) {
          const p = parseCell(r);
          if (p.row !== this.row) {
            this.endRow();
            this.row = p.row;
          }
          this.col = p.col;
        } else this.col++;
        this.type = attr(tag, "t") ?? "";
        const s = attr(tag, "s");
        this.style = s === undefined ? -1 : Number(s);
        this.hasFormula = false;
        this.value = null;
        this.inline = null;
        this.inCell = true;
        if (empty) this.endCell();
        return;
      }
      case "f":
        if (this.inCell) this.hasFormula = true;
        return;
      case "v":
        if (this.inCell && !empty) this.text = Text.Value;
        return;
      case "t":
        if (this.inCell && !empty) this.text = Text.Inline;
        else if (this.inCell && this.inline === null) this.inline = "";
        return;
      case "rPh":
        if (!empty) this.inPhonetic = true;
        return;
      default:
        return;
    }
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.text = Text.None;
    const value = this.cellValue();
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
    if (this.span && (c < this.span[0] || c > this.span[1])) return;
    let row = this.rows.get(r);
    if (!row) {
      row = { values: [], formulas: null };
      this.rows.set(r, row);
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
    const v = this.value;
    const isDate = this.style >= 0 && this.dateStyles[this.style] === true;
    if (this.hasFormula) {
      if (!v) return null;
      switch (this.type) {
        case "str":
          return xmlDecodeAgain(decodeXml(v));
        case "b":
          return parseInt(v, 10) !== 0;
        case "e":
          return decodeXml(v);
        default: {
          const n = parseFloat(v);
          return isDate ? dateSerial(n, this.date1904) : n;
        }
      }
    }
    if (this.type === "inlineStr")
      return this.inline === null ? null : inlineText(this.inline);
    if (v === null) return null;
    switch (this.type) {
      case "s": {
        const text = this.shared[parseInt(v, 10)];
        return text === undefined ? null : text;
      }
      case "str":
        return xmlDecodeAgain(decodeXml(v));
      case "b":
        return parseInt(v, 10) !== 0;
      case "e":
        return decodeXml(v);
      default: {
        const n = parseFloat(decodeXml(v));
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
