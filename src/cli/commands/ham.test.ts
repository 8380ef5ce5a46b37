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
    expect((await ham("Tong", "-1000", "(500)")).out).toEqual(["-1500"]);
    expect((await ham("KIEMTRA", "65", "3", "40", "18")).out).toEqual([
      "Lệch: 65 ≠ 61 (thiếu 4)",
    ]);
    expect((await ham("TRIEU", "18450000", "2")).out).toEqual([
      "18,45 triệu đồng",
    ]);
    expect((await ham("TYLE", "61", "65", "2")).out).toEqual(["93,85%"]);
    expect((await ham("NGAYVB", "13/9/2021", "Giang Biên")).out).toEqual([
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    ]);
    expect((await ham("NGAYVB", "44452")).out).toEqual([
      "ngày 13 tháng 9 năm 2021",
    ]);
    expect(
      (
        await ham(
          "VANBAN",
          "Kế hoạch",
          "24",
          "KH/ĐU",
          "12/01/2021",
          "Đảng ủy phường Giang Biên",
        )
      ).out,
    ).toEqual([
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên",
    ]);
    expect((await ham("CHUAN", "C«ng ®oµn")).out).toEqual(["Công đoàn"]);
    expect(
      (await ham("DOCSO", "1.000.000.000.000.000.000.000", "")).out,
    ).toEqual(["một nghìn tỷ tỷ"]);
  });

  test("--json prints JSON", async () => {
    expect((await ham("SO", "18,4 triệu", "--json")).out).toEqual(["18400000"]);
    expect((await ham("--json", "DOCSO", "105", "", "lẻ")).out).toEqual([
      '"một trăm lẻ năm"',
    ]);
    expect(await ham("SO", "3.28", "--json")).toMatchObject({
      code: 1,
      out: [
        expect.stringMatching(
          /^\{"error":"#VALUE!","message":"“3\.28” không rõ nghĩa/,
        ),
      ],
    });
  });

  test("a refusal goes to stderr with exit code 1", async () => {
    const r = await ham("SO", "3.28");
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toMatch(/Có phải 3\.280\?/);
    expect((await ham("TONG", "1", "abc")).err).toEqual([
      "Đối số 2: “abc” không phải là số.",
    ]);
  });

  test("unknown function, wrong argument count, no arguments, help", async () => {
    expect(await ham("XYZ")).toMatchObject({
      code: 1,
      err: [
        expect.stringMatching(
          /^Không có hàm “XYZ”\. Các hàm: DOCSO, SO, TONG, KIEMTRA, TRIEU, TYLE, NGAYVB, VANBAN, CHUAN\./,
        ),
      ],
    });
    expect(await ham("TYLE", "1")).toMatchObject({
      code: 1,
      err: ["DVK.TYLE cần 2–3 đối số: DVK.TYLE(phan; tong; [sole])."],
    });
    expect(await ham("TONG")).toMatchObject({
      code: 1,
      err: ["DVK.TONG cần ít nhất 1 đối số: DVK.TONG(vung; …)."],
    });
    const none = await ham();
    expect(none.code).toBe(1);
    expect(none.err[0]).toMatch(/^Cách dùng: dvk ham/);
    const help = await ham("--help");
    expect(help.code).toBe(0);
    expect(help.out.join("\n")).toMatch(/Các hàm: DOCSO, SO/);
    const one = await ham("docso", "--help");
    expect(one).toMatchObject({
      code: 0,
      out: expect.arrayContaining(["DVK.DOCSO(so; [donvi]; [kieu])"]),
    });
  });
});
