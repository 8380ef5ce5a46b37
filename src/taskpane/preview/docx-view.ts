/* What the preview's Word document shows: the body of a .docx (word/document.xml) as paragraphs
 * and tables of runs, keeping which runs are linked figures (content controls tagged dvk:<key>),
 * so the preview can draw the draft and refresh its figures the way Word does. */
import { FIELD_TAG_PREFIX } from "../../core/report/fields";

export interface ViewRun {
  text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly highlight?: boolean;
  /** The data key of a linked figure (the content control's tag without "dvk:"). */
  readonly field?: string;
}

export type ViewBlock =
  | {
      readonly kind: "paragraph";
      readonly align: "left" | "center" | "right" | "justify";
      readonly runs: ViewRun[];
    }
  | {
      readonly kind: "table";
      readonly bordered: boolean;
      readonly rows: ViewBlock[][][];
    };

/** The XML parsing the view needs (the browser's DOMParser, or @xmldom/xmldom in tests). */
export interface XmlParser {
  parseFromString(xml: string, type: "application/xml" | "text/xml"): Document;
}

/** Element children of a node with the given qualified name ("w:p"). */
function children(node: Node, name?: string): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (!name || c.nodeName === name))
      out.push(c as Element);
  return out;
}

const child = (node: Node, name: string): Element | undefined =>
  children(node, name)[0];
const val = (node: Element | undefined) => node?.getAttribute("w:val") ?? null;

/** A toggle property (w:b, w:i) is on when present and not "false"/"0". */
const on = (props: Element | undefined, name: string) => {
  const p = props && child(props, name);
  return Boolean(p) && !["false", "0"].includes(val(p) ?? "");
};

function runText(r: Element): string {
  let text = "";
  for (const c of children(r)) {
    if (c.nodeName === "w:t") text += c.textContent ?? "";
    else if (c.nodeName === "w:tab") text += "\t";
    else if (c.nodeName === "w:br") text += "\n";
  }
  return text;
}

function inlineRuns(parent: Element, field?: string): ViewRun[] {
  const out: ViewRun[] = [];
  for (const c of children(parent)) {
    if (c.nodeName === "w:r") {
      const props = child(c, "w:rPr");
      const text = runText(c);
      if (text)
        out.push({
          text,
          bold: on(props, "w:b"),
          italic: on(props, "w:i"),
          highlight: Boolean(props && child(props, "w:highlight")),
          field,
        });
    } else if (c.nodeName === "w:sdt") {
      const tag = val(child(child(c, "w:sdtPr") ?? c, "w:tag"));
      const key = tag?.startsWith(FIELD_TAG_PREFIX)
        ? tag.slice(FIELD_TAG_PREFIX.length)
        : field;
      const content = child(c, "w:sdtContent");
      if (!content) continue;
      const runs = inlineRuns(content, key);
      // One linked figure is one run, as Word's content control holds one text.
      if (key && runs.length > 1)
        out.push({ ...runs[0], text: runs.map((r) => r.text).join("") });
      else out.push(...runs);
    } else if (
      c.nodeName === "w:hyperlink" ||
      c.nodeName === "w:ins" ||
      c.nodeName === "w:smartTag"
    ) {
      out.push(...inlineRuns(c, field));
    }
  }
  return out;
}

function paragraph(p: Element): ViewBlock {
  const jc = val(child(child(p, "w:pPr") ?? p, "w:jc"));
  const align =
    jc === "center"
      ? "center"
      : jc === "right" || jc === "end"
        ? "right"
        : jc === "both"
          ? "justify"
          : "left";
  return { kind: "paragraph", align, runs: inlineRuns(p) };
}

function table(t: Element): ViewBlock {
  const borders = child(child(t, "w:tblPr") ?? t, "w:tblBorders");
  const bordered =
    !borders ||
    children(borders).some((b) => !["none", "nil"].includes(val(b) ?? ""));
  return {
    kind: "table",
    bordered,
    rows: children(t, "w:tr").map((tr) =>
      children(tr, "w:tc").map((tc) => bodyBlocks(tc)),
    ),
  };
}

function bodyBlocks(parent: Element): ViewBlock[] {
  const out: ViewBlock[] = [];
  for (const c of children(parent)) {
    if (c.nodeName === "w:p") out.push(paragraph(c));
    else if (c.nodeName === "w:tbl") out.push(table(c));
    else if (c.nodeName === "w:sdt") {
      const content = child(c, "w:sdtContent");
      if (content) out.push(...bodyBlocks(content));
    }
  }
  return out;
}

/** The body of word/document.xml as view blocks. */
export function docxViewBlocks(
  documentXml: string,
  parser: XmlParser,
): ViewBlock[] {
  const doc = parser.parseFromString(documentXml, "application/xml");
  const body = doc.getElementsByTagName("w:body")[0];
  return body ? bodyBlocks(body) : [];
}

/** Every linked figure's run, in document order (what "Cập nhật số liệu" walks). */
export function fieldRuns(blocks: readonly ViewBlock[]): ViewRun[] {
  const out: ViewRun[] = [];
  const walk = (list: readonly ViewBlock[]) => {
    for (const b of list) {
      if (b.kind === "paragraph")
        out.push(...b.runs.filter((r) => r.field !== undefined));
      else for (const row of b.rows) for (const cell of row) walk(cell);
    }
  };
  walk(blocks);
  return out;
}
