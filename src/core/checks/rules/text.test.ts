import { check } from "../../../../test/support/rules";
import { serial, tableOf } from "../../../../test/support/tables";
import { donationsSpec } from "../../sheets/specs";

describe("text rules", () => {
  test("text: legacy encodings, decomposed letters, stray spaces in names", () => {
    const f = check("text", [
      tableOf(donationsSpec, [
        {
          date: serial(1, 3, 2023),
          donor: "C«ng ®oµn tr\u00adêng",
          form: "Tiền mặt",
          amount: 1,
        },
        {
          date: serial(1, 3, 2023),
          donor: "Bác sĩ  Tổng",
          form: "Tiền mặt",
          amount: 2,
        },
        {
          date: serial(1, 3, 2023),
          donor: "Hội cha mẹ".normalize("NFD"),
          form: "Tiền mặt",
          amount: 3,
        },
      ]),
    ]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["text.legacy", "C4"],
      ["text.spaces", "C5"],
      ["text.nfc", "C6"],
    ]);
    expect(f[0].message).toBe(
      "“C«ng ®oµn tr\u00adêng” gõ bằng bảng mã TCVN3 (.VnTime); sửa thành “Công đoàn trường” (hàm DVK.CHUAN).",
    );
  });

  test("an ambiguous number inside free text, before a counted thing (seed 000: “3.28 quyển tập”)", () => {
    const f = check("text.number", [
      tableOf(donationsSpec, [
        {
          donor: "Nhóm Ươm mầm",
          item: "3.28 quyển tập",
          date: serial(10, 5, 2023),
          amount: 1,
        },
        {
          donor: "Nhóm Ươm mầm",
          item: "Ca 7.30 sáng; 1.000 quyển vở",
          date: serial(10, 5, 2023),
          amount: 1,
        },
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      [
        "G4",
        expect.stringMatching(
          /^“3.28 quyển tập”: “3.28” không rõ nghĩa.*Có phải 3.280\?/,
        ),
      ],
    ]);
  });
});
