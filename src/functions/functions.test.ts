/* The Excel wrappers, with a stand-in CustomFunctions global as in the Excel runtime, and the
 * metadata custom-functions-metadata generates from their JSDoc checked against the registry. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { join } from "node:path";
import { dvkFunctions } from "../core/functions/registry";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const g = globalThis as unknown as { CustomFunctions?: unknown };

import * as fns from "./functions";

interface Meta {
  id: string;
  name: string;
  description: string;
  parameters: {
    name: string;
    description: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
  }[];
  result: { type?: string; dimensionality?: string };
}

const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe("custom function wrappers (in Excel: CustomFunctions defined)", () => {
  beforeAll(() => {
    g.CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
  });
  afterAll(() => {
    delete g.CustomFunctions;
  });

  test("range functions return ranges, spilling", () => {
    expect(fns.docSo([[332_400_000]])).toEqual([
      ["Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
    ]);
    expect(fns.docSo([[1], [2]], "", undefined)).toEqual([["một"], ["hai"]]);
    expect(fns.docSo([[105]], "", "lẻ, chẵn")).toEqual([["một trăm lẻ năm"]]);
    expect(fns.so([["18,4 triệu", "2.300"]])).toEqual([[18_400_000, 2300]]);
    expect(fns.trieu([[332_400_000]])).toEqual([["332,4 triệu đồng"]]);
    expect(fns.trieu([[18_450_000]], 2)).toEqual([["18,45 triệu đồng"]]);
    expect(fns.ngayVb([[44452]], "Giang Biên")).toEqual([
      ["Giang Biên, ngày 13 tháng 9 năm 2021"],
    ]);
    expect(fns.chuan([["C«ng ®oµn", ""]])).toEqual([["Công đoàn", ""]]);
  });

  test("scalar functions", () => {
    expect(fns.tong([[[1, "2.300"]], [["3,5"]]])).toBe(2304.5);
    expect(fns.kiemTra(65, [[[3]], [[40]], [[18]]])).toBe(
      "Lệch: 65 ≠ 61 (thiếu 4)",
    );
    expect(fns.tyLe(61, 65)).toBe("93,8%");
    expect(
      fns.vanBan(
        "Kế hoạch",
        24,
        "KH/ĐU",
        "12/01/2021",
        "Đảng ủy phường Giang Biên",
      ),
    ).toBe(
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên",
    );
  });

  test("refusals become #VALUE! (or #N/A) with the Vietnamese message, per cell in a range", () => {
    const [[bad, good]] = fns.so([["3.28", "1"]]);
    expect(bad).toBeInstanceOf(FakeError);
    expect(bad).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Có phải 3\.280\?/),
    });
    expect(good).toBe(1);
    expect(caught(() => fns.tong([[[1, "abc"]]]))).toEqual(
      new FakeError(
        "#VALUE!",
        "Ô thứ 2 (dòng 1, cột 2) của vùng 1: “abc” không phải là số.",
      ),
    );
    expect(caught(() => fns.kiemTra(null, [[[1]]]))).toEqual(
      new FakeError("#N/A", "Chưa có tổng cần kiểm tra."),
    );
    expect(caught(() => fns.docSo([[1]], undefined, "xyz"))).toMatchObject({
      code: "#VALUE!",
    });
  });

  test("a bug is not disguised as #VALUE!", () => {
    expect(
      caught(() => fns.tong(undefined as unknown as unknown[][][])),
    ).toBeInstanceOf(TypeError);
  });
});

describe("custom function wrappers outside Excel (no CustomFunctions global)", () => {
  test("refusals are plain Errors with the message", () => {
    expect(g.CustomFunctions).toBeUndefined();
    expect(caught(() => fns.tyLe(1, 0))).toEqual(
      new Error("Không tính được tỷ lệ khi tổng bằng 0."),
    );
    const [[bad]] = fns.so([["abc"]]);
    expect(bad).toEqual(new Error("“abc” không phải là số."));
  });
});

describe("functions.json as custom-functions-metadata generates it", () => {
  let meta: Meta[];
  beforeAll(async () => {
    const r = await generateCustomFunctionsMetadata(
      join(__dirname, "functions.ts"),
    );
    expect(r.errors).toEqual([]);
    meta = (JSON.parse(r.metadataJson) as { functions: Meta[] }).functions;
  }, 60_000);

  test("the same functions, in the same order, as the registry", () => {
    expect(meta.map((f) => f.id)).toEqual(Object.keys(dvkFunctions));
    for (const f of meta) {
      expect(f.name).toBe(f.id);
      expect(f.description).toBe(f.description.normalize("NFC"));
    }
  });

  test("parameters: names, types, ranges, optional and repeating as the registry says", () => {
    for (const f of meta) {
      const spec = dvkFunctions[f.id];
      expect(
        f.parameters.map((p) => [
          p.name,
          p.type,
          p.dimensionality === "matrix",
          Boolean(p.optional),
          Boolean(p.repeating),
        ]),
      ).toEqual(
        spec.params.map((p) => [
          p.name,
          p.type,
          Boolean(p.matrix),
          Boolean(p.optional),
          Boolean(p.repeating),
        ]),
      );
      for (const p of f.parameters)
        expect(p.description).toBe(
          spec.params.find((s) => s.name === p.name)?.description,
        );
      expect(
        spec.result === "matrix" ? f.result.dimensionality : f.result.type,
      ).toBe(spec.result);
    }
  });
});
