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
});
