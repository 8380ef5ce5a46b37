/**
 * A small, strict XML reader for the parts of a .docx (document.xml, styles.xml, numbering.xml,
 * the relationship parts): elements, attributes and text in document order — nothing else is
 * needed, and no DOM is available in every place the core runs (the custom-functions runtime,
 * Node). Names are rewritten to the conventional prefixes of the OOXML namespaces ("w:p" whatever
 * prefix the producer chose, also for Strict OOXML); the five predefined entities and character
 * references are decoded; comments and processing instructions are skipped. A DOCTYPE (never in
 * an Office part, and the door to entity expansion) and anything not well-formed are refused
 * with an `XmlError`.
 */

export interface XmlElement {
  /** Qualified name with the canonical prefix of its namespace: "w:p", "mc:Choice". */
  readonly name: string;
  /** Attributes by canonical qualified name ("w:val"); namespace declarations are left out. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** An element or a run of text. */
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (vị trí ${offset})`);
    this.name = "XmlError";
  }
}

const W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Namespace URI → the prefix every name is rewritten to. */
const CANONICAL: Readonly<Record<string, string>> = {
  [W_MAIN]: "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "urn:schemas-microsoft-com:vml": "v",
  "http://www.w3.org/XML/1998/namespace": "xml",
};

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decodes the predefined entities and character references. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED[body] ?? whole;
    const code =
      body.charCodeAt(1) === 120
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const isNameEnd = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62; // space \t \n \r / >
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

interface OpenElement {
  readonly raw: string;
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  /** prefix → URI in scope ("" for the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
}

/** The canonical name of a raw qualified name in `scope` (attributes take no default namespace). */
function canonicalName(
  raw: string,
  scope: ReadonlyMap<string, string>,
  attribute: boolean,
): string {
  const colon = raw.indexOf(":");
  const prefix = colon === -1 ? "" : raw.slice(0, colon);
  if (prefix === "" && attribute) return raw;
  const local = colon === -1 ? raw : raw.slice(colon + 1);
  const uri =
    prefix === "xml"
      ? "http://www.w3.org/XML/1998/namespace"
      : scope.get(prefix);
  if (uri === undefined) return raw;
  const canonical = CANONICAL[uri];
  return canonical === undefined ? raw : `${canonical}:${local}`;
}

/**
 * Parses a whole XML document and returns its root element.
 * @example parseXml('<w:p xmlns:w="…/main"><w:r><w:t>65</w:t></w:r></w:p>').name // "w:p"
 */
export function parseXml(xml: string): XmlElement {
  const n = xml.length;
  const top: OpenElement = {
    raw: "",
    name: "",
    attrs: {},
    children: [],
    scope: new Map(),
  };
  const stack: OpenElement[] = [top];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const current = stack[stack.length - 1];
      if (stack.length > 1)
        current.children.push(decodeEntities(xml.slice(i, textEnd)));
      else if (xml.slice(i, textEnd).trim() !== "")
        throw new XmlError("Có chữ nằm ngoài phần tử gốc", i);
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63) {
      // <? … ?>
      const end = xml.indexOf("?>", lt + 2);
      if (end === -1) throw new XmlError("Chỉ thị xử lý không đóng", lt);
      i = end + 2;
      continue;
    }
    if (next === 33) {
      // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end === -1) throw new XmlError("Chú thích không đóng", lt);
        i = end + 3;
        continue;
      }
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end === -1 || stack.length === 1)
          throw new XmlError("Khối CDATA không hợp lệ", lt);
        stack[stack.length - 1].children.push(xml.slice(lt + 9, end));
        i = end + 3;
        continue;
      }
      throw new XmlError("Không nhận DOCTYPE trong tệp Office", lt);
    }
    if (next === 47) {
      // </name>
      const end = xml.indexOf(">", lt + 2);
      if (end === -1) throw new XmlError("Thẻ đóng không kết thúc", lt);
      const raw = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open === top || open.raw !== raw)
        throw new XmlError(
          `Thẻ đóng </${raw}> không khớp${open && open !== top ? ` với <${open.raw}>` : ""}`,
          lt,
        );
      const parent = stack[stack.length - 1];
      parent.children.push({
        name: open.name,
        attrs: open.attrs,
        children: open.children,
      });
      i = end + 1;
      continue;
    }
    // Start tag.
    let j = lt + 1;
    while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
    const raw = xml.slice(lt + 1, j);
    if (raw === "") throw new XmlError("Thẻ không có tên", lt);
    const rawAttrs: [string, string][] = [];
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) throw new XmlError(`Thẻ <${raw}> không kết thúc`, lt);
      const c = xml.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (xml.charCodeAt(j + 1) !== 62)
          throw new XmlError(`Thẻ <${raw}> hỏng`, j);
        selfClosing = true;
        j += 2;
        break;
      }
      const eq = xml.indexOf("=", j);
      if (eq === -1) throw new XmlError(`Thuộc tính hỏng trong <${raw}>`, j);
      const name = xml.slice(j, eq).trim();
      let q = eq + 1;
      while (q < n && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (name === "" || (quote !== 34 && quote !== 39))
        throw new XmlError(`Thuộc tính hỏng trong <${raw}>`, j);
      const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close === -1)
        throw new XmlError(`Giá trị thuộc tính không đóng trong <${raw}>`, q);
      rawAttrs.push([name, decodeEntities(xml.slice(q + 1, close))]);
      j = close + 1;
    }
    const parent = stack[stack.length - 1];
    let scope = parent.scope;
    for (const [name, value] of rawAttrs) {
      if (name === "xmlns" || name.startsWith("xmlns:")) {
        if (scope === parent.scope) scope = new Map(scope);
        (scope as Map<string, string>).set(
          name === "xmlns" ? "" : name.slice(6),
          value,
        );
      }
    }
    const attrs: Record<string, string> = {};
    for (const [name, value] of rawAttrs)
      if (name !== "xmlns" && !name.startsWith("xmlns:"))
        attrs[canonicalName(name, scope, true)] = value;
    const element: OpenElement = {
      raw,
      name: canonicalName(raw, scope, false),
      attrs,
      children: [],
      scope,
    };
    if (selfClosing) {
      if (stack.length === 1 && top.children.length > 0)
        throw new XmlError("Có nhiều hơn một phần tử gốc", lt);
      parent.children.push({ name: element.name, attrs, children: [] });
    } else {
      if (stack.length === 1 && top.children.length > 0)
        throw new XmlError("Có nhiều hơn một phần tử gốc", lt);
      stack.push(element);
    }
    i = j;
  }
  if (stack.length > 1)
    throw new XmlError(
      `Thẻ <${stack[stack.length - 1].raw}> không được đóng`,
      n,
    );
  const root = top.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw new XmlError("Không có phần tử nào", 0);
  return root;
}

// ---- reading helpers -------------------------------------------------------------------------

/** The child elements of `el` (named `name` when given). */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children)
    if (typeof c !== "string" && (name === undefined || c.name === name))
      out.push(c);
  return out;
}

/** The first child element named `name`. */
export function firstChild(
  el: XmlElement | undefined,
  name: string,
): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children)
    if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** The text directly inside `el`. */
export function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}
