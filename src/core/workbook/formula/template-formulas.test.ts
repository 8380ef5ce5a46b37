import { insertTemplates } from "../../sheets/insert";
import {
  sampleDonations,
  sampleLegalRefs,
  sampleStudents,
} from "../../sheets/sample";
import { DONATION_SUMMARY_SHEET } from "../../sheets/donation-summary-sheet";
import type { CalendarDate } from "../../model/records";
import { formatCitation } from "../../vn/format-citation";
import { MemoryWorkbook, type FormulaEvaluator } from "../memory-workbook";
import type { CellValue } from "../types";
import { evaluateFormula } from "./evaluate-formula";
import { TestWorkbook } from "./test-workbook";

const LEDGER = "Sổ tài trợ";
const q = (f: string) => f.replace(/L!/g, `'${LEDGER}'!`);
const literal = (cell: string) =>
  `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
const CITATION =
  '=IF(B5="","",A5&" số "&B5&IF(ISNUMBER(SEARCH("-",C5)),"/",IF(ISNUMBER(SEARCH("/",C5)),"-","/"))&C5&IF(ISNUMBER(D5)," ngày "&RIGHT("0"&DAY(D5),2)&"/"&RIGHT("0"&MONTH(D5),2)&"/"&YEAR(D5),"")&IF(E5="",""," của "&E5)&IF(F5="","",IF(LEFT(F5,3)="về "," "," về ")&F5))';

describe("the formulas the templates write", () => {
  test("=SUM(B4:B16) adds the numbers of a totals column, skipping text", () => {
    const wb = new TestWorkbook({
      S: { B3: "Số lượt", B4: 2, B5: "=1+1", B9: "3 lượt", B16: 5, B17: 100 },
    });
    expect(wb.evaluate("=SUM(B4:B16)")).toBe(9);
  });

  test("the ledger's amount is quantity × unit price when both are numbers, else empty", () => {
    const f = '=IF(AND(ISNUMBER(H5),ISNUMBER(I5)),H5*I5,"")';
    expect(new TestWorkbook({ S: { H5: 10, I5: 1_800_000 } }).evaluate(f)).toBe(
      18_000_000,
    );
    expect(
      new TestWorkbook({ S: { H5: "10 chiếc", I5: 1_800_000 } }).evaluate(f),
    ).toBe("");
    expect(new TestWorkbook({ S: { H5: 10 } }).evaluate(f)).toBe("");
    expect(new TestWorkbook({ S: { H5: "10", I5: 5 } }).evaluate(f)).toBe("");
  });

  test("the students' average divides only by a positive number of classes", () => {
    const f = '=IF(N(C5)>0,D5/C5,"")';
    expect(new TestWorkbook({ S: { C5: 12, D5: 420 } }).evaluate(f)).toBe(35);
    expect(new TestWorkbook({ S: { D5: 420 } }).evaluate(f)).toBe("");
    expect(new TestWorkbook({ S: { C5: "12", D5: 420 } }).evaluate(f)).toBe("");
    expect(new TestWorkbook({ S: { C5: 0, D5: 420 } }).evaluate(f)).toBe("");
  });

  test.each([
    [
      [
        "Kế hoạch",
        "24",
        "KH/ĐU",
        44208,
        "Đảng ủy phường Giang Biên",
        "thực hiện công tác dân vận năm 2021",
      ],
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về thực hiện công tác dân vận năm 2021",
    ],
    [
      ["Kế hoạch", "05", "KH-THCS", 44936, null, "về thực hiện mô hình"],
      "Kế hoạch số 05/KH-THCS ngày 10/01/2023 về thực hiện mô hình",
    ],
    [
      ["Thông tư", "16", "2018/TT-BGDĐT", null, "Bộ Giáo dục và Đào tạo", null],
      "Thông tư số 16/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo",
    ],
    [["Công văn", "7", "UBND", "03/8/2018", null, null], "Công văn số 7/UBND"],
    [["Kế hoạch", null, "KH/ĐU", 44208, "Đảng ủy", "x"], ""],
  ])("the citation of %j is %j", (row, expected) => {
    const wb = new TestWorkbook();
    wb.set("S", "A1", "Trích dẫn");
    row.forEach((v, i) => wb.set("S", `${"ABCDEF"[i]}5`, v as CellValue));
    expect(wb.evaluate(CITATION, "S")).toBe(expected);
  });

  describe("the donation summary over the ledger", () => {
    const wb = new TestWorkbook();
    const ledger: [number, string, string, number | string][] = [
      [44440, "Công ty A", "Tiền mặt", 1_000_000],
      [44450, "Công ty A", "Hiện vật", 18_000_000],
      [44460, "Ông B*", "Tiền mặt", "18,4 triệu"],
      [44470, "Ông B*", "Chuyển khoản", 250_000],
      [44540, "Ông Bảy", "Tiền mặt", 2_000_000],
      [44550, "Công ty A", "Tiền mặt", -500_000],
    ];
    wb.set(LEDGER, "B3", "Ngày");
    wb.set(LEDGER, "C3", "Nhà tài trợ");
    wb.set(LEDGER, "G3", "Hình thức");
    wb.set(LEDGER, "K3", "Thành tiền");
    ledger.forEach(([date, donor, form, amount], i) => {
      wb.set(LEDGER, `B${i + 4}`, date);
      wb.set(LEDGER, `C${i + 4}`, donor);
      wb.set(LEDGER, `G${i + 4}`, form);
      wb.set(LEDGER, `K${i + 4}`, amount);
    });
    wb.set(LEDGER, "K11", "=SUM(K4:K9)");
    const S = "Tổng hợp tài trợ";
    wb.set(S, "A9", "Ông B*");
    wb.set(S, "A10", "Công ty A");
    wb.set(S, "A20", "Tiền mặt");
    const ev = (f: string) => wb.evaluate(q(f), S);

    test("COUNT and SUM of the amount column skip text amounts", () => {
      expect(wb.evaluate(q("=COUNT(L!$K:$K)"), S)).toBe(6);
      expect(ev("=SUM(L!$K:$K)")).toBe(2 * 20_750_000);
      expect(ev("=SUM(L!$K4:$K9)")).toBe(20_750_000);
    });

    test("donors are matched literally, wildcards in their names escaped", () => {
      const count = (cell: string) =>
        `=COUNTIFS(L!$C:$C,${literal(cell)},L!$K:$K,">=0")+COUNTIFS(L!$C:$C,${literal(cell)},L!$K:$K,"<0")`;
      expect(ev(count("A9"))).toBe(1);
      expect(ev(count("A10"))).toBe(3);
      expect(ev(`=SUMIFS(L!$K:$K,L!$C:$C,${literal("A9")})`)).toBe(250_000);
      expect(ev(`=SUMIFS(L!$K:$K,L!$C:$C,${literal("A10")})`)).toBe(18_500_000);
      expect(ev(`=SUMIFS(L!$K:$K,L!$C:$C,A9)`)).toBe(2_250_000);
    });

    test("forms are matched by the label cell", () => {
      expect(ev("=SUMIFS(L!$K:$K,L!$G:$G,A20)")).toBe(2_500_000);
      expect(
        ev(
          '=COUNTIFS(L!$G:$G,A20,L!$K:$K,">=0")+COUNTIFS(L!$G:$G,A20,L!$K:$K,"<0")',
        ),
      ).toBe(3);
    });

    test.each([
      [9, 19_000_000],
      [10, 250_000],
      [11, 0],
      [12, 1_500_000],
    ])(
      "month %i of 2021 sums %i, December's bound being DATE(2021,13,1)",
      (month, sum) => {
        const range = `L!$B:$B,">="&DATE(2021,${month},1),L!$B:$B,"<"&DATE(2021,${month + 1},1)`;
        expect(ev(`=SUMIFS(L!$K:$K,${range})`)).toBe(sum);
      },
    );
  });
});

const isDate = (v: unknown): v is CalendarDate =>
  typeof v === "object" && v !== null && "year" in v;

describe("the sample workbook rendered by the real specs", () => {
  const evaluator: FormulaEvaluator = (book, sheet, formula) =>
    evaluateFormula(formula, sheet, {
      value: (s, r, c) => {
        const found = book.sheet(s);
        return found ? book.displayValue(found, r, c) : undefined;
      },
      rowCount: (s) => book.sheet(s)?.rows.length,
    });
  const wb = new MemoryWorkbook(evaluator);
  const ready = insertTemplates(wb, { level: "th-thcs", sample: true });

  test("every citation equals the add-in's own formatCitation", async () => {
    await ready;
    const [table] = await wb.readTables(["tblLegalRefs"]);
    const col = table?.header.indexOf("Trích dẫn") ?? -1;
    expect(col).toBeGreaterThanOrEqual(0);
    expect(table?.rows.map((r) => r[col])).toEqual(
      sampleLegalRefs.map((r) =>
        formatCitation({
          docType: String(r.docType),
          number: String(r.number),
          symbol: String(r.symbol),
          date: isDate(r.issuedOn) ? r.issuedOn : null,
          issuer: r.issuer as string,
          subject: r.subject as string,
        }),
      ),
    );
  });

  test("the summary's totals equal the ledger's numeric amounts", async () => {
    await ready;
    const amounts = sampleDonations.map((r) =>
      typeof r.amount === "number"
        ? r.amount
        : typeof r.quantity === "number" && typeof r.unitPrice === "number"
          ? r.quantity * r.unitPrice
          : null,
    );
    const numbers = amounts.filter((a): a is number => a !== null);
    const total = numbers.reduce((a, b) => a + b, 0);
    expect(total).toBe(332_400_000);
    const [range] = await wb.readRanges([
      { sheet: DONATION_SUMMARY_SHEET, range: "A1:C80" },
    ]);
    const rows = range.values;
    const row = (label: string) => rows.filter((r) => r[0] === label);
    expect(row("Tổng giá trị tài trợ")).toEqual([
      ["Tổng giá trị tài trợ", numbers.length, total],
    ]);
    const sums = row("Cộng");
    expect(sums).toHaveLength(3);
    for (const s of sums.slice(0, 2))
      expect(s).toEqual(["Cộng", numbers.length, total]);
    for (const r of rows)
      for (const v of r) expect(String(v)).not.toMatch(/^#/);
    const donors = new Set(sampleDonations.map((r) => r.donor));
    for (const donor of donors) {
      const own = sampleDonations.flatMap((r, i) =>
        r.donor === donor && amounts[i] !== null ? [amounts[i] as number] : [],
      );
      expect(row(String(donor))).toEqual([
        [donor, own.length, own.reduce((a, b) => a + b, 0)],
      ]);
    }
  });

  test("the students' averages are computed where there are classes", async () => {
    await ready;
    const [table] = await wb.readTables(["tblStudents"]);
    const h = (name: string) => table?.header.indexOf(name) ?? -1;
    const [classes, students, average] = [
      h("Số lớp"),
      h("Số học sinh"),
      h("Bình quân HS/lớp"),
    ];
    expect(Math.min(classes, students, average)).toBeGreaterThanOrEqual(0);
    expect(sampleStudents.length).toBeGreaterThan(0);
    for (const r of table?.rows ?? []) {
      const c = r[classes];
      if (typeof c === "number" && c > 0)
        expect(r[average]).toBeCloseTo((r[students] as number) / c, 10);
      else expect(r[average]).toBe("");
    }
  });
});
