/* Small pieces of XML reading for the streaming .xlsx reader: entities, attributes, the
 * `_xHHHH_` escapes of OOXML text and date number formats — each as exceljs reads them, so the
 * bounded reader and the exceljs adapter give the same values. */

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** A character an XML 1.0 document can hold. */
export const xmlChar = (c: number): boolean =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

function reference(body: string): string | null {
  if (body[0] === "#") {
    const code =
      body[1] === "x" || body[1] === "X"
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : null;
  }
  return ENTITIES[body] ?? null;
}

/** XML text with its entity and character references decoded. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g,
    (m, body: string) => reference(body) ?? m,
  );
}

/** Shared-string text: references decoded, then `_xHHHH_` (capital hex, as exceljs) decoded. */
export function sharedText(raw: string): string {
  const text = decodeXml(raw);
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      )
    : text;
}

/** Inline-string text: `_xHHHH_` (any case; characters XML cannot hold dropped) and references
 *  decoded in one pass over the raw XML text, as the package normaliser and exceljs do. */
export function inlineText(raw: string): string {
  if (!raw.includes("&") && !raw.includes("_x")) return raw;
  return raw.replace(
    /_x([0-9A-Fa-f]{4})_|&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g,
    (m, hex: string | undefined, body: string | undefined) => {
      if (hex !== undefined) {
        const c = parseInt(hex, 16);
        return xmlChar(c) ? String.fromCharCode(c) : "";
      }
      return reference(body as string) ?? m;
    },
  );
}

/** exceljs's second decoding of `t="str"` values (five named entities only). */
export function xmlDecodeAgain(text: string): string {
  return text.includes("&")
    ? text.replace(/&([a-z]*);/g, (c, name: string) =>
        name in ENTITIES ? ENTITIES[name] : c,
      )
    : text;
}

/** The value of attribute `name` in a start tag's text, decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    const i = tag.indexOf(name, at);
    if (i < 0) return undefined;
    at = i + name.length;
    const before = tag.charCodeAt(i - 1);
    // A whole attribute name: preceded by a space or a namespace colon, followed by "=".
    if (
      i > 0 &&
      (before === 32 || before === 9 || before === 10 || before === 13) &&
      tag[at] === "="
    ) {
      const quote = tag[at + 1];
      if (quote !== '"' && quote !== "'") return undefined;
      const end = tag.indexOf(quote, at + 2);
      if (end < 0) return undefined;
      return decodeXml(tag.slice(at + 2, end));
    }
  }
}

/** Start tags `<name …>` / `<prefix:name …/>` in `xml`, as their text (without `<` and `>`). */
export function* startTags(xml: string, name: string): Generator<string> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[0].slice(1, -1);
}

/** Whether an Excel number format shows a date or time (exceljs's `isDateFmt`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Built-in number formats that exceljs knows and that show dates or times. */
export const BUILTIN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47,
]);

const DAY_MS = 86_400_000;

/** A date serial as exceljs returns it through a `Date` and the seam turns back into a serial:
 *  rounded to the millisecond, 1904 dates moved to the 1900 system. */
export function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return (ms + 25569 * DAY_MS) / DAY_MS;
}
