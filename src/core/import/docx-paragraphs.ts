/**
 * The body of a .docx as paragraphs in reading order: text (runs joined, tabs, breaks, the list
 * numbers Word draws), bold / italic (by majority of characters), centred, and tables flattened to
 * one paragraph per row ("cell | cell | …"); text formatted all caps is read in capitals, as it
 * shows. Read through: content controls (w:sdt), hyperlinks,
 * smart tags, custom XML, tracked insertions, field results, text boxes (once: the drawing, not
 * its VML fallback). Left out: tracked deletions and moves away, hidden text, field instructions,
 * a table of contents, content-control placeholder text, footnote bodies, headers and footers.
 * Host-free: jszip and the small XML reader of this folder, no DOM.
 */
import { toRoman } from "../vn/roman";
import JSZip from "jszip";
import { assertZipPackage, ReportImportError } from "./errors";
import {
  childElements,
  firstChild,
  parseXml,
  textOf,
  XmlError,
  type XmlElement,
  type XmlNode,
} from "./xml";
import type { DocxParagraph } from "./types";

// ---- the package -----------------------------------------------------------------------------

const REL_OFFICE_DOCUMENT = "/officeDocument";
const REL_STYLES = "/styles";
const REL_NUMBERING = "/numbering";

/** Relationship type suffix → target part, for the .rels part `path` (relative to `baseDir`). */
async function relationships(
  zip: JSZip,
  path: string,
  baseDir: string,
): Promise<Map<string, string>> {
  const xml = await zip.file(path)?.async("string");
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const rel of childElements(parseXml(xml))) {
    const type = rel.attrs.Type ?? "";
    const target = rel.attrs.Target;
    if (!target || rel.attrs.TargetMode === "External") continue;
    const suffix = type.slice(type.lastIndexOf("/"));
    if (!out.has(suffix)) out.set(suffix, resolvePart(baseDir, target));
  }
  return out;
}

