import { tyLe } from "./tyle";

describe("DVK.TYLE", () => {
  test("shares", () => {
    expect(tyLe(61, 65)).toBe("93,8%");
    expect(tyLe("1.668", "3.336", 0)).toBe("50%");
    expect(tyLe(37, 38, 2)).toBe("97,37%");
    expect(tyLe([[1]], [[3]])).toBe("33,3%");
  });
  test("refusals", () => {
    expect(() => tyLe(1, 0)).toThrow("Không tính được tỷ lệ khi tổng bằng 0.");
    expect(() => tyLe("3.28", 1)).toThrow(/^Phần: /);
    expect(() => tyLe(1, "")).toThrow(
      expect.objectContaining({ kind: "na", message: "Chưa có tổng." }),
    );
  });
});
