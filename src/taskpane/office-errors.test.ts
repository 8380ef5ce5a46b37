import { WorkbookError } from "../core/workbook/types";
import { guard, OfficeError, toOfficeError } from "./office-errors";

describe("Office errors in Vietnamese", () => {
  test.each([
    [
      "ResponsePayloadSizeLimitExceeded",
      /^Dữ liệu đọc về quá lớn.*5 MB của Excel trên web/,
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      /^Dữ liệu gửi vào quá lớn.*5 MB của Excel trên web/,
    ],
    ["RangeExceedsLimit", /quá nhiều ô \(Excel chỉ đọc tối đa 5 triệu ô/],
    [
      "OperationCellsExceedLimit",
      /quá nhiều ô \(Excel giới hạn khoảng 33 triệu ô/,
    ],
  ])(
    "%s has its own sentence; Office's text is kept as detail",
    (code, message) => {
      const e = toOfficeError("Excel", {
        code,
        message: "The size of the payload exceeded the limit.",
        debugInfo: { errorLocation: "Range.values" },
      }) as OfficeError;
      expect(e).toBeInstanceOf(OfficeError);
      expect(e.message).toMatch(message);
      expect(e.message).not.toMatch(/payload|limit/i);
      expect(e.technical).toBe(
        `${code}: The size of the payload exceeded the limit. [Range.values]`,
      );
    },
  );

  test("the payload codes Excel reports are the ones Excel.ErrorCodes declares (or Microsoft documents)", () => {
    // Typed against Excel.ErrorCodes of the office-js typings: a code not in the enum is a
    // compile error (tsc checks the tests).
    const declared: readonly `${Excel.ErrorCodes}`[] = [
      "ResponsePayloadSizeLimitExceeded",
      "RangeExceedsLimit",
      "OperationCellsExceedLimit",
    ];
    for (const code of declared)
      expect(toOfficeError("Excel", { code }).message).not.toMatch(
        /^Excel báo lỗi khi thực hiện thao tác/,
      );
    expect(toOfficeError("Excel", { code: "SomethingElse" }).message).toBe(
      "Excel báo lỗi khi thực hiện thao tác; hãy thử lại.",
    );
  });

  test("our own WorkbookErrors pass through guard unchanged", async () => {
    const own = new WorkbookError("Sheet “A” đang được bảo vệ.");
    await expect(
      guard(
        "Excel",
        (b: (c: null) => Promise<void>) => b(null),
        async () => {
          throw own;
        },
      ),
    ).rejects.toBe(own);
  });
});
