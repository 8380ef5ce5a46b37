/* A report draft rendered to .docx, converted to PDF by LibreOffice: the text comes out in the
 * right order, every figure sits in a tagged content control, special characters survive. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { insertTemplates } from "../../src/core/sheets/insert";
import { readWorkbook } from "../../src/core/sheets/read";
import { ketQuaMoHinh } from "../../src/core/report/kinds/ket-qua-mo-hinh";
import { MemoryWorkbook } from "../../src/core/workbook/memory-workbook";
import { renderDocx } from "../../src/report-docx/render-docx";
import { artifactsDir } from "../support/dist";
import { sofficeConvert } from "../support/libreoffice";
import { requireTool } from "../support/tools";

const ok = requireTool("soffice") && requireTool("pdftotext") && requireTool("pdftoppm");
const d = ok ? describe : describe.skip;

d("report draft ket-qua-mo-hinh through LibreOffice", () => {
  let pdfText = "";
  let readingOrder = "";
  let xml = "";
  beforeAll(async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    await wb.apply([{ kind: "write", sheet: "Sổ tài trợ", at: "C4", cells: [[{ value: `Công ty "Hoa & Lá" <Cần Thơ> 'ABC'`, numberFormat: "@" }]] }]);
    const { data } = await readWorkbook(wb);
    const bytes = await renderDocx(ketQuaMoHinh(data));
    const dir = mkdtempSync(join(tmpdir(), "dvk-report-"));
    const docx = join(dir, "ket-qua-mo-hinh.docx");
    writeFileSync(docx, bytes);
    xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    const pdf = sofficeConvert(docx, "pdf");
    pdfText = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    readingOrder = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", pdf, join(artifactsDir(), "report-ket-qua-mo-hinh")]);
  }, 180_000);

  test("header block, title, legal bases, figures and the amount in words, in order", () => {
    const flat = readingOrder;
    const order = [
      "UBND XÃ VĨNH BÌNH BẮC",
      "Số: 01/BC-THCS",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Vĩnh Bình Bắc, ngày 20 tháng 12 năm 2023",
      "BÁO CÁO",
      "Kết quả thực hiện mô hình “Dân vận khéo” năm 2023",
      "Căn cứ Nghị quyết số 25-NQ/TW ngày 03/06/2013",
      "13 lượt tài trợ của 7 nhà tài trợ, tổng giá trị 332,4 triệu đồng (Ba trăm ba mươi hai triệu bốn trăm nghìn đồng)",
      "Nơi nhận:",
      "HIỆU TRƯỞNG",
      "Trần Văn Minh",
    ];
    let at = 0;
    for (const s of order) {
      const i = flat.indexOf(s, at);
      expect([s, i >= 0]).toEqual([s, true]);
      at = i;
    }
  });

  test("every figure is a content control tagged dvk:<key>", () => {
    for (const tag of ["dvk:donations.total", "dvk:donations.totalWords", "dvk:donations.count", "dvk:general.dateLine", "dvk:general.number", "dvk:legalRefs.1"])
      expect(xml).toContain(`<w:tag w:val="${tag}"/>`);
    expect(xml).toMatch(/<w:sdt><w:sdtPr><w:alias w:val="donations.total"\/><w:tag w:val="dvk:donations.total"\/><\/w:sdtPr><w:sdtContent><w:r>.*?332,4 triệu đồng<\/w:t><\/w:r><\/w:sdtContent><\/w:sdt>/);
  });

  test("donor names with & < > \" ' survive, escaped in the XML and whole in the PDF", () => {
    expect(xml).toMatch(/Công ty (&quot;|")Hoa &amp; Lá(&quot;|") &lt;Cần Thơ&gt; (&apos;|')ABC(&apos;|')/);
    expect(pdfText.replace(/\s+/g, " ")).toContain(`Công ty "Hoa & Lá" <Cần`);
  });

  test("narrative parts the data cannot write are bracketed prompts", () => {
    expect(pdfText).toContain("[Nêu việc quán triệt kế hoạch của cấp trên");
  });
});
