import { MAX_ROW } from "./ast";
import { TestWorkbook } from "./test-workbook";

const LEDGER = "Sổ tài trợ";
const ROWS = MAX_ROW + 1;

/** A ledger: B date, C donor, G form, K amount (text amounts as schools type them). */
function ledger(): TestWorkbook {
  const wb = new TestWorkbook();
  const rows: [
    number | null,
    string | null,
    string | null,
    number | string | null,
  ][] = [
    [null, "Nhà tài trợ", "Hình thức", "Thành tiền"],
    [44440, "Công ty A", "Tiền mặt", 1000],
    [44450, "công ty a", "Chuyển khoản", 2000],
    [44470, "Công ty A*", "Tiền mặt", "18,4 triệu"],
    [44500, "Ông B?", "Hiện vật", 500],
    [44561, "Công ty AB", "Tiền mặt", -100],
    [null, "Công ty A", null, "5"],
    [44562, "Lỗi", "Tiền mặt", "#N/A"],
    [44563, null, null, 0],
  ];
  rows.forEach(([date, donor, form, amount], i) => {
    wb.set(LEDGER, `B${i + 1}`, date);
    wb.set(LEDGER, `C${i + 1}`, donor);
    wb.set(LEDGER, `G${i + 1}`, form);
    wb.set(LEDGER, `K${i + 1}`, amount);
  });
  wb.set("Tổng hợp", "A1", "Công ty A*");
  wb.set("Tổng hợp", "A2", "Tiền mặt");
  wb.set("Tổng hợp", "A3", "Hiện vật");
  wb.setAt("Trống", 0, 0, null);
  return wb;
}

const wb = ledger();
const ev = (f: string) =>
  wb.evaluate(f.replace(/L!/g, `'${LEDGER}'!`), "Tổng hợp");

