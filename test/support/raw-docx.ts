/** Test support: a minimal .docx package around hand-written WordprocessingML, for the cases
 *  the docx library cannot write (content controls around rows, numbering, tracked changes,
 *  fields, text boxes, …). */
import JSZip from "jszip";

export const W_NS =
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS = `xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

export interface RawDocx {
  /** The children of w:body. */
  readonly body: string;
  /** The children of w:styles. */
  readonly styles?: string;
  /** The children of w:numbering. */
  readonly numbering?: string;
  /** Where the main part lives (default word/document.xml). */
  readonly mainPart?: string;
}

export async function rawDocx(doc: RawDocx): Promise<Uint8Array> {
  const main = doc.mainPart ?? "word/document.xml";
  const dir = main.slice(0, main.lastIndexOf("/"));
  const file = main.slice(main.lastIndexOf("/") + 1);
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
  );
  const rels: string[] = [];
  if (doc.styles !== undefined) {
    zip.file(
      `${dir}/styles.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${doc.styles}</w:styles>`,
    );
    rels.push(
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    );
  }
  if (doc.numbering !== undefined) {
    zip.file(
      `${dir}/numbering.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${doc.numbering}</w:numbering>`,
    );
    rels.push(
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
    );
  }
  zip.file(
    `${dir}/_rels/${file}.rels`,
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file(
    main,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${doc.body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** A paragraph of plain runs: `p("I. KẾT QUẢ", { bold: true, center: true })`. */
export function p(
  text: string,
  opts: {
    bold?: boolean;
    italic?: boolean;
    center?: boolean;
    style?: string;
  } = {},
): string {
  const pPr = `${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ""}${opts.center ? `<w:jc w:val="center"/>` : ""}`;
  const rPr = `${opts.bold ? "<w:b/>" : ""}${opts.italic ? "<w:i/>" : ""}`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${r(text, rPr)}</w:p>`;
}

/** A run; `rPr` is the inside of w:rPr. */
export function r(text: string, rPr = ""): string {
  const esc = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc}</w:t></w:r>`;
}

/** A table of plain paragraphs: rows of cells of text (a cell may hold several paragraphs). */
export function table(
  rows: readonly (readonly (string | readonly string[])[])[],
): string {
  const cell = (c: string | readonly string[]) =>
    `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${(typeof c === "string" ? [c] : c).map((t) => p(t)).join("") || "<w:p/>"}</w:tc>`;
  return `<w:tbl><w:tblPr/><w:tblGrid/>${rows.map((row) => `<w:tr>${row.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
}
