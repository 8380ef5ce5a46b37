/** A1 addresses: column letters ↔ indexes, parsing and building ranges. Indexes are 0-based. */

/** Column letters for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`Bad column index ${index}`);
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  const upper = letters.toUpperCase();
  let n = 0;
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    if (c < 65 || c > 90) throw new RangeError(`Bad column letters ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** A cell position, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** A rectangular block, 0-based and inclusive. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Parses "C7" (or "$C$7") into a 0-based position: one to three letters, one to seven digits,
 * each optionally after a "$". Scanned by hand, not by a regular expression: the file reader
 * calls it for every cell of a sheet.
 */
export function parseCell(address: string): CellPos {
  const s = address.trim();
  const end = s.length;
  let i = 0;
  if (i < end && s.charCodeAt(i) === 36) i++;
  const lettersFrom = i;
  let col = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i) & ~32; // ASCII upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i - lettersFrom;
  if (i < end && s.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  const digits = i - digitsFrom;
  if (letters < 1 || letters > 3 || digits < 1 || digits > 7 || i !== end)
    throw new RangeError(`Bad cell address ${address}`);
  return { row: row - 1, col: col - 1 };
}

/** The A1 address of a 0-based position. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses "A1:C7", "C7" or "Sheet!A1:C7" (the sheet part is dropped) into a block. */
export function parseRange(address: string): Block {
  const bare = address.includes("!")
    ? address.slice(address.lastIndexOf("!") + 1)
    : address;
  const [a, b = a] = bare.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The A1 address of a block: "A1:C7", or "C7" for a single cell. */
export function rangeAddress(block: Block): string {
  const a = cellAddress(block.top, block.left);
  const b = cellAddress(block.bottom, block.right);
  return a === b ? a : `${a}:${b}`;
}

/** The block `rows` × `cols` whose top-left cell is `at`. */
export function blockAt(at: string, rows: number, cols: number): Block {
  const p = parseCell(at);
  return {
    top: p.row,
    left: p.col,
    bottom: p.row + rows - 1,
    right: p.col + cols - 1,
  };
}

/**
 * An absolute reference to a range on a named sheet, as formulas and validation lists take it.
 * @example sheetRangeRef("DVK_DanhMuc", "A2:A7") // "'DVK_DanhMuc'!$A$2:$A$7"
 */
export function sheetRangeRef(sheet: string, range: string): string {
  const b = parseRange(range.replace(/\$/g, ""));
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const corner = abs(b.top, b.left);
  const other = abs(b.bottom, b.right);
  return `'${sheet.replace(/'/g, "''")}'!${corner === other ? corner : `${corner}:${other}`}`;
}

/**
 * The sheet names a reference mentions: "'Kết quả kiểm tra'!$A$1" → ["Kết quả kiểm tra"];
 * "=Sheet1!$A$1,'B c'!A2" → ["Sheet1", "B c"].
 */
export function sheetsOfRef(ref: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'')+)'!|([^'!,=\s()]+)!/g;
  for (let m = re.exec(ref); m; m = re.exec(ref))
    out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return out;
}