/** "word" + "styles.xml" → "word/styles.xml"; "/word/x.xml" → "word/x.xml"; ".." handled. */
function resolvePart(baseDir: string, target: string): string {
  const parts = (
    target.startsWith("/") ? target.slice(1) : `${baseDir}/${target}`
  ).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

/**
 * Reads the paragraphs of a .docx (bytes of the file).
 * @throws ReportImportError with a Vietnamese message when the bytes are not a readable .docx.
 */
export async function readDocxParagraphs(
  bytes: Uint8Array,
): Promise<DocxParagraph[]> {
  assertZipPackage(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ReportImportError(
      "damaged",
      "Tệp báo cáo bị hỏng (không giải nén được). Hãy mở bằng Word, lưu lại thành .docx rồi thử lại.",
    );
  }
  try {
    const root = await relationships(zip, "_rels/.rels", "");
    const main = root.get(REL_OFFICE_DOCUMENT) ?? "word/document.xml";
    const documentXml = await zip.file(main)?.async("string");
    if (documentXml === undefined) {
      const mimetype = await zip.file("mimetype")?.async("string");
      if (mimetype?.includes("opendocument.text"))
        throw new ReportImportError(
          "odt",
          "Tệp báo cáo là văn bản OpenDocument (.odt). Trong LibreOffice Writer chọn Tệp → Lưu thành → kiểu “Word 2007-365 (.docx)”, rồi dùng tệp .docx vừa lưu.",
        );
      throw new ReportImportError(
        "not-docx",
        "Tệp này là tệp nén nhưng không phải tài liệu Word .docx (không có phần nội dung văn bản).",
      );
    }
    const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/")) : "";
    const file = main.slice(main.lastIndexOf("/") + 1);
    const rels = await relationships(
      zip,
      `${dir ? `${dir}/` : ""}_rels/${file}.rels`,
      dir,
    );
    const stylesXml = await zip
      .file(rels.get(REL_STYLES) ?? "word/styles.xml")
      ?.async("string");
    const numberingXml = await zip
      .file(rels.get(REL_NUMBERING) ?? "word/numbering.xml")
      ?.async("string");
    return paragraphsOfXml(documentXml, stylesXml, numberingXml);
  } catch (e) {
    if (e instanceof XmlError)
      throw new ReportImportError(
        "damaged",
        `Tệp báo cáo bị hỏng (nội dung XML không hợp lệ: ${e.message}). Hãy mở bằng Word, lưu lại thành .docx rồi thử lại.`,
      );
    throw e;
  }
}

/** The paragraphs of word/document.xml, with its styles.xml and numbering.xml when present. */
export function paragraphsOfXml(
  documentXml: string,
  stylesXml?: string,
  numberingXml?: string,
): DocxParagraph[] {
  const doc = parseXml(documentXml);
  const body = firstChild(doc, "w:body");
  if (!body) return [];
  const styles = new Styles(stylesXml ? parseXml(stylesXml) : undefined);
  const numbering = new Numbering(
    numberingXml ? parseXml(numberingXml) : undefined,
    styles,
  );
  const out: DocxParagraph[] = [];
  new BodyReader(styles, numbering).blocks(body.children, out);
  return out;
}

// ---- styles ----------------------------------------------------------------------------------

/** An on/off property (w:b, w:i, w:vanish): undefined when absent. */
function toggle(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs["w:val"];
  return !(v === "0" || v === "false" || v === "off" || v === "none");
}

const val = (el: XmlElement | undefined): string | undefined =>
  el?.attrs["w:val"];

interface RunProps {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly vanish?: boolean;
  /** All caps (w:caps): the reader sees the text in capitals. */
  readonly caps?: boolean;
}

interface StyleProps extends RunProps {
  readonly jc?: string;
  readonly numId?: string;
  readonly ilvl?: number;
}

function runProps(rPr: XmlElement | undefined): RunProps {
  return {
    bold: toggle(firstChild(rPr, "w:b")),
    italic: toggle(firstChild(rPr, "w:i")),
    vanish: toggle(firstChild(rPr, "w:vanish")),
    caps: toggle(firstChild(rPr, "w:caps")),
  };
}

function numPrOf(pPr: XmlElement | undefined): {
  numId?: string;
  ilvl?: number;
} {
  const numPr = firstChild(pPr, "w:numPr");
  if (!numPr) return {};
  const ilvl = val(firstChild(numPr, "w:ilvl"));
  return {
    numId: val(firstChild(numPr, "w:numId")),
    ilvl: ilvl === undefined ? undefined : Number(ilvl) || 0,
  };
}

/** Paragraph and character styles with their basedOn chains resolved. */
class Styles {
  private readonly raw = new Map<
    string,
    { basedOn?: string; props: StyleProps }
  >();
  private readonly resolved = new Map<string, StyleProps>();
  readonly defaultParagraph: string | undefined;
  readonly defaults: StyleProps;

  constructor(root: XmlElement | undefined) {
    let defaultParagraph: string | undefined;
    let defaults: StyleProps = {};
    if (root) {
      const docDefaults = firstChild(root, "w:docDefaults");
      const rPr = firstChild(firstChild(docDefaults, "w:rPrDefault"), "w:rPr");
      const pPr = firstChild(firstChild(docDefaults, "w:pPrDefault"), "w:pPr");
      defaults = { ...runProps(rPr), jc: val(firstChild(pPr, "w:jc")) };
      for (const style of childElements(root, "w:style")) {
        const id = style.attrs["w:styleId"];
        if (!id) continue;
        const type = style.attrs["w:type"] ?? "paragraph";
        const pPr = firstChild(style, "w:pPr");
        this.raw.set(`${type}:${id}`, {
          basedOn: val(firstChild(style, "w:basedOn")),
          props: {
            ...runProps(firstChild(style, "w:rPr")),
            jc: val(firstChild(pPr, "w:jc")),
            ...numPrOf(pPr),
          },
        });
        const isDefault = style.attrs["w:default"];
        if (type === "paragraph" && (isDefault === "1" || isDefault === "true"))
          defaultParagraph = id;
      }
    }
    this.defaultParagraph = defaultParagraph;
    this.defaults = defaults;
  }

  /** The properties of a style (type "paragraph" or "character"), its chain merged. */
  style(type: string, id: string | undefined): StyleProps {
    if (id === undefined) return {};
    const key = `${type}:${id}`;
    const done = this.resolved.get(key);
    if (done) return done;
    this.resolved.set(key, {}); // cycle guard
    const entry = this.raw.get(key);
    let props: StyleProps = {};
    if (entry) {
      const base =
        entry.basedOn && entry.basedOn !== id
          ? this.style(type, entry.basedOn)
          : {};
      props = merge(base, entry.props);
    }
    this.resolved.set(key, props);
    return props;
  }

  /** The numbering of a paragraph style, for abstract numberings linked through a style. */
  numberingOfStyle(id: string): string | undefined {
    return this.style("paragraph", id).numId;
  }
}

/** `over` wins where it says something. */
function merge(base: StyleProps, over: StyleProps): StyleProps {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = v;
  return out as StyleProps;
}

// ---- list numbering --------------------------------------------------------------------------

interface LevelDef {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: string;
  readonly legal: boolean;
}

function levelDef(lvl: XmlElement): LevelDef {
  const start = Number(val(firstChild(lvl, "w:start")) ?? "1");
  const suff = val(firstChild(lvl, "w:suff"));
  return {
    start: Number.isFinite(start) ? start : 1,
    format: val(firstChild(lvl, "w:numFmt")) ?? "decimal",
    text: val(firstChild(lvl, "w:lvlText")) ?? "",
    // Word follows the label with a tab (default) or a space; either reads as one space.
    suffix: suff === "nothing" ? "" : " ",
    legal: toggle(firstChild(lvl, "w:isLgl")) ?? false,
  };
}

const levelsOf = (el: XmlElement): Map<number, LevelDef> =>
  new Map(
    childElements(el, "w:lvl").map((l) => [
      Number(l.attrs["w:ilvl"] ?? "0"),
      levelDef(l),
    ]),
  );

function letters(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** The bullet a list level draws, as text: dashes and pluses as such, symbol-font glyphs "•". */
function bulletGlyph(text: string): string {
  const c = text.trim();
  if (c === "") return "";
  let code = c.codePointAt(0)!;
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000; // Symbol / Wingdings private use
  const ch = String.fromCodePoint(code);
  if ("-–—−‐".includes(ch)) return "-";
  if (ch === "+") return "+";
  if ("•·○◦▪■►➢✓❖*".includes(ch)) return ch === "·" ? "•" : ch;
  return "•";
}

/** Word's list counters: one set per abstract numbering (lists sharing it continue each other),
 *  a level's counter restarting whenever a higher level counts on. */
class Numbering {
  private readonly abstracts = new Map<string, XmlElement>();
  private readonly nums = new Map<
    string,
    {
      readonly abstractId: string;
      readonly starts: Map<number, number>;
      readonly levels: Map<number, LevelDef>;
    }
  >();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    if (!root) return;
    for (const a of childElements(root, "w:abstractNum"))
      this.abstracts.set(a.attrs["w:abstractNumId"] ?? "", a);
    for (const num of childElements(root, "w:num")) {
      const starts = new Map<number, number>();
      const levels = new Map<number, LevelDef>();
      for (const o of childElements(num, "w:lvlOverride")) {
        const ilvl = Number(o.attrs["w:ilvl"] ?? "0");
        const start = val(firstChild(o, "w:startOverride"));
        if (start !== undefined) starts.set(ilvl, Number(start) || 0);
        const lvl = firstChild(o, "w:lvl");
        if (lvl) levels.set(ilvl, levelDef(lvl));
      }
      this.nums.set(num.attrs["w:numId"] ?? "", {
        abstractId: val(firstChild(num, "w:abstractNumId")) ?? "",
        starts,
        levels,
      });
    }
  }

  /** The levels of an abstract numbering, following w:numStyleLink once. */
  private levels(abstractId: string, depth = 0): Map<number, LevelDef> {
    const a = this.abstracts.get(abstractId);
    if (!a) return new Map();
    const own = levelsOf(a);
    const link = val(firstChild(a, "w:numStyleLink"));
    if (own.size === 0 && link && depth < 3) {
      const numId = this.styles.numberingOfStyle(link);
      const num = numId === undefined ? undefined : this.nums.get(numId);
      if (num) return this.levels(num.abstractId, depth + 1);
    }
    return own;
  }

  /** The label Word draws for the next paragraph of list `numId` at `ilvl` ("II.", "1.2.", "-"
   *  followed by its tab or space), or "" when none. */
  label(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    if (!num) return "";
    const levels = this.levels(num.abstractId);
    const def = (k: number) => num.levels.get(k) ?? levels.get(k);
    const own = def(ilvl);
    if (!own) return "";
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    const startKey = `${numId}:${ilvl}`;
    const override = num.starts.get(ilvl);
    counters[ilvl] =
      override !== undefined && !this.started.has(startKey)
        ? override
        : (counters[ilvl] ?? own.start - 1) + 1;
    this.started.add(startKey);
    counters.length = ilvl + 1;
    if (own.format === "bullet") {
      const glyph = bulletGlyph(own.text);
      return glyph === "" ? "" : glyph + own.suffix;
    }
    const text = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const level = def(k);
      const n = counters[k] ?? level?.start ?? 1;
      return formatNumber(
        n,
        own.legal && k < ilvl ? "decimal" : (level?.format ?? "decimal"),
      );
    });
    return text === "" ? "" : text + own.suffix;
  }
}

