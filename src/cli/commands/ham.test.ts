import { memoryIo } from "../io";
import { hamCommand } from "./ham";

async function ham(...args: string[]) {
  const io = memoryIo();
  const code = await hamCommand(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe("dvk ham", () => {
  test("evaluates functions by name, printing numbers in machine form", async () => {
    expect(await ham("DOCSO", "332400000")).toEqual({
      code: 0,
      out: ["Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
      err: [],
    });
    expect((await ham("SO", "18,4 triệu")).out).toEqual(["18400000"]);
    expect((await ham("SO", "18,4")).out).toEqual(["18.4"]);
    expect((await ham("dvk.tong", "1.000", "2", "3,5")).out).toEqual([
      "1005.5",
    ]);
    expect((await ham("KIEMTRA", "65", "3", "40", "18")).out).toEqual([
      "Lệch: 65 ≠ 61 (thiếu 4)",
    ]);
    expect((await ham("NGAYVB", "13/9/2021", "Giang Biên")).out).toEqual([
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    ]);
  });

  test("--json prints JSON", async () => {
    expect((await ham("SO", "18,4 triệu", "--json")).out).toEqual(["18400000"]);
    expect((await ham("DOCSO", "105", "", "lẻ", "--json")).out).toEqual([
      '"một trăm lẻ năm"',
    ]);
  });

  test("a refusal goes to stderr with exit code 1", async () => {
    const r = await ham("SO", "3.28");
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toMatch(/Có phải 3\.280\?/);
  });

  test("unknown function, wrong argument count, no arguments", async () => {
    expect(await ham("XYZ")).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/^Không có hàm “XYZ”\. Các hàm: DOCSO, SO/)],
    });
    expect(await ham("TYLE", "1")).toMatchObject({
      code: 1,
      err: ["DVK.TYLE cần 2–3 đối số: phan, tong, [sole]."],
    });
    expect((await ham()).code).toBe(1);
    expect((await ham("--help")).code).toBe(0);
  });
});
