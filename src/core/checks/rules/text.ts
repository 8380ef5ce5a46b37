/** Text hygiene over every text cell: NFC, legacy-encoding mojibake, stray spaces in names. */
import { fold } from "../../model/enums";
import { columnLetters, parseRange } from "../../workbook/a1";
import { detectLegacyEncoding } from "../../vn/detect-legacy-encoding";
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
    for (const t of tables) {
      const b = parseRange(t.range);
      const names = t.header.map((h) => NAME_HEADERS.has(fold(h)));
      t.rows.forEach((row, i) => {
        row.forEach((v, j) => {
          if (typeof v !== "string" || v === "") return;
          const cell = `${columnLetters(b.left + j)}${b.top + 2 + i}`;
          const legacy = detectLegacyEncoding(v);
          if (legacy) {
            out.push(
              finding(
                LEGACY,
                t.sheet,
                cell,
                `${quote(v)} gõ bằng bảng mã ${legacy === "tcvn3" ? "TCVN3 (.VnTime)" : "VNI"}; sửa thành ${quote(repairLegacyText(v).text)} (hàm DVK.CHUAN).`,
                {
                  expected: repairLegacyText(v).text,
                  actual: v,
                },
              ),
            );
            return;
          }
          if (v !== v.normalize("NFC"))
            out.push(
              finding(
                NFC,
                t.sheet,
                cell,
                `${quote(v.normalize("NFC"))} dùng chữ tổ hợp (không phải Unicode dựng sẵn NFC); tìm kiếm và so khớp có thể sai. Dùng DVK.CHUAN để sửa.`,
              ),
            );
          if (names[j] && (v !== v.trim() || /\s{2,}/.test(v)))
            out.push(
              finding(
                SPACES,
                t.sheet,
                cell,
                `${quote(v)} thừa dấu cách ở đầu, cuối hoặc giữa tên.`,
                { expected: v.trim().replace(/\s+/g, " "), actual: v },
              ),
            );
        });
      });
    }
    return out;
  },
};

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
