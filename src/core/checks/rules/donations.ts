/** Sổ tài trợ: amounts, missing fields, dates in the period, duplicates, cash vouchers. */
import { DonationForm, fold } from "../../model/enums";
import type { DonationRow } from "../../model/records";
import { lineAmount } from "../../donations/summary";
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../../model/finding";
import { cellOf, missingFields, rawColumn } from "../cells";
import { checkNumberToken } from "../../vn/check-number-token";
import { compareDates, dmy, n } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

const NON_POSITIVE: RuleRef = {
  id: "ledger.non-positive",
  severity: Severity.error,
};

export const ledgerAmount: Rule = {
  id: "ledger.amount",
  severity: Severity.error,
  title: "Thành tiền = Số lượng × Đơn giá; không âm, không bằng 0",
  run: ({ donations: d }) => {
    if (!d) return [];
    const out: Finding[] = [];
    for (const { value: r, row } of d.rows) {
      const cell = cellOf(d, "amount", row);
      if (r.amount !== null && r.quantity !== null && r.unitPrice !== null) {
        const product = r.quantity * r.unitPrice;
        if (Math.abs(product - r.amount) > 0.5)
          out.push(
            finding(
              ledgerAmount,
              d.sheet,
              cell,
              `Thành tiền ${n(r.amount)} ≠ ${n(r.quantity)} × ${n(r.unitPrice)} = ${n(product)}, lệch ${n(Math.abs(r.amount - product))}.`,
              { expected: product, actual: r.amount },
            ),
          );
      }
      const a = lineAmount(r);
      if (a !== null && a <= 0)
        out.push(
          finding(
            NON_POSITIVE,
            d.sheet,
            cell,
            a < 0 ? `Thành tiền âm (${n(a)}).` : "Thành tiền bằng 0.",
            { actual: a },
          ),
        );
    }
    return out;
  },
};

export const ledgerMissing: Rule = {
  id: "ledger.missing",
  severity: Severity.error,
  title:
    "Mỗi dòng tài trợ có nhà tài trợ, ngày, giá trị; hiện vật phải quy ra giá trị",
  run: ({ donations: d }) =>
    d
      ? missingFields(ledgerMissing, d, [
          { key: "donor", message: () => "Thiếu tên nhà tài trợ." },
          { key: "date", message: () => "Thiếu ngày nhận tài trợ." },
          {
            key: "amount",
            missing: (r) => lineAmount(r) === null,
            message: (r) =>
              r.form === "inKind"
                ? `Hiện vật ${quote(r.item ?? "")} chưa quy ra giá trị (Thông tư 16/2018: phải ghi giá trị hiện vật khi tiếp nhận).`
                : "Thiếu giá trị (thành tiền).",
          },
          {
            key: "form",
            message: () =>
              `Chưa chọn hình thức (${Object.values(DonationForm).join(" / ")}).`,
            severity: Severity.warning,
          },
        ])
      : [],
};

export const ledgerPeriod: Rule = {
  id: "ledger.period",
  severity: Severity.warning,
  title: "Ngày tài trợ nằm trong kỳ báo cáo",
  run: ({ donations: d, general }) => {
    const from = general?.values.periodFrom;
    const to = general?.values.periodTo;
    if (!d || (!from && !to)) return [];
    return d.rows
      .filter(
        ({ value: r }) =>
          r.date &&
          ((from && compareDates(r.date, from) < 0) ||
            (to && compareDates(r.date, to) > 0)),
      )
      .map(({ value: r, row }) =>
        finding(
          ledgerPeriod,
          d.sheet,
          cellOf(d, "date", row),
          `Ngày ${dmy(r.date!)} nằm ngoài kỳ báo cáo ${from ? dmy(from) : "…"} – ${to ? dmy(to) : "…"}.`,
        ),
      );
  },
};

const same = (text: string | null) =>
  (text ?? "").toLowerCase().replace(/\s+/g, " ").trim();