describe("SUMIFS", () => {
  test.each([
    ['=SUMIFS(L!K:K,L!C:C,"Công ty A")', 3000],
    ['=SUMIFS(L!$K:$K,L!$C:$C,"Công ty A*")', 2900],
    ['=SUMIFS(L!K:K,L!C:C,"=Công ty A~*")', 0],
    ['=SUMIFS(L!K:K,L!C:C,"Ông B~?")', 500],
    ['=SUMIFS(L!K:K,L!C:C,"Ông B?")', 500],
    ['=SUMIFS(L!K:K,L!C:C,"Ông ?")', 0],
    ["=SUMIFS(L!K:K,L!G:G,A3)", 500],
    ['=SUMIFS(L!K:K,L!C:C,"Công ty A",L!G:G,"Tiền mặt")', 1000],
    [
      '=SUMIFS(L!K:K,L!B:B,">="&DATE(2021,9,1),L!B:B,"<"&DATE(2021,10,1))',
      3000,
    ],
    [
      '=SUMIFS(L!K:K,L!B:B,">="&DATE(2021,12,1),L!B:B,"<"&DATE(2021,13,1))',
      -100,
    ],
    ['=SUMIFS(L!K:K,L!K:K,">=0")', 3500],
    ['=SUMIFS(L!K2:K6,L!C2:C6,"<>Công ty A")', 400],
    ['=SUMIFS(L!K:K,L!C:C,"=")', 0],
    ['=SUMIFS(L!K:K,L!C:C,"Lỗi")', "#N/A"],
    ["=SUMIFS(L!K:K,L!G:G,A2)", "#N/A"],
    ['=SUMIFS(L!K2:K6,L!C2:C5,"x")', "#VALUE!"],
    ['=SUMIFS(L!K:K,L!C1:C10,"x")', "#VALUE!"],
    ['=SUMIFS(1,L!C:C,"x")', "#VALUE!"],
    ["=SUMIFS(L!K:K,L!C:C,L!C1:C2)", "#VALUE!"],
    ["=SUMIFS(L!K:K,L!C:C,#N/A)", 0],
    ["=SUMIFS(L!K:K,L!K:K,#N/A)", "#N/A"],
    ["=SUMIFS('Không có'!K:K,L!C:C,\"x\")", "#REF!"],
    ["=SUMIFS(L!K:K,L!C:C)", "#NAME?"],
    ['=SUMIFS(L!K:K,L!C:C,"a",L!G:G)', "#NAME?"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});

describe("COUNTIFS, SUMIF, COUNTIF", () => {
  test.each([
    ['=COUNTIFS(L!C:C,"Công ty A")', 3],
    [
      '=COUNTIFS(L!C:C,"Công ty A",L!K:K,">=0")+COUNTIFS(L!C:C,"Công ty A",L!K:K,"<0")',
      2,
    ],
    ['=COUNTIFS(L!C:C,"Công ty A*")', 5],
    [
      '=COUNTIFS(L!C:C,"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A1,"~","~~"),"*","~*"),"?","~?"))',
      1,
    ],
    ['=COUNTIFS(L!K:K,">=0")', 4],
    ['=COUNTIFS(L!K:K,"<0")', 1],
    ["=COUNTIFS(L!K:K,5)", 1],
    ['=COUNTIFS(L!K:K,"<>5")', ROWS - 1],
    ['=COUNTIFS(L!B:B,"=")', ROWS - 7],
    ['=COUNTIFS(L!B1:B9,"=")', 2],
    ['=COUNTIFS(L!B1:B12,"=")', 5],
    ['=COUNTIFS(L!C:C,"")', ROWS - 8],
    ['=COUNTIFS(L!C:C,"<>")', 8],
    ['=COUNTIFS(L!B:B,"=",L!C:C,"Công ty A")', 1],
    ["=COUNTIFS(L!K:K,#N/A)", 1],
    ['=COUNTIFS(L!K:K,"#N/A")', 1],
    ["=COUNTIFS(L!K:K,Z99)", 1],
    ['=COUNTIFS(Trống!A:A,"")', ROWS],
    ["=COUNTIFS('Trống'!A:A,\"x\")", 0],
    ['=COUNTIFS(L!C:C,"x",L!K1:K3,1)', "#VALUE!"],
    ["=COUNTIFS(L!C:C)", "#NAME?"],
    ['=COUNTIFS(L!C:C,"a",L!K:K)', "#NAME?"],
    ['=SUMIF(L!G:G,"Tiền mặt",L!K:K)', "#N/A"],
    ['=SUMIF(L!G2:G6,"Tiền mặt",L!K2:K6)', 900],
    ['=SUMIF(L!G2:G6,"Tiền mặt",L!K2)', 900],
    ['=SUMIF(L!K2:K6,">0")', 3500],
    ['=SUMIF(L!K:K,"<0")', -100],
    ['=SUMIF("abc","a")', "#VALUE!"],
    ['=COUNTIF(L!K:K,">=0")', 4],
    ['=COUNTIF(L!C2:C9,"công ty*")', 5],
    ['=COUNTIF("abc","a")', "#VALUE!"],
    ["=COUNTIF(L!K:K)", "#NAME?"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test("whole columns read only the rows their sheet uses", () => {
    const book = new TestWorkbook({
      A: { K1: 1, K3: 2 },
      B: { C1: "x", C2: "x", C3: "x" },
    });
    const reads: number[] = [];
    const spy = {
      value: (s: string, r: number, c: number) => (
        reads.push(r),
        book.value(s, r, c)
      ),
      rowCount: (s: string) => book.rowCount(s),
    };
    const { evaluateFormula } = jest.requireActual("./evaluate-formula");
    expect(evaluateFormula('=SUMIFS(A!K:K,B!C:C,"x")', "A", spy)).toBe(3);
    expect(Math.max(...reads)).toBe(2);
    expect(evaluateFormula("=SUM(A!K:K)", "A", spy)).toBe(3);
    book.set("A", "K100", 10);
    expect(evaluateFormula("=SUM(A!K:K)", "A", spy)).toBe(13);
    expect(evaluateFormula('=SUMIFS(A!K:K,B!C:C,"")', "A", spy)).toBe(10);
  });
});

describe("a 50,000-row ledger", () => {
  test("SUMIFS and COUNTIFS over whole columns give the right totals", () => {
    const big = new TestWorkbook();
    const n = 50_000;
    let sum7 = 0;
    let count7 = 0;
    let sumMarch = 0;
    const march = [44621, 44652];
    big.set(LEDGER, "K1", "Thành tiền");
    for (let i = 1; i <= n; i++) {
      const date = 44562 + (i % 365);
      const donor = `Nhà tài trợ ${i % 50}`;
      const amount = i % 7 === 0 ? "18,4 triệu" : i;
      big.setAt(LEDGER, i, 1, date);
      big.setAt(LEDGER, i, 2, donor);
      big.setAt(LEDGER, i, 10, amount);
      if (typeof amount !== "number") continue;
      if (i % 50 === 7) ((sum7 += amount), count7++);
      if (date >= march[0] && date < march[1]) sumMarch += amount;
    }
    big.set("Tổng hợp", "A1", "Nhà tài trợ 7");
    const e = (f: string) =>
      big.evaluate(f.replace(/L!/g, `'${LEDGER}'!`), "Tổng hợp");
    expect(e("=SUMIFS(L!$K:$K,L!$C:$C,A1)")).toBe(sum7);
    expect(
      e(
        '=COUNTIFS(L!$C:$C,"="&A1,L!$K:$K,">=0")+COUNTIFS(L!$C:$C,"="&A1,L!$K:$K,"<0")',
      ),
    ).toBe(count7);
    expect(
      e(
        '=SUMIFS(L!$K:$K,L!$B:$B,">="&DATE(2022,3,1),L!$B:$B,"<"&DATE(2022,4,1))',
      ),
    ).toBe(sumMarch);
    expect(e("=COUNT(L!$K:$K)")).toBe(n - Math.floor(n / 7));
  });
});