// ---- the body --------------------------------------------------------------------------------

/** Characters of a paragraph, counted for its majority formatting. */
class Accumulator {
  text = "";
  letters = 0;
  bold = 0;
  italic = 0;

  add(text: string, bold: boolean, italic: boolean): void {
    this.text += text;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 160) count++;
    }
    this.letters += count;
    if (bold) this.bold += count;
    if (italic) this.italic += count;
  }
}

interface Field {
  instruction: string;
  phase: "instruction" | "result";
}

/** Symbol-font characters worth keeping as text (w:sym). */
function symbolText(code: string | undefined): string {
  if (!code) return "";
  let c = parseInt(code, 16);
  if (!Number.isFinite(c)) return "";
  if (c >= 0xf000 && c <= 0xf0ff) c -= 0xf000;
  if (c === 0x2d) return "-";
  if (c === 0x2b) return "+";
  if (c === 0xb7 || c === 0xa7) return "•";
  return "";
}

/** The branch of mc:AlternateContent to read: the first Choice, else the Fallback. */
function chosen(alt: XmlElement): readonly XmlNode[] {
  return (
    firstChild(alt, "mc:Choice")?.children ??
    firstChild(alt, "mc:Fallback")?.children ??
    []
  );
}

/** Whether a content control shows its placeholder (its text is a prompt, not content). */
function showsPlaceholder(sdt: XmlElement): boolean {
  return (
    toggle(firstChild(firstChild(sdt, "w:sdtPr"), "w:showingPlcHdr")) === true
  );
}

