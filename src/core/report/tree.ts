/**
 * The report as plain data: what a report kind builds from the workbook, and what the one
 * renderer turns into .docx. Figures are fields tagged by data key ("dvk:donations.total"), so
 * the Word pane can refresh them later without touching the prose around them.
 */

/** A run of text inside a paragraph. */
export type Inline =
  | {
      readonly kind: "text";
      readonly text: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
    }
  /** A figure from the workbook, rendered inside a content control tagged `dvk:<key>`. A
   *  `flag` marks a figure the workbook contradicts (a typed total its parts do not add up to):
   *  highlighted, with the note as a Word comment. */
  | {
      readonly kind: "field";
      readonly key: string;
      readonly text: string;
      readonly bold?: boolean;
      readonly flag?: string;
    }
  /** Guidance for the writer, where the data cannot write the text: bracketed and highlighted. */
  | { readonly kind: "prompt"; readonly text: string };

export type Align = "left" | "center" | "right" | "justify";

export type Block =
  | {
      readonly kind: "paragraph";
      readonly inlines: readonly Inline[];
      readonly align?: Align;
      /** First-line indent (body text). */
      readonly indent?: boolean;
      /** Font size in points (default: the body size). */
      readonly size?: number;
      readonly bold?: boolean;
      readonly italic?: boolean;
      /** Space before, in points. */
      readonly spaceBefore?: number;
      /** A section heading, of this level (1 for "I.", 2 for "1.", …): its first inline is the
       *  numbered title, any further inlines the text run on from it. */
      readonly heading?: number;
    }
  /** A real table: header cells, then rows of cells (each cell a list of inlines). */
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
      /** Column widths in percent. */
      readonly widths: readonly number[];
      /** Alignment of each column's cells (default: first left, others centred). */
      readonly aligns?: readonly Align[];
      /** Long listings (appendices): plain text cells in the document's default style, no
       *  per-cell formatting, so thousands of rows stay quick to write. */
      readonly compact?: boolean;
    }
  /** The header block: a borderless two-column table (issuer left, national/Party heading right). */
  | {
      readonly kind: "headerBlock";
      readonly left: readonly HeaderLine[];
      readonly right: readonly HeaderLine[];
    }
  /** "Nơi nhận" on the left, the signature on the right. */
  | {
      readonly kind: "signature";
      readonly recipients: readonly string[];
      readonly lines: readonly HeaderLine[];
    };

export interface HeaderLine {
  readonly inlines: readonly Inline[];
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size: number;
  /** A short rule under the line ("Độc lập - Tự do - Hạnh phúc", the issuing body). */
  readonly underline?: boolean;
}

/** Page setup in millimetres. */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface ReportTree {
  readonly title: string;
  readonly margins: Margins;
  /** Body font size in points (13–14). */
  readonly bodySize: number;
  readonly blocks: readonly Block[];
}

export const text = (
  t: string,
  o: { bold?: boolean; italic?: boolean } = {},
): Inline => ({ kind: "text", text: t, ...o });
/** A figure or a text of the workbook as a field; `bold` unset takes the paragraph's weight. */
export const field = (key: string, t: string, bold?: boolean): Inline => ({
  kind: "field",
  key,
  text: t,
  ...(bold === undefined ? {} : { bold }),
});
export const prompt = (t: string): Inline => ({ kind: "prompt", text: t });
export const para = (
  inlines: readonly Inline[],
  o: Omit<Extract<Block, { kind: "paragraph" }>, "kind" | "inlines"> = {},
): Block => ({ kind: "paragraph", inlines, ...o });
