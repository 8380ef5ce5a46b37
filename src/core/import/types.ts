/** Last period's report, read from its .docx and split into the parts a new draft reuses. */

/** One paragraph of a .docx body, in document order. */
export interface DocxParagraph {
  /**
   * The text of its runs joined: "\t" for tabs, "\n" for line breaks, and the list number or
   * bullet Word draws written in front with a space (“II. ”, “1.2. ”, “- ”); NFC. For a table
   * row, its cells joined with " | ".
   */
  readonly text: string;
  /** Most of its characters are bold. */
  readonly bold: boolean;
  /** Most of its characters are italic. */
  readonly italic: boolean;
  /** Centred (w:jc center, from the paragraph or its style). */
  readonly centered: boolean;
  /** Set for a table row flattened to one paragraph: each cell's text, its paragraphs joined with
   *  "\n" (a table with one column is read as plain paragraphs instead). */
  readonly cells?: readonly string[];
}

export interface ImportedSection {
  /** "I", "II", "1", "2.1", "a" as written, without the trailing "." / ")" / "-" (spaces inside
   *  a number written “3. 4.” removed: "3.4"). */
  readonly number: string;
  /** 1 for roman numerals (and “A.”), 2 for "1.", 3 for "1.1." / "2.1" / "a)", 4 for "1.1.1". */
  readonly level: number;
  /** The heading text without its number (and without a closing ":"); for “I. Thời gian: Năm
   *  2020” the part before the ":". */
  readonly heading: string;
  /** Its paragraphs joined with "\n", bullets "-" / "+" kept as written, table rows as
   *  "cell | cell"; for “heading: content” the content comes first. */
  readonly text: string;
  /** The heading's line went on with its text after ":" (“Đ/c Hồ Thị Tuyến: Khéo …”). */
  readonly runIn: boolean;
}

export interface ImportedReport {
  /** "BÁO CÁO", "BẢNG ĐĂNG KÝ", … as written (null when the document has none). */
  readonly documentType: string | null;
  /** The lines after the document type up to the first body line (trích yếu), joined with "\n"
   *  where the document breaks them. */
  readonly summary: string;
  /** "Căn cứ …" paragraphs before the first section, each as written. */
  readonly bases: readonly string[];
  /** Body text before the first numbered heading ("Chi bộ … báo cáo … như sau:"). */
  readonly intro: string;
  readonly sections: readonly ImportedSection[];
  /** Text after the last section up to "Nơi nhận" / the signature: "Trên đây là báo cáo …". */
  readonly closing: string;
}

/** A figure of the workbook that text may quote. */
export interface FigureValue {
  /** "staff.total", "students.total", "donations.total", … */
  readonly key: string;
  readonly value: number;
  readonly kind: "count" | "money";
}

/** A number of the text turned into a field. */
export interface LinkedFigure {
  readonly key: string;
  /** The number as written: "65", "1.668", "332,4 triệu đồng". */
  readonly written: string;
}

/** A number next to a figure's words whose value differs from the workbook's: the user decides
 *  whether it becomes `{{key}}`. */
export interface FigureReview {
  /** The number as written ("61", "36 triệu đồng"). */
  readonly written: string;
  /** The figure it would become. */
  readonly key: string;
  /** About 60 characters around it, spaces collapsed. */
  readonly context: string;
  /** Where `written` starts in the text given (NFC), counted in UTF-16 code units. */
  readonly offset: number;
}

export interface LinkedText {
  /** The text with every linked number replaced by `{{key}}`. */
  readonly text: string;
  readonly linked: readonly LinkedFigure[];
  readonly review: readonly FigureReview[];
}