/** The w:txbxContent elements inside a drawing or picture (one branch of each alternative). */
function textBoxes(el: XmlElement, out: XmlElement[]): void {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:txbxContent") out.push(c);
    else if (c.name === "mc:AlternateContent") {
      for (const n of chosen(c))
        if (typeof n !== "string") {
          if (n.name === "w:txbxContent") out.push(n);
          else textBoxes(n, out);
        }
    } else textBoxes(c, out);
  }
}

/** Elements read through as if their children stood in their place. */
const TRANSPARENT_INLINE = new Set([
  "w:hyperlink",
  "w:smartTag",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
]);
const TRANSPARENT_BLOCK = new Set([
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
]);

class BodyReader {
  private readonly fields: Field[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  blocks(nodes: readonly XmlNode[], out: DocxParagraph[]): void {
    for (const n of nodes) {
      if (typeof n === "string") continue;
      if (n.name === "w:p") this.paragraph(n, out);
      else if (n.name === "w:tbl") this.table(n, out);
      else if (n.name === "w:sdt") {
        if (!showsPlaceholder(n))
          this.blocks(firstChild(n, "w:sdtContent")?.children ?? [], out);
      } else if (n.name === "mc:AlternateContent") this.blocks(chosen(n), out);
      else if (TRANSPARENT_BLOCK.has(n.name)) this.blocks(n.children, out);
    }
  }

  private paragraph(p: XmlElement, out: DocxParagraph[]): void {
    const pPr = firstChild(p, "w:pPr");
    const styleId =
      val(firstChild(pPr, "w:pStyle")) ?? this.styles.defaultParagraph;
    const style = this.styles.style("paragraph", styleId);
    const jc =
      val(firstChild(pPr, "w:jc")) ?? style.jc ?? this.styles.defaults.jc;
    const own = numPrOf(pPr);
    const numId = own.numId ?? style.numId;
    const ilvl = own.ilvl ?? (own.numId === undefined ? style.ilvl : 0) ?? 0;
    const acc = new Accumulator();
    const boxes: DocxParagraph[] = [];
    this.inline(p.children, style, acc, boxes);
    const label =
      numId !== undefined && numId !== "0"
        ? this.numbering.label(numId, ilvl)
        : "";
    out.push(...boxes);
    out.push({
      text: (label + acc.text).normalize("NFC"),
      bold: acc.letters > 0 && acc.bold * 2 > acc.letters,
      italic: acc.letters > 0 && acc.italic * 2 > acc.letters,
      centered: jc === "center",
    });
  }

  private inline(
    nodes: readonly XmlNode[],
    style: StyleProps,
    acc: Accumulator,
    boxes: DocxParagraph[],
  ): void {
    for (const n of nodes) {
      if (typeof n === "string") continue;
      if (n.name === "w:r") this.run(n, style, acc, boxes);
      else if (TRANSPARENT_INLINE.has(n.name))
        this.inline(n.children, style, acc, boxes);
      else if (n.name === "w:sdt") {
        if (!showsPlaceholder(n))
          this.inline(
            firstChild(n, "w:sdtContent")?.children ?? [],
            style,
            acc,
            boxes,
          );
      } else if (n.name === "mc:AlternateContent")
        this.inline(chosen(n), style, acc, boxes);
      else if (n.name === "m:oMathPara" || n.name === "m:oMath")
        acc.add(mathText(n), false, false);
    }
  }

  /** Inside a field's instruction, or inside the result of a table of contents. */
  private skippingFieldText(): boolean {
    for (const f of this.fields)
      if (f.phase === "instruction" || /^\s*TOC\b/i.test(f.instruction))
        return true;
    return false;
  }

  private run(
    r: XmlElement,
    style: StyleProps,
    acc: Accumulator,
    boxes: DocxParagraph[],
  ): void {
    const rPr = firstChild(r, "w:rPr");
    const props = runProps(rPr);
    const charStyle = this.styles.style(
      "character",
      val(firstChild(rPr, "w:rStyle")),
    );
    const d = this.styles.defaults;
    if (props.vanish ?? charStyle.vanish ?? style.vanish ?? d.vanish) return;
    const bold = props.bold ?? charStyle.bold ?? style.bold ?? d.bold ?? false;
    const italic =
      props.italic ?? charStyle.italic ?? style.italic ?? d.italic ?? false;
    const caps = props.caps ?? charStyle.caps ?? style.caps ?? d.caps ?? false;
    for (const c of r.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:t":
          if (!this.skippingFieldText())
            acc.add(caps ? textOf(c).toUpperCase() : textOf(c), bold, italic);
          break;
        case "w:tab":
        case "w:ptab":
          if (!this.skippingFieldText()) acc.add("\t", bold, italic);
          break;
        case "w:br":
        case "w:cr":
          if (!this.skippingFieldText()) acc.add("\n", bold, italic);
          break;
        case "w:noBreakHyphen":
          acc.add("-", bold, italic);
          break;
        case "w:sym":
          acc.add(symbolText(c.attrs["w:char"]), bold, italic);
          break;
        case "w:fldChar": {
          const type = c.attrs["w:fldCharType"];
          if (type === "begin")
            this.fields.push({ instruction: "", phase: "instruction" });
          else if (type === "separate" && this.fields.length > 0)
            this.fields[this.fields.length - 1].phase = "result";
          else if (type === "end") this.fields.pop();
          break;
        }
        case "w:instrText":
          if (this.fields.length > 0)
            this.fields[this.fields.length - 1].instruction += textOf(c);
          break;
        case "w:drawing":
        case "w:pict":
        case "w:object":
        case "mc:AlternateContent": {
          const found: XmlElement[] = [];
          if (c.name === "mc:AlternateContent")
            textBoxes({ name: "", attrs: {}, children: chosen(c) }, found);
          else textBoxes(c, found);
          for (const box of found) this.blocks(box.children, boxes);
          break;
        }
      }
    }
  }