export const ledgerDuplicates: Rule = {
  id: "ledger.duplicate",
  severity: Severity.warning,
  title:
    "Dòng tài trợ có thể bị nhập trùng (cùng ngày, nhà tài trợ, nội dung, giá trị)",
  run: ({ donations: d }) => {
    if (!d) return [];
    // Lines are first grouped by what is cheap to compare (amount and date: small integers, no
    // key or object built per line); quantity, names and items are compared only for lines that
    // already share those — a 100,000-line ledger has few.
    const lines = d.rows;
    const amountIds = new Map<number, number>();
    const groups = new PairIds();
    const groupOf = new Int32Array(lines.length).fill(-1);
    const sizes = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const r = lines[i].value;
      const a = lineAmount(r);
      if (!r.donor || a === null) continue;
      let amountId = amountIds.get(a);
      if (amountId === undefined) amountIds.set(a, (amountId = amountIds.size));
      // A date is a valid calendar day (year up to 9999, month 1–12, day 1–31): this number,
      // below 2^23, tells dates apart.
      const date = r.date
        ? (r.date.year * 13 + r.date.month) * 32 + r.date.day
        : 0;
      const g = groups.idOf(amountId, date);
      sizes[g]++;
      groupOf[i] = g;
    }
    // Among those, a line repeats an earlier one when quantity, name and item agree too.
    const textIds = new Map<string | null, number>();
    const foldedIds = new Map<string, number>();
    const foldedTexts: string[] = [];
    const textId = (text: string | null) => {
      let id = textIds.get(text);
      if (id === undefined) {
        const f = same(text);
        id = foldedIds.get(f);
        if (id === undefined) {
          foldedIds.set(f, (id = foldedIds.size));
          foldedTexts.push(f);
        }
        textIds.set(text, id);
      }
      return id;
    };
    let candidates = 0;
    for (let i = 0; i < lines.length; i++)
      if (groupOf[i] >= 0 && sizes[groupOf[i]] >= 2) candidates++;
    const quantityIds = new Map<number | null, number>();
    const groupQuantity = new PairIds();
    const donorItem = new PairIds();
    // Name and item are compared as "name|item", as ever: with a "|" in either, two different
    // pairs may read the same, so such a pair is numbered by that text (apart: below zero).
    const joinedIds = new Map<string, number>();
    const donorItemId = (donor: number, item: number) => {
      const d = foldedTexts[donor];
      const i = foldedTexts[item];
      if (!d.includes("|") && !i.includes("|"))
        return donorItem.idOf(donor, item);
      const joined = `${d}|${i}`;
      let id = joinedIds.get(joined);
      if (id === undefined) joinedIds.set(joined, (id = joinedIds.size));
      return donorItem.idOf(-1 - id, 0);
    };
    const keys = new PairIds();
    const firstRow = new Int32Array(candidates).fill(-1);
    const out: Finding[] = [];
    for (let i = 0; i < lines.length; i++) {
      const g = groupOf[i];
      if (g < 0 || sizes[g] < 2) continue;
      const { value: r, row } = lines[i];
      let q = quantityIds.get(r.quantity);
      if (q === undefined) quantityIds.set(r.quantity, (q = quantityIds.size));
      // Text read from the sheet is already NFC: case and spaces are all that may differ.
      const key = keys.idOf(
        groupQuantity.idOf(g, q),
        donorItemId(textId(r.donor), textId(r.item)),
      );
      const first = firstRow[key];
      if (first !== -1)
        out.push(
          finding(
            ledgerDuplicates,
            d.sheet,
            cellOf(d, "donor", row),
            `Có thể trùng với dòng ${first}: cùng ngày, nhà tài trợ ${quote(r.donor)}, nội dung và giá trị ${n(lineAmount(r) as number)}.`,
          ),
        );
      else firstRow[key] = row;
    }
    return out.sort(
      (a, b) =>
        Number(a.cell.replace(/\D/g, "")) - Number(b.cell.replace(/\D/g, "")),
    );
  },
};

/**
 * Numbers for pairs of small non-negative integers, 0, 1, 2… in the order the pairs are first
 * met: an open-addressing table over one typed array, so no key is boxed or built per lookup;
 * it grows with the pairs met (a few thousand donor–item pairs stay in the cache).
 */
class PairIds {
  /** Per slot: x, y, and the pair's number + 1 (0: the slot is free). */
  private slots = new Int32Array(1024 * 3);
  private mask = 1023;
  private size = 0;

  /** The number of the pair (x, y); the next one when the pair is new. */
  idOf(x: number, y: number): number {
    const slots = this.slots;
    for (let h = slotOf(x, y, this.mask); ; h = (h + 1) & this.mask) {
      const at = h * 3;
      const id = slots[at + 2];
      if (id === 0) {
        slots[at] = x;
        slots[at + 1] = y;
        slots[at + 2] = ++this.size;
        if (this.size * 2 > this.mask) this.grow();
        return this.size - 1;
      }
      if (slots[at] === x && slots[at + 1] === y) return id - 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 3);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const slots = this.slots;
      let h = slotOf(old[at], old[at + 1], this.mask);
      while (slots[h * 3 + 2] !== 0) h = (h + 1) & this.mask;
      slots[h * 3] = old[at];
      slots[h * 3 + 1] = old[at + 1];
      slots[h * 3 + 2] = old[at + 2];
    }
  }
}

