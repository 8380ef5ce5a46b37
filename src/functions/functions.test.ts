/* The Excel wrappers of the registry's functions: registered under their ids when a
 * CustomFunctions global exists (a stand-in here, as in the Excel runtime), Excel's arguments
 * passed to `evaluate`, refusals turned into Excel errors, ranges spilled. */
import { dvkFunctions, type FunctionSpec } from "../core/functions/registry";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
type Fn = (...args: unknown[]) => unknown;
type FunctionsModule = typeof import("./functions");
type ErrorModule = typeof import("../core/functions/dvk-function-error");
const g = globalThis as unknown as { CustomFunctions?: unknown };

const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

/** Loads functions.ts afresh, as the bundle runs it, with the DvkFunctionError class it
 *  recognises. */
async function load(): Promise<FunctionsModule & ErrorModule> {
  let m: (FunctionsModule & ErrorModule) | undefined;
  await jest.isolateModulesAsync(async () => {
    m = {
      ...(await import("./functions")),
      ...(await import("../core/functions/dvk-function-error")),
    };
  });
  return m!;
}

describe("in Excel (CustomFunctions defined)", () => {
  const associate = jest.fn<void, [string, Fn]>();
  let fns: Record<string, Fn>;
  let module: FunctionsModule & ErrorModule;
  beforeAll(async () => {
    g.CustomFunctions = {
      associate,
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    module = await load();
    fns = Object.fromEntries(associate.mock.calls);
  });
  afterAll(() => {
    delete g.CustomFunctions;
  });

  test("every registry function is associated once, under its id, in the registry's order", () => {
    expect(associate.mock.calls.map(([id]) => id)).toEqual(
      Object.keys(dvkFunctions),
    );
    for (const [id, fn] of associate.mock.calls) {
      expect(typeof fn).toBe("function");
      expect(fn).toBe(module.excelFunctions[id]);
    }
  });

  test("functions with a range result always return a range, spilling", () => {
    expect(fns.DOCSO([[332_400_000]])).toEqual([
      ["Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
    ]);
    expect(fns.DOCSO(332_400_000)).toEqual([
      ["Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
    ]);
    expect(fns.DOCSO([[1], [2]], "", undefined)).toEqual([["một"], ["hai"]]);
    expect(fns.DOCSO([[105]], "", "lẻ, chẵn")).toEqual([["một trăm lẻ năm"]]);
    expect(fns.DOCSO([[105]], null, null)).toEqual([
      ["Một trăm linh năm đồng"],
    ]);
    expect(fns.SO([["18,4 triệu", "2.300"]])).toEqual([[18_400_000, 2300]]);
    expect(fns.TRIEU([[332_400_000]])).toEqual([["332,4 triệu đồng"]]);
    expect(fns.TRIEU([[18_450_000]], 2)).toEqual([["18,45 triệu đồng"]]);
    expect(fns.NGAYVB([[44452]], "Giang Biên")).toEqual([
      ["Giang Biên, ngày 13 tháng 9 năm 2021"],
    ]);
    expect(fns.CHUAN([["C«ng ®oµn", ""]])).toEqual([["Công đoàn", ""]]);
  });

  test("functions with a single result, repeating parameters as Excel passes them (an array of ranges)", () => {
    expect(fns.TONG([[[1, "2.300"]], [["3,5"]]])).toBe(2304.5);
    expect(fns.KIEMTRA(65, [[[3]], [[40]], [[18]]])).toBe(
      "Lệch: 65 ≠ 61 (thiếu 4)",
    );
    expect(fns.TYLE(61, 65)).toBe("93,8%");
    expect(fns.TYLE(61, 65, 2)).toBe("93,85%");
    expect(
      fns.VANBAN(
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

  test("refusals become #VALUE! (or #N/A) with the Vietnamese message: per cell in a range, for the whole call otherwise", () => {
    const [[bad, good]] = fns.SO([["3.28", "1"]]) as unknown[][];
    expect(bad).toBeInstanceOf(FakeError);
    expect(bad).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Có phải 3\.280\?/),
    });
    expect(good).toBe(1);
    expect(caught(() => fns.TONG([[[1, "abc"]]]))).toEqual(
      new FakeError(
        "#VALUE!",
        "Ô thứ 2 (dòng 1, cột 2) của vùng 1: “abc” không phải là số.",
      ),
    );
    expect(caught(() => fns.KIEMTRA(null, [[[1]]]))).toEqual(
      new FakeError("#N/A", "Chưa có tổng cần kiểm tra."),
    );
    expect(caught(() => fns.DOCSO([[1]], undefined, "xyz"))).toMatchObject({
      code: "#VALUE!",
    });
  });

  test("a bug is not disguised as #VALUE!", () => {
    expect(caught(() => fns.TONG(undefined))).toBeInstanceOf(TypeError);
  });

  describe("excelFunction, on any registry entry", () => {
    const spec = (over: Partial<FunctionSpec>): FunctionSpec => ({
      description: "Thử.",
      example: "DVK.THU(1)",
      params: [],
      result: "string",
      evaluate: () => "ok",
      ...over,
    });

    test("passes null for omitted optional parameters and the repeating values last", () => {
      const evaluate = jest.fn(() => "ok");
      const f = module.excelFunction(
        spec({
          params: [
            { name: "a", type: "any", description: "A." },
            { name: "b", type: "string", optional: true, description: "B." },
            {
              name: "c",
              type: "any",
              matrix: true,
              repeating: true,
              description: "C.",
            },
          ],
          evaluate,
        }),
      );
      expect(f(1, undefined, [[[2]], [[3]]])).toBe("ok");
      expect(f(undefined, "", [])).toBe("ok");
      expect(evaluate.mock.calls).toEqual([
        [[1, null, [[2]], [[3]]]],
        [[undefined, ""]],
      ]);
    });

    test("messages longer than Excel's 255 characters are cut, with an ellipsis", () => {
      const long = "Lỗi ".repeat(100);
      const f = module.excelFunction(
        spec({
          evaluate: () => {
            throw new module.DvkFunctionError(long, module.DvkErrorKind.na);
          },
        }),
      );
      const e = caught(() => f()) as FakeError;
      expect(e).toBeInstanceOf(FakeError);
      expect(e.code).toBe("#N/A");
      expect(e.message).toHaveLength(255);
      expect(e.message).toBe(`${long.slice(0, 254)}…`);
    });

    test("a range result of one value is a 1×1 range; a refusal returned for a cell stays in it", () => {
      const refusal = new module.DvkFunctionError("Không đọc được.");
      expect(
        module.excelFunction(spec({ result: "matrix", evaluate: () => 7 }))(),
      ).toEqual([[7]]);
      expect(
        module.excelFunction(
          spec({ result: "matrix", evaluate: () => refusal }),
        )(),
      ).toEqual([[new FakeError("#VALUE!", "Không đọc được.")]]);
      expect(
        module.excelFunction(spec({ result: "number", evaluate: () => 7 }))(),
      ).toBe(7);
    });
  });
});

describe("in an older Excel (CustomFunctionsRuntime 1.1/1.2: no ErrorCode enum)", () => {
  afterEach(() => {
    delete g.CustomFunctions;
  });

  test("1.2 (Error without ErrorCode): the same #VALUE!/#N/A errors, from the code strings", async () => {
    g.CustomFunctions = { associate: jest.fn(), Error: FakeError };
    const { excelFunctions: fns } = await load();
    const [[bad, good]] = fns.SO([["abc", "1"]]) as unknown[][];
    expect(bad).toEqual(new FakeError("#VALUE!", "“abc” không phải là số."));
    expect(good).toBe(1);
    expect(caught(() => fns.KIEMTRA(null, [[[1]]]))).toEqual(
      new FakeError("#N/A", "Chưa có tổng cần kiểm tra."),
    );
  });

  test("1.1 (no Error class): a plain Error with the message, still an error in the cell", async () => {
    g.CustomFunctions = { associate: jest.fn() };
    const { excelFunctions: fns } = await load();
    const e = caught(() => fns.TYLE(1, 0));
    expect(e).toBeInstanceOf(Error);
    expect(e).toEqual(new Error("Không tính được tỷ lệ khi tổng bằng 0."));
  });
});

describe("outside Excel (no CustomFunctions global)", () => {
  let module: FunctionsModule & ErrorModule;
  beforeAll(async () => {
    expect(g.CustomFunctions).toBeUndefined();
    module = await load();
  });

  test("nothing to register with; refusals are plain Errors with the message", () => {
    const fns = module.excelFunctions;
    expect(Object.keys(fns)).toEqual(Object.keys(dvkFunctions));
    expect(caught(() => fns.TYLE(1, 0))).toEqual(
      new Error("Không tính được tỷ lệ khi tổng bằng 0."),
    );
    const [[bad]] = fns.SO([["abc"]]) as unknown[][];
    expect(bad).toEqual(new Error("“abc” không phải là số."));
  });
});
