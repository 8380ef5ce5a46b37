import { check, GENERAL_OK } from "../../../../test/support/rules";
import { serial } from "../../../../test/support/tables";
import { readTables } from "../../sheets/read";
import { runChecks } from "../run";

describe("general rules", () => {
  test("general: required fields, dates in order, authority of the family", () => {
    expect(check("general", [])).toEqual([]);
    const f = check("general", [], {
      ...GENERAL_OK,
      place: null,
      reportDate: serial(1, 12, 2023),
      signerAuthority: "TM.",
    });
    expect(f.map((x) => [x.rule, x.cell, x.message])).toEqual([
      ["general.required", "B8", "Chưa điền “Địa danh”."],
      [
        "general.dates",
        "B11",
        "Ngày báo cáo 01/12/2023 trước ngày cuối kỳ 31/12/2023: như thường lệ, số liệu tính đến ngày báo cáo; ghi rõ trong báo cáo nếu cần.",
      ],
      [
        "general.authority",
        "B16",
        "Văn bản Đảng ký thay tập thể dùng “T/M” (Hướng dẫn 36-HD/VPTW), không dùng “TM.”.",
      ],
    ]);
    expect(runChecks(readTables([])).findings.map((x) => x.rule)).toEqual([
      "general.missing-sheet",
    ]);
  });
});
