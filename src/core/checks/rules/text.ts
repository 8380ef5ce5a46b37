/** Text hygiene over every text cell: NFC, legacy-encoding mojibake, stray spaces in names. */
import { fold } from "../../model/enums";
import { columnLetters, parseRange } from "../../workbook/a1";
import {
  detectLegacyEncoding,
  type LegacyEncoding,
} from "../../vn/detect-legacy-encoding";
import { repairLegacyText } from "../../vn/repair-legacy-text";
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../../model/finding";
import { SHEETS, TABLE_IDS } from "../../sheets/registry";
import { checkNumberToken } from "../../vn/check-number-token";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

const LEGACY: RuleRef = { id: "text.legacy", severity: Severity.error };
const NFC: RuleRef = { id: "text.nfc", severity: Severity.warning };
const SPACES: RuleRef = { id: "text.spaces", severity: Severity.warning };

/** Columns holding names, where stray spaces matter (duplicates, roster matching). */
const NAME_HEADERS = new Set(
  [
    "ho va ten",
    "nha tai tro",
    "ten mo hinh",
    "ca nhan / tap the thuc hien",
    "nguoi van dong",
    "co quan ban hanh",
    "noi dung",
  ].map((h) => h.replace(/ \/ /g, "/")),
);

export const textHygiene: Rule = {
  id: "text",
  severity: Severity.error,
  title:
    "Chữ Unicode dựng sẵn (NFC), không lẫn bảng mã cũ TCVN3/VNI, tên không thừa dấu cách",
  run: (_data, { tables }) => {
    const out: Finding[] = [];
    // Texts repeat down a column: whether one is legacy-encoded or decomposed is judged once.
    const kinds = new Map<string, TextKind>();
    for (const t of tables) {
      const b = parseRange(t.range);
      const names = t.header.map((h) => NAME_HEADERS.has(fold(h)));
      const letters: string[] = [];
      const cellAt = (i: number, j: number) =>
        `${(letters[j] ??= columnLetters(b.left + j))}${b.top + 2 + i}`;
      const rows = t.rows;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        if (row === undefined) continue;
        for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v !== "string" || v === "") continue;
          const kind = textKind(v, kinds);
          if (kind !== PLAIN) {
            if (kind.legacy) {
              const repaired = repairLegacyText(v).text;
              out.push(
                finding(
                  LEGACY,
                  t.sheet,
                  cellAt(i, j),
                  `${quote(v)} gõ bằng bảng mã ${kind.legacy === "tcvn3" ? "TCVN3 (.VnTime)" : "VNI"}; sửa thành ${quote(repaired)} (hàm DVK.CHUAN).`,
                  {
                    expected: repaired,
                    actual: v,
                  },
                ),
              );
              continue;
            }
            if (kind.nfc !== null)
              out.push(
                finding(
                  NFC,
                  t.sheet,
                  cellAt(i, j),
                  `${quote(kind.nfc)} dùng chữ tổ hợp (không phải Unicode dựng sẵn NFC); tìm kiếm và so khớp có thể sai. Dùng DVK.CHUAN để sửa.`,
                ),
              );
          }
          if (names[j] && (v !== v.trim() || /\s{2,}/.test(v)))
            out.push(
              finding(
                SPACES,
                t.sheet,
                cellAt(i, j),
                `${quote(v)} thừa dấu cách ở đầu, cuối hoặc giữa tên.`,
                { expected: v.trim().replace(/\s+/g, " "), actual: v },
              ),
            );
        }
      }
    }
    return out;
  },
};

/** What the text rule needs to know of a text: its legacy encoding, and its NFC form when
 *  that differs from it. */
interface TextKind {
  readonly legacy: LegacyEncoding | null;
  readonly nfc: string | null;
}

/** Text below U+00A0 (ASCII): neither legacy-encoded nor decomposed. */
const PLAIN: TextKind = { legacy: null, nfc: null };

function textKind(v: string, memo: Map<string, TextKind>): TextKind {
  let plain = true;
  for (let i = 0; i < v.length && plain; i++) plain = v.charCodeAt(i) < 0xa0;
  if (plain) return PLAIN;
  let kind = memo.get(v);
  if (kind === undefined) {
    const legacy = detectLegacyEncoding(v);
    const nfc = legacy ? v : v.normalize("NFC");
    kind = legacy || nfc !== v ? { legacy, nfc: legacy ? null : nfc } : PLAIN;
    if (memo.size > 50_000) memo.clear();
    memo.set(v, kind);
  }
  return kind;
}

/** An ambiguous number (a "." not followed by exactly three digits) before a counted thing, inside
 *  free text: "3.28 quyển tập". */
const NUMBER_BEFORE_UNIT =
  /(\d+(?:[.,]\d+)+)\s*(quyen|cuon|cai|chiec|bo|suat|phan|nguoi|hoc sinh|hs|em|lop|trieu|tr|nghin|ngan|dong|d|cay|thung|bao|hop|goi|chai|the|phieu|doi|con|kg|tan|lit|xe|may)\b/g;

export const textNumbers: Rule = {
  id: "text.number",
  severity: Severity.warning,
  title:
    "Số viết trong chữ rõ nghĩa (“3.28 quyển tập”: dấu chấm ngăn cách hàng nghìn?)",
  run: (data) => {
    const out: Finding[] = [];
    for (const id of TABLE_IDS) {
      const spec = SHEETS[id];
      const table = data[id];
      if (spec.kind !== "table" || !table || !("rows" in table)) continue;
      const keys = spec.columns
        .filter((c) => c.type === "text")
        .map((c) => c.key);
      for (const { value, row } of table.rows as readonly {
        value: Record<string, unknown>;
        row: number;
      }[])
        for (const key of keys) {
          const text = value[key];
          if (typeof text !== "string" || !/\d[.,]\d/.test(text)) continue;
          for (const m of fold(text).matchAll(NUMBER_BEFORE_UNIT)) {
            const token = checkNumberToken(m[1]);
            if (token.ok) continue;
            out.push(
              finding(
                textNumbers,
                table.sheet,
                `${(table.columns as Record<string, string | undefined>)[key] ?? table.firstColumn}${row}`,
                `${quote(text)}: ${token.error.message}`,
              ),
            );
            break;
          }
        }
    }
    return out;
  },
};
