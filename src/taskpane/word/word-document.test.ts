import { wordMock } from "../../../test/support/word-mock";
import { OfficeError } from "../office-errors";
import { createWordDocument } from "./word-document";

describe("Word adapter", () => {
  test("refreshing 200 tagged figures costs 2 syncs and touches only what changed", async () => {
    const controls = Array.from({ length: 200 }, (_, i) => ({
      tag: `dvk:f${i}`,
      text: `${i}`,
    }));
    controls.push(
      { tag: "ghi-chu-cua-nguoi-dung", text: "giữ nguyên" },
      { tag: "dvk:old", text: "1.000" },
    );
    const m = wordMock(controls);
    const values = new Map(
      Array.from({ length: 200 }, (_, i) => [
        `f${i}`,
        i % 2 ? `${i}` : `${i}!`,
      ]),
    );
    values.set("deleted", "5");
    const report = await createWordDocument(m.run, () => true).refreshFields(
      values,
    );
    expect(m.sync as jest.Mock).toHaveBeenCalledTimes(2);
    expect(report.changed).toHaveLength(100);
    expect(report.changed[0]).toEqual({ key: "f0", from: "0", to: "0!" });
    expect(report.unchanged).toBe(100);
    expect(report.orphaned).toEqual(["old"]);
    expect(report.missing).toEqual(["deleted"]);
    expect(m.calls.filter((c) => c.startsWith("insertText"))).toHaveLength(100);
    expect(m.calls).toContain("insertText:dvk:f0:Replace:0!");
    expect(m.calls.some((c) => c.includes("ghi-chu"))).toBe(false);
  });

  test("nothing changed: one sync", async () => {
    const m = wordMock([{ tag: "dvk:a", text: "1" }]);
    const r = await createWordDocument(m.run, () => true).refreshFields(
      new Map([["a", "1"]]),
    );
    expect(m.sync as jest.Mock).toHaveBeenCalledTimes(1);
    expect(r).toEqual({ changed: [], unchanged: 1, orphaned: [], missing: [] });
  });

  test("a draft opens in a new document with WordApi 1.3, else is inserted at the end", async () => {
    const m = wordMock([]);
    expect(
      await createWordDocument(m.run, () => true).insertDraft("QUJD"),
    ).toBe("opened");
    expect(
      await createWordDocument(m.run, () => false).insertDraft("QUJD"),
    ).toBe("inserted");
    expect(m.calls).toEqual(["open:4", "insertFile:End:4"]);
    expect(m.sync as jest.Mock).toHaveBeenCalledTimes(2);
  });

  test("Word's errors become Vietnamese messages, Office's text kept as detail", async () => {
    const failing = async () => {
      throw Object.assign(new Error("The requested resource doesn't exist."), {
        code: "AccessDenied",
      });
    };
    const err = await createWordDocument(failing, () => true)
      .refreshFields(new Map())
      .catch((e) => e);
    expect(err).toBeInstanceOf(OfficeError);
    expect(err.message).toBe(
      "Word không cho phép sửa văn bản này: văn bản có thể đang được bảo vệ hoặc mở ở chế độ chỉ đọc.",
    );
    expect(err.technical).toBe(
      "AccessDenied: The requested resource doesn't exist.",
    );
  });
});
