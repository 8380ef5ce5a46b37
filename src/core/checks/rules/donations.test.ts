import { check, GENERAL_OK } from "../../../../test/support/rules";
import { generalOf, serial, tableOf } from "../../../../test/support/tables";
import { readTables } from "../../sheets/read";
import { donationsSpec } from "../../sheets/specs";
import { runChecks } from "../run";

describe("ledger rules", () => {
  const line = (o: Record<string, unknown>) => ({
    date: serial(10, 5, 2023),
    donor: "Nhóm Ươm mầm",
    form: "Hiện vật",
    ...o,
  });
  test("a clean ledger passes", () => {
    expect(
      check("ledger", [
        tableOf(donationsSpec, [
          line({ quantity: 656, unitPrice: 150_000, amount: 98_400_000 }),
          line({ donor: "Bảo Việt", amount: 36_000_000 }),
        ]),
      ]),
    ).toEqual([]);
  });
  test("amount ≠ quantity × price, zero and negative amounts, missing fields, in-kind without value", () => {
    const f = check("ledger", [
      tableOf(donationsSpec, [
        line({ quantity: 656, unitPrice: 150_000, amount: 98_000_000 }),
        line({ amount: 0 }),
        line({ amount: -5 }),
        { item: "Ba lô", form: "Hiện vật" },
      ]),
    ]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["ledger.amount", "K4"],
      ["ledger.non-positive", "K5"],
      ["ledger.non-positive", "K6"],
      ["ledger.missing", "B7"],
      ["ledger.missing", "C7"],
      ["ledger.missing", "K7"],
    ]);
    expect(f[0].message).toBe(
      "Thành tiền 98.000.000 ≠ 656 × 150.000 = 98.400.000, lệch 400.000.",
    );
    expect(f[5].message).toMatch(/^Hiện vật “Ba lô” chưa quy ra giá trị/);
  });
  test("dates outside the period, likely duplicates, cash without voucher above the threshold", () => {
    const f = check(
      "ledger",
      [
        tableOf(donationsSpec, [
          line({ date: serial(5, 1, 2024), amount: 1 }),
          line({ amount: 5 }),
          line({ amount: 5 }),
          line({ form: "Tiền mặt", amount: 3_000_000 }),
          line({
            form: "Tiền mặt",
            amount: 3_000_000,
            donor: "X",
            voucher: "PT01",
          }),
        ]),
      ],
      GENERAL_OK,
      { cashVoucherThreshold: 2_000_000 },
    );
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["ledger.period", "B4"],
      ["ledger.duplicate", "C6"],
      ["ledger.voucher", "N7"],
    ]);
    expect(f[1].message).toBe(
      "Có thể trùng với dòng 5: cùng ngày, nhà tài trợ “Nhóm Ươm mầm”, nội dung và giá trị 5.",
    );
  });
  test("an unreadable number is a finding at its cell (seed 000: 3.28 quyển tập)", () => {
    const f = runChecks(
      readTables([
        generalOf(GENERAL_OK as never),
        tableOf(donationsSpec, [
          line({ item: "Quyển tập", quantity: "3.28", amount: 26_240_000 }),
        ]),
      ]),
    ).findings;
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["read.unreadable", "I4"]]);
  });

  test("amounts typed as text that the workbook's formulas cannot add; decimal counts of counted things; a typed total at the foot", () => {
    const f = check("ledger", [
      tableOf(donationsSpec, [
        line({
          item: "Quyển tập",
          unit: "quyển",
          quantity: 3.28,
          unitPrice: 5000,
        }),
        line({ item: "Gạo", unit: "kg", quantity: 12.5, unitPrice: 20000 }),
        line({
          item: "Tiền mặt",
          form: "Tiền mặt",
          amount: "18,4 triệu",
          voucher: "PT01",
        }),
        line({
          donor: "Tổng cộng",
          amount: 19_000_000,
          date: null,
          form: null,
        }),
      ]),
    ]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["ledger.quantity", "I4"],
      ["ledger.text-amount", "K6"],
      ["ledger.total", "K7"],
    ]);
    expect(f[0].message).toBe(
      "Số lượng 3,28 quyển không phải số nguyên. Có phải 3.280 (dấu chấm ngăn cách hàng nghìn)?",
    );
    expect(f[1].message).toMatch(
      /^“18,4 triệu” gõ dạng chữ: DVK đọc được 18.400.000 đồng nhưng công thức của sổ/,
    );
    expect(f[2].message).toBe(
      "Dòng “Tổng cộng” ghi 19.000.000 đồng ≠ tổng 3 dòng ở trên 18.666.400 đồng, lệch 333.600.",
    );
  });
});