/** MurmurHash3's finaliser over both numbers: every bit of each reaches the slot number. */
function slotOf(x: number, y: number, mask: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

export const ledgerVoucher: Rule = {
  id: "ledger.voucher",
  severity: Severity.warning,
  title: "Tiền mặt từ ngưỡng cài đặt trở lên phải có số chứng từ (phiếu thu)",
  run: ({ donations: d }, { settings }) => {
    if (!d) return [];
    return d.rows
      .filter(
        ({ value: r }: { value: DonationRow }) =>
          r.form === "cash" &&
          (lineAmount(r) ?? 0) >= settings.cashVoucherThreshold &&
          !r.voucher,
      )
      .map(({ value: r, row }) =>
        finding(
          ledgerVoucher,
          d.sheet,
          cellOf(d, "voucher", row),
          `Tiền mặt ${n(lineAmount(r) ?? 0)} đồng (từ ${n(settings.cashVoucherThreshold)} đồng) chưa có số chứng từ; Thông tư 16/2018 yêu cầu sổ chi tiết có chứng từ.`,
        ),
      );
  },
};

/** Units that measure rather than count: a decimal quantity of these is normal (2,5 kg). */
const MEASURE_UNITS =
  /^(kg|g|gam|gram|tan|ta|yen|lit|l|ml|m|met|m2|m3|km|cm|gio|ngay|thang|nam|%)$/;

export const ledgerQuantity: Rule = {
  id: "ledger.quantity",
  severity: Severity.warning,
  title:
    "Số lượng hiện vật đếm được là số nguyên (3,28 quyển tập là gõ nhầm 3.280?)",
  run: ({ donations: d }) =>
    d
      ? d.rows
          .filter(
            ({ value: r }) =>
              r.quantity !== null &&
              !Number.isInteger(r.quantity) &&
              !MEASURE_UNITS.test(fold(r.unit ?? "")),
          )
          .map(({ value: r, row }) => {
            const written = String(r.quantity).replace(".", ",");
            const token = checkNumberToken(String(r.quantity));
            const guess = token.ok
              ? ""
              : token.error.suggestion
                ? ` Có phải ${token.error.suggestion} (dấu chấm ngăn cách hàng nghìn)?`
                : "";
            return finding(
              ledgerQuantity,
              d.sheet,
              cellOf(d, "quantity", row),
              `Số lượng ${written}${r.unit ? ` ${r.unit}` : ""} không phải số nguyên.${guess}`,
              { actual: r.quantity as number },
            );
          })
      : [],
};

export const ledgerTextAmount: Rule = {
  id: "ledger.text-amount",
  severity: Severity.error,
  title:
    "Thành tiền, đơn giá gõ dạng số (công thức SUM, SUMIFS của sổ bỏ qua số gõ dạng chữ)",
  run: ({ donations: d }, { tables }) => {
    if (!d) return [];
    const out: Finding[] = [];
    const raw = {
      amount: rawColumn(tables, d, "amount"),
      unitPrice: rawColumn(tables, d, "unitPrice"),
    };
    for (const { value: r, row } of d.rows)
      for (const key of ["amount", "unitPrice"] as const) {
        const written = raw[key](row);
        const value = r[key];
        if (
          typeof written !== "string" ||
          written.trim() === "" ||
          value === null
        )
          continue;
        out.push(
          finding(
            ledgerTextAmount,
            d.sheet,
            cellOf(d, key, row),
            `${quote(written.trim())} gõ dạng chữ: DVK đọc được ${n(value)} đồng nhưng công thức của sổ (SUM, SUMIFS ở “Tổng hợp tài trợ”) bỏ qua ô này, nên tổng trong sổ thiếu ${n(value)}. Gõ lại dạng số: ${Math.round(value)}.`,
            { expected: value, actual: written },
          ),
        );
      }
    return out;
  },
};

export const ledgerTotal: Rule = {
  id: "ledger.total",
  severity: Severity.error,
  title: "Dòng tổng gõ trong sổ tài trợ bằng tổng các dòng nó cộng",
  run: ({ donations: d }) => {
    if (!d) return [];
    const out: Finding[] = [];
    for (const t of d.typedTotals) {
      const typed = t.values.amount;
      if (typed === null || typed === undefined) continue;
      const sum = d.rows
        .filter((r) => t.covers.includes(r.row))
        .reduce((s, r) => s + (lineAmount(r.value) ?? 0), 0);
      if (Math.abs(typed - sum) > 0.5)
        out.push(
          finding(
            ledgerTotal,
            d.sheet,
            cellOf(d, "amount", t.row),
            `Dòng ${quote(t.label)} ghi ${n(typed)} đồng ≠ tổng ${t.covers.length} dòng ở trên ${n(sum)} đồng, lệch ${n(Math.abs(typed - sum))}.`,
            {
              expected: sum,
              actual: typed,
            },
          ),
        );
    }
    return out;
  },
};