  private table(tbl: XmlElement, out: DocxParagraph[]): void {
    const rows: DocxParagraph[][][] = [];
    for (const tr of rowsOf(tbl)) {
      const cells: DocxParagraph[][] = [];
      for (const tc of cellsOf(tr)) {
        const inner: DocxParagraph[] = [];
        this.blocks(tc.children, inner);
        cells.push(inner);
      }
      rows.push(cells);
    }
    if (rows.every((cells) => cells.length <= 1)) {
      // A one-column table is layout (a framed box, the whole body in a cell): plain paragraphs.
      for (const cells of rows) for (const c of cells) out.push(...c);
      return;
    }
    for (const cells of rows) {
      const texts = cells.map((ps) =>
        ps
          .map((p) => p.text.trim())
          .filter((t) => t !== "")
          .join("\n"),
      );
      while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
      if (texts.length === 0) continue;
      const all = cells.flat();
      const weight = (p: DocxParagraph) => p.text.trim().length;
      const total = all.reduce((s, p) => s + weight(p), 0);
      const share = (f: (p: DocxParagraph) => boolean) =>
        total > 0 &&
        all.filter(f).reduce((s, p) => s + weight(p), 0) * 2 > total;
      out.push({
        text: texts.map((t) => t.replace(/\s*\n\s*/g, " ")).join(" | "),
        bold: share((p) => p.bold),
        italic: share((p) => p.italic),
        centered: share((p) => p.centered),
        cells: texts,
      });
    }
  }
}

/** Rows of a table, read through content controls and custom XML around them. */
function rowsOf(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === "w:tr") out.push(c);
    else if (c.name === "w:sdt")
      out.push(...rowsOf(firstChild(c, "w:sdtContent") ?? c));
    else if (c.name === "w:customXml" || c.name === "w:ins")
      out.push(...rowsOf(c));
  }
  return out;
}

/** Cells of a row, read through content controls and custom XML around them. */
function cellsOf(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === "w:tc") out.push(c);
    else if (c.name === "w:sdt")
      out.push(...cellsOf(firstChild(c, "w:sdtContent") ?? c));
    else if (c.name === "w:customXml") out.push(...cellsOf(c));
  }
  return out;
}

/** The text of an equation (its m:t runs). */
function mathText(el: XmlElement): string {
  let s = "";
  for (const c of el.children) {
    if (typeof c === "string") continue;
    s += c.name === "m:t" ? textOf(c) : mathText(c);
  }
  return s;
}
