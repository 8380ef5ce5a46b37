/* Every report kind, built from the sample workbook, rendered to .docx and converted to PDF by
 * LibreOffice: the header block, title, figures and words come out in order; every figure sits
 * in a tagged content control; special characters survive; page images are kept as artifacts. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { REPORT_KINDS } from "../../src/core/report/kinds";
import { insertTemplates } from "../../src/core/sheets/insert";
import {
  readTables,
  readWorkbook,
  type WorkbookData,
} from "../../src/core/sheets/read";
import { TABLE_NAMES } from "../../src/core/sheets/registry";
import { donationsSpec } from "../../src/core/sheets/specs";
import { serial, tableOf } from "../support/tables";
import { MemoryWorkbook } from "../../src/core/workbook/memory-workbook";
import { headerName } from "../../src/core/report/parts";
import { renderDocx } from "../../src/report-docx/render-docx";
import { artifactsDir } from "../support/dist";
import { sofficeConvert } from "../support/libreoffice";
import { requireTool } from "../support/tools";

const ok =
  requireTool("soffice") && requireTool("pdftotext") && requireTool("pdftoppm");
const d = ok ? describe : describe.skip;

const HEADER_LEFT = ["UBND XÃ VĨNH BÌNH BẮC", "Số: 01/BC-THCS"];
const HEADER_RIGHT = [
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Vĩnh Bình Bắc, ngày 20 tháng 12 năm 2023",
];
const HEADER = [...HEADER_LEFT, ...HEADER_RIGHT];
const FIGURES =
  "52 cán bộ, giáo viên, nhân viên; 18 lớp với 585 học sinh; 30 đảng viên (24 chính thức, 6 dự bị)";
const MONEY =
  "13 lượt tài trợ của 7 nhà tài trợ, tổng giá trị 332,4 triệu đồng (Ba trăm ba mươi hai triệu bốn trăm nghìn đồng)";
const SIGN = ["Nơi nhận:", "HIỆU TRƯỞNG", "Trần Văn Minh"];

const EXPECTED: Record<string, string[]> = {
  "ket-qua-mo-hinh": [
    ...HEADER,
    "BÁO CÁO",
    "Kết quả thực hiện mô hình “Dân vận khéo” cấp xã năm 2023",
    "Căn cứ Nghị quyết số 25-NQ/TW ngày 03/06/2013",
    "1. Công tác quán triệt, triển khai thực hiện",
    MONEY,
    "3.1. Ưu điểm",
    "Trên đây là báo cáo",
    ...SIGN,
  ],
  "so-ket": [
    ...HEADER,
    "BÁO CÁO",
    "Sơ kết phong trào thi đua “Dân vận khéo” năm 2023",
    "I. Đặc điểm, tình hình",
    FIGURES,
    "III. Đánh giá kết quả thực hiện",
    MONEY,
    "V. Đánh giá chung",
    "có 8 viên chức được xếp loại “Hoàn thành xuất sắc nhiệm vụ”",
    "Trên đây là báo cáo sơ kết phong trào thi đua “Dân vận khéo” năm 2023",
    ...SIGN,
  ],
  "tong-ket": [
    ...HEADER,
    "BÁO CÁO",
    "Tổng kết phong trào thi đua “Dân vận khéo” năm 2023",
    FIGURES,
    MONEY,
    "Trên đây là báo cáo tổng kết",
    ...SIGN,
  ],
  "dang-ky-mo-hinh": [
    ...HEADER_LEFT.slice(0, 1),
    ...HEADER_RIGHT,
    "BẢNG ĐĂNG KÝ",
    "Xây dựng mô hình, điển hình “Dân vận khéo” cấp xã năm 2023",
    "- Địa chỉ cụ thể: Ấp Vĩnh Phước",
    "Khéo vận động cán bộ, giáo viên",
    "Văn hóa – xã hội",
    "IV. Mục tiêu, chỉ tiêu của mô hình",
    "Vận động tối thiểu 300 triệu đồng",
    ...SIGN,
  ],
  "cong-tac-dan-van": [
    ...HEADER,
    "BÁO CÁO",
    "Kết quả thực hiện công tác dân vận ở đơn vị năm 2023",
    "I. KHÁI QUÁT CHUNG",
    FIGURES,
    "III. KẾT QUẢ THỰC HIỆN",
    MONEY,
    "IV. ĐÁNH GIÁ CHUNG",
    "VI. KIẾN NGHỊ, ĐỀ XUẤT",
    ...SIGN,
  ],
  "giam-sat": [
    ...HEADER,
    "BÁO CÁO",
    "Giám sát việc thực hiện phong trào thi đua “Dân vận khéo” năm 2023",
    "1. Khái quát tình hình",
    FIGURES,
    "hiện có 3 tổ đảng, 30 đảng viên",
    "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
    MONEY,
    "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ...SIGN,
  ],
};

async function sampleData(
  edit?: (wb: MemoryWorkbook) => Promise<void>,
): Promise<WorkbookData> {
  const wb = new MemoryWorkbook();
  await insertTemplates(wb, { level: "th-thcs", sample: true });
  if (edit) await edit(wb);
  return (await readWorkbook(wb)).data;
}

async function toPdfText(
  bytes: Uint8Array,
  name: string,
  image = false,
): Promise<{ text: string; xml: string }> {
  const dir = mkdtempSync(join(tmpdir(), "dvk-report-"));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const pdf = sofficeConvert(docx, "pdf");
  if (image)
    execFileSync("pdftoppm", [
      "-r",
      "70",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      pdf,
      join(artifactsDir(), `report-${name}`),
    ]);
  const text = execFileSync("pdftotext", [pdf, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, " ");
  const xml = await (
    await JSZip.loadAsync(bytes)
  )
    .file("word/document.xml")!
    .async("string");
  return { text, xml };
}

d("report drafts through LibreOffice", () => {
  let data: WorkbookData;
  beforeAll(async () => {
    data = await sampleData();
  });

  test.each(REPORT_KINDS.map((k) => [k.id]))(
    "%s: header, title, figures and words in order; tagged figures",
    async (id) => {
      const kind = REPORT_KINDS.find((k) => k.id === id)!;
      const { text, xml } = await toPdfText(
        await renderDocx(kind.build(data)),
        id,
        true,
      );
      // The header block is two columns: each column reads in order; the rest follows it.
      const inOrder = (lines: readonly string[], from: number) =>
        lines.reduce((at, s) => {
          const i = text.indexOf(s, at);
          expect([s, i >= 0]).toEqual([s, true]);
          return i;
        }, from);
      const left =
        id === "dang-ky-mo-hinh" ? HEADER_LEFT.slice(0, 1) : HEADER_LEFT; // the form has no "Số:"
      const afterHeader = Math.max(inOrder(left, 0), inOrder(HEADER_RIGHT, 0));
      inOrder(
        EXPECTED[id].slice(left.length + HEADER_RIGHT.length),
        afterHeader,
      );
      if (id === "dang-ky-mo-hinh") expect(text).not.toContain("Số:");
      expect(xml).toMatch(
        /<w:sdt><w:sdtPr><w:alias w:val="general.dateLine"\/><w:tag w:val="dvk:general.dateLine"\/><\/w:sdtPr><w:sdtContent><w:r>/,
      );
      expect(text).toMatch(/\[[^\]]+\]/); // prompts for what the data cannot write
    },
    120_000,
  );

  test("special characters in donor names survive; the total is a tagged control", async () => {
    const edited = await sampleData((wb) =>
      wb.apply([
        {
          kind: "write",
          sheet: "Sổ tài trợ",
          at: "C4",
          cells: [
            [
              {
                value: `Công ty "Hoa & Lá" <Cần Thơ> 'ABC'`,
                numberFormat: "@",
              },
            ],
          ],
        },
      ]),
    );
    const { text, xml } = await toPdfText(
      await renderDocx(REPORT_KINDS[0].build(edited)),
      "special",
    );
    expect(xml).toMatch(
      /Công ty (&quot;|")Hoa &amp; Lá(&quot;|") &lt;Cần Thơ&gt; (&apos;|')ABC(&apos;|')/,
    );
    expect(text).toContain(`Công ty "Hoa & Lá" <Cần`);
    expect(xml).toMatch(
      /<w:tag w:val="dvk:donations.total"\/><\/w:sdtPr><w:sdtContent><w:r>.*?332,4 triệu đồng<\/w:t>/,
    );
  }, 120_000);

  test("a long ledger: a summary by donor in the body, the full list as an appendix table", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    const others = (await wb.readTables(TABLE_NAMES))
      .filter((t) => t && t.name !== "tblDonations")
      .map((t) => t!);
    // 400 lines through LibreOffice (laying out 10,000 would take minutes); the 10,000-line case is
    // checked on the XML below and timed by `npm run bench`.
    const rows = Array.from({ length: 400 }, (_, i) => ({
      no: i + 1,
      date: serial(1 + (i % 28), 3, 2023),
      donor: `Nhà tài trợ số ${(i % 40) + 1}`,
      form: "Tiền mặt",
      item: `Ủng hộ đợt ${i + 1}`,
      amount: 100_000 + i,
      voucher: `PT${i}`,
    }));
    const ledger = readTables([...others, tableOf(donationsSpec, rows)]).data;
    expect(ledger.donations!.rows.length).toBe(400);
    const { text, xml } = await toPdfText(
      await renderDocx(REPORT_KINDS[0].build(ledger)),
      "ledger-long",
    );
    expect(text).toContain(
      "Tổng hợp theo nhà tài trợ (danh sách đầy đủ 400 lượt ở phụ lục)",
    );
    expect(text).toContain("PHỤ LỤC: DANH SÁCH CÁC KHOẢN TÀI TRỢ");
    expect(text).toContain("Ủng hộ đợt 400");
    expect(text).toContain(`400 lượt tài trợ của 40 nhà tài trợ`);
    expect(xml).not.toContain("§DVK-TABLE");
    const big = readTables([
      ...others,
      tableOf(
        donationsSpec,
        Array.from({ length: 10_000 }, (_, i) => ({
          ...rows[i % 400],
          item: `Ủng hộ đợt ${i + 1}`,
        })),
      ),
    ]).data;
    const bigXml = await (
      await JSZip.loadAsync(await renderDocx(REPORT_KINDS[0].build(big)))
    )
      .file("word/document.xml")!
      .async("string");
    expect(bigXml.match(/<w:tr>/g)?.length).toBeGreaterThan(10_000);
    expect(bigXml).toContain("Ủng hộ đợt 10000");
    expect(bigXml).not.toContain("§DVK-TABLE");
  }, 180_000);

  test("A4, page numbers centred at the top from page 2 (none on page 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dvk-pages-"));
    const docx = join(dir, "so-ket.docx");
    writeFileSync(docx, await renderDocx(REPORT_KINDS[1].build(data)));
    const pdf = sofficeConvert(docx, "pdf");
    const page = (k: number) =>
      execFileSync("pdftotext", ["-f", String(k), "-l", String(k), pdf, "-"], {
        encoding: "utf8",
      })
        .trim()
        .split("\n")[0];
    expect(page(1)).toBe("UBND XÃ VĨNH BÌNH BẮC");
    expect(page(2)).toBe("2");
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(
      /Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/,
    );
  }, 120_000);

  test("an empty workbook still gives a draft, with prompts where data is missing", async () => {
    const { text } = await toPdfText(
      await renderDocx(
        REPORT_KINDS[1].build((await readWorkbook(new MemoryWorkbook())).data),
      ),
      "empty",
    );
    for (const s of [
      "[CƠ QUAN CHỦ QUẢN]",
      "[TÊN ĐƠN VỊ]",
      "BÁO CÁO",
      "[số CB-GV-NV]",
      "[Kết quả vận động, tài trợ (chưa có dữ liệu ở sheet Sổ tài trợ)]",
      "[Họ và tên]",
    ])
      expect(text).toContain(s);
  }, 120_000);

  test("layout per ND 30/2020 and HD 36: names kept whole, bold issuer and signer, regular superior, the ledger table, Nơi nhận, quotes", async () => {
    const general = data.general!;
    const models = data.models!;
    const edited = await sampleData((wb) =>
      wb.apply([
        {
          kind: "write",
          sheet: general.sheet,
          at: general.cells.superiorBody!,
          cells: [[{ value: "Đảng ủy phường Giang Biên", numberFormat: "@" }]],
        },
        {
          kind: "write",
          sheet: general.sheet,
          at: general.cells.unitName!,
          cells: [
            [{ value: "Chi bộ Trường Mầm non Tràng An", numberFormat: "@" }],
          ],
        },
        {
          kind: "write",
          sheet: general.sheet,
          at: general.cells.documentFamily!,
          cells: [[{ value: "Đảng", numberFormat: "@" }]],
        },
        {
          kind: "write",
          sheet: general.sheet,
          at: general.cells.signerAuthority!,
          cells: [[{ value: "T/M", numberFormat: "@" }]],
        },
        {
          kind: "write",
          sheet: general.sheet,
          at: general.cells.authorityBody!,
          cells: [[{ value: "Chi ủy", numberFormat: "@" }]],
        },
        // A name typed with its quotes: printed once quoted, never "““…”".
        {
          kind: "write",
          sheet: models.sheet,
          at: `${models.columns.name}${models.rows[0]!.row}`,
          cells: [[{ value: "“Ngôi nhà xanh”", numberFormat: "@" }]],
        },
      ]),
    );
    const bytes = await renderDocx(
      REPORT_KINDS.find((k) => k.id === "so-ket")!.build(edited),
    );
    const { text, xml } = await toPdfText(bytes, "layout-party", true);
    const dir = mkdtempSync(join(tmpdir(), "dvk-layout-"));
    writeFileSync(join(dir, "layout.docx"), bytes);
    const pdf = sofficeConvert(join(dir, "layout.docx"), "pdf");
    const lines = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim());
    // Header names break, if at all, after "ĐẢNG ỦY PHƯỜNG" / "CHI BỘ TRƯỜNG MẦM NON", never inside the proper name.
    for (const name of ["GIANG BIÊN", "TRÀNG AN"])
      expect(
        lines.some((l) => l.endsWith(name) || l === name || l.includes(name)),
      ).toBe(true);
    expect(lines).not.toContain("BIÊN");
    expect(xml).toContain("GIANG\u00a0BIÊN");
    // The issuing body bold, the superior body regular capitals (HD 36 / ND 30).
    // The properties of the last run reading `t` (the header and signature come last of their kind).
    const run = (t: string) =>
      [
        ...xml.matchAll(
          new RegExp(
            `<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t[^>]*>${t}</w:t>`,
            "g",
          ),
        ),
      ].at(-1)?.[1] ?? "";
    // Both found (a missing run would pass "not bold" for nothing).
    expect(run(headerName("Đảng ủy phường Giang Biên"))).toContain("<w:sz ");
    expect(run(headerName("Đảng ủy phường Giang Biên"))).not.toContain(
      "<w:b/>",
    );
    expect(run(headerName("Chi bộ Trường Mầm non Tràng An"))).toContain(
      "<w:b/>",
    );
    // The signature block (authority, position, name) bold.
    for (const t of ["T/M CHI ỦY", "HIỆU TRƯỞNG", "Trần Văn Minh"])
      expect(run(t)).toContain("<w:b/>");
    // Nơi nhận: each line ends with ";", the last with ".".
    expect(text).toContain("- Chi bộ trường; - Lưu: VT.");
    // Quotes not doubled.
    expect(text).toContain("“Ngôi nhà xanh”");
    expect(text).not.toMatch(/““|””/);
    // The ledger: dates and "TT" on one line each, a total row.
    const dates = lines.filter((l) => /\d\d\/\d\d\/\d{4}/.test(l));
    expect(dates.length).toBeGreaterThanOrEqual(13);
    for (const l of lines) expect(l).not.toMatch(/^\d\d\/\d\d\/$|^\d{4}$/);
    expect(lines).toContain("TT");
    const totalRow = [...xml.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/g)]
      .map((m) => m[0])
      .find((r) => r.includes(">Tổng cộng<") && r.includes("332.400.000"));
    expect(totalRow).toContain('<w:tag w:val="dvk:donations.total:dong"/>');
    expect(totalRow).toContain("<w:cantSplit/>");
  }, 120_000);
});
