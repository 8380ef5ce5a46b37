import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import JSZip from "jszip";
import { field, para, prompt, text, type ReportTree } from "../report/tree";
import { renderDocx } from "../../report-docx/render-docx";
import { readDocxParagraphs } from "./docx-paragraphs";
import { ReportImportError } from "./errors";
import { readReportDocx } from "./read-report";
import { p, r, rawDocx, table } from "../../../test/support/raw-docx";

const texts = async (bytes: Uint8Array) =>
  (await readDocxParagraphs(bytes)).map((x) => x.text);

/** A .docx written by the docx library. */
async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(
    new Document({ sections: [{ children }] }),
  );
  return new Uint8Array(buffer);
}

const cell = (text: string, bold = false) =>
  new TableCell({
    width: { size: 2000, type: WidthType.DXA },
    children: text
      .split("\n")
      .map(
        (t) => new Paragraph({ children: [new TextRun({ text: t, bold })] }),
      ),
  });

describe("readDocxParagraphs — a .docx as paragraphs", () => {
  test("a bold centred title and summary, a header table and a table in the body (docx library)", async () => {
    const centred = (text: string, bold = true, italic = false) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold, italics: italic })],
      });
    const bytes = await docxOf([
      new Table({
        rows: [
          new TableRow({
            children: [
              cell(
                "ĐẢNG ỦY PHƯỜNG GIANG BIÊN\nCHI BỘ TRƯỜNG MN TRÀNG AN\n*\nSố 05-BC/CB",
              ),
              cell(
                "ĐẢNG CỘNG SẢN VIỆT NAM\nGiang Biên, ngày 13 tháng 9 năm 2022",
              ),
            ],
          }),
        ],
      }),
      centred("BÁO CÁO"),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: "Sơ kết phong trào thi đua “Dân vận khéo”",
            bold: true,
          }),
          new TextRun({ text: "9 tháng đầu năm 2022", bold: true, break: 1 }),
        ],
      }),
      centred("(Kèm theo Kế hoạch số 24-KH/ĐU)", false, true),
      new Paragraph({
        children: [
          new TextRun(
            "Căn cứ Kế hoạch số 24-KH/ĐU ngày 12/01/2022 của Đảng ủy phường Giang Biên;",
          ),
        ],
      }),
      new Paragraph({
        children: [new TextRun("Chi bộ Trường MN Tràng An báo cáo như sau:")],
      }),
      new Paragraph({
        children: [new TextRun({ text: "I. ĐẶC ĐIỂM TÌNH HÌNH", bold: true })],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              cell("Tổng CB-GV-NV", true),
              cell("BGH", true),
              cell("GV", true),
              cell("NV", true),
            ],
          }),
          new TableRow({
            children: [cell("65"), cell("03"), cell("40"), cell("22")],
          }),
        ],
      }),
      new Paragraph({
        children: [new TextRun({ text: "1. Thuận lợi", bold: true })],
      }),
      new Paragraph({
        children: [new TextRun("- Nhà trường luôn nhận được sự quan tâm.")],
      }),
      new Paragraph({
        children: [new TextRun("Trên đây là báo cáo sơ kết của Chi bộ.")],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              cell("Nơi nhận:\n- Đảng ủy phường;\n- Lưu."),
              cell("T/M CHI ỦY\nBÍ THƯ\nNguyễn Văn A"),
            ],
          }),
        ],
      }),
    ]);
    const paragraphs = await readDocxParagraphs(bytes);
    expect(paragraphs.slice(0, 4)).toEqual([
      expect.objectContaining({
        text: "ĐẢNG ỦY PHƯỜNG GIANG BIÊN CHI BỘ TRƯỜNG MN TRÀNG AN * Số 05-BC/CB | ĐẢNG CỘNG SẢN VIỆT NAM Giang Biên, ngày 13 tháng 9 năm 2022",
      }),
      { text: "BÁO CÁO", bold: true, italic: false, centered: true },
      {
        text: "Sơ kết phong trào thi đua “Dân vận khéo”\n9 tháng đầu năm 2022",
        bold: true,
        italic: false,
        centered: true,
      },
      {
        text: "(Kèm theo Kế hoạch số 24-KH/ĐU)",
        bold: false,
        italic: true,
        centered: true,
      },
    ]);
    expect(paragraphs.find((x) => x.text.startsWith("Tổng"))).toEqual({
      text: "Tổng CB-GV-NV | BGH | GV | NV",
      bold: true,
      italic: false,
      centered: false,
      cells: ["Tổng CB-GV-NV", "BGH", "GV", "NV"],
    });
    const report = await readReportDocx(bytes);
    expect(report).toEqual({
      documentType: "BÁO CÁO",
      summary:
        "Sơ kết phong trào thi đua “Dân vận khéo”\n9 tháng đầu năm 2022\n(Kèm theo Kế hoạch số 24-KH/ĐU)",
      bases: [
        "Căn cứ Kế hoạch số 24-KH/ĐU ngày 12/01/2022 của Đảng ủy phường Giang Biên;",
      ],
      intro: "Chi bộ Trường MN Tràng An báo cáo như sau:",
      sections: [
        {
          number: "I",
          level: 1,
          heading: "ĐẶC ĐIỂM TÌNH HÌNH",
          runIn: false,
          text: "Tổng CB-GV-NV | BGH | GV | NV\n65 | 03 | 40 | 22",
        },
        {
          number: "1",
          level: 2,
          heading: "Thuận lợi",
          runIn: false,
          text: "- Nhà trường luôn nhận được sự quan tâm.",
        },
      ],
      closing: "Trên đây là báo cáo sơ kết của Chi bộ.",
    });
  });

  test("seed 001's statistics table, pasted as a table, reads as one row per paragraph", async () => {
    const bytes = await rawDocx({
      body:
        p("I. Đặc điểm, tình hình:") +
        table([
          [
            "Tổng CB GV NV",
            "BGH",
            "GV",
            "Tổng số học sinh",
            "Nhân viên",
            "",
            "",
            "",
            "",
            "Đảng viên",
            "",
          ],
          [
            "",
            "",
            "",
            "NT 24-36 tháng",
            "Nhân viên nuôi dưỡng",
            "Kế toán",
            "Văn thư",
            "Y tế",
            "Bảo vệ",
            "Chính thức",
            "Dự bị",
          ],
          [
            "65",
            "03",
            "40",
            "41/2 lớp",
            "12",
            "01",
            "01",
            "01",
            "03",
            "14",
            "04",
          ],
          ["", "", "", "", "", "", "", "", "", "", ""],
        ]) +
        p("1. Thuận lợi:"),
    });
    const report = await readReportDocx(bytes);
    expect(report.sections[0].text.split("\n")).toEqual(
      [
        "Tổng CB GV NV | BGH | GV | Tổng số học sinh | Nhân viên |  |  |  |  | Đảng viên",
        " |  |  | NT 24-36 tháng | Nhân viên nuôi dưỡng | Kế toán | Văn thư | Y tế | Bảo vệ | Chính thức | Dự bị",
        "65 | 03 | 40 | 41/2 lớp | 12 | 01 | 01 | 01 | 03 | 14 | 04",
      ].map((s) => s.trim()),
    );
    expect(report.sections[1]).toMatchObject({
      number: "1",
      heading: "Thuận lợi",
    });
  });

  test("content controls are read through — around blocks, runs, rows and cells — but not their placeholder text", async () => {
    const sdt = (content: string, placeholder = false) =>
      `<w:sdt><w:sdtPr><w:tag w:val="dvk:staff.total"/>${placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const bytes = await rawDocx({
      body:
        sdt(p("Đoạn trong điều khiển nội dung.")) +
        `<w:p>${r("Trường có ")}${sdt(r("65"))}${r(" cán bộ")}${sdt(r("Nhấn để nhập"), true)}</w:p>` +
        `<w:tbl><w:tblPr/>${sdt(`<w:tr><w:tc>${p("Tổng")}</w:tc>${sdt(`<w:tc>${p("65")}</w:tc>`)}</w:tr>`)}</w:tbl>` +
        sdt(p("Nhấn vào đây để nhập văn bản."), true),
    });
    expect(await texts(bytes)).toEqual([
      "Đoạn trong điều khiển nội dung.",
      "Trường có 65 cán bộ",
      "Tổng | 65",
    ]);
  });

  test("the numbers and bullets Word draws for lists are written in front of the text", async () => {
    const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
    const numbered = (text: string, numId: number, ilvl = 0) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const bytes = await rawDocx({
      styles: `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>`,
      numbering:
        `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.", '<w:suff w:val="space"/>')}${lvl(1, "decimal", "%2.", '<w:suff w:val="space"/>')}${lvl(2, "decimal", "%2.%3.", '<w:suff w:val="space"/>')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "-")}${lvl(1, "bullet", "\uF0B7")}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="2">${lvl(0, "lowerLetter", "%1)")}</w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
        `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>` +
        `<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      body:
        p("KHÁI QUÁT CHUNG", { style: "Heading1" }) +
        numbered("Thuận lợi", 1, 1) +
        numbered("Cơ sở vật chất", 1, 2) +
        numbered("Đội ngũ", 1, 2) +
        numbered("Khó khăn", 1, 1) +
        numbered("Nhà trường còn thiếu phòng học.", 2) +
        numbered("Một ý nhỏ.", 2, 1) +
        p("KẾT QUẢ", { style: "Heading1" }) +
        numbered("Tập thể", 1, 1) +
        numbered("Ưu điểm", 3) +
        numbered("Hạn chế", 3) +
        numbered("Ưu điểm (danh sách mới)", 4),
    });
    const paragraphs = await readDocxParagraphs(bytes);
    expect(paragraphs.map((x) => x.text)).toEqual([
      "I. KHÁI QUÁT CHUNG",
      "1. Thuận lợi",
      "1.1. Cơ sở vật chất",
      "1.2. Đội ngũ",
      "2. Khó khăn",
      "- Nhà trường còn thiếu phòng học.",
      "• Một ý nhỏ.",
      "II. KẾT QUẢ",
      "1. Tập thể",
      "a) Ưu điểm",
      "b) Hạn chế",
      "a) Ưu điểm (danh sách mới)",
    ]);
    expect(paragraphs[0].bold).toBe(true);
    const report = await readReportDocx(bytes);
    expect(report.sections.map((s) => [s.number, s.level, s.heading])).toEqual([
      ["I", 1, "KHÁI QUÁT CHUNG"],
      ["1", 2, "Thuận lợi"],
      ["1.1", 3, "Cơ sở vật chất"],
      ["1.2", 3, "Đội ngũ"],
      ["2", 2, "Khó khăn"],
      ["II", 1, "KẾT QUẢ"],
      ["1", 2, "Tập thể"],
      ["a", 3, "Ưu điểm"],
      ["b", 3, "Hạn chế"],
      ["a", 3, "Ưu điểm (danh sách mới)"],
    ]);
  });

  test("tracked insertions count, deletions and moves away do not; hidden text and field codes are left out, field results kept", async () => {
    const bytes = await rawDocx({
      body:
        `<w:p>${r("Trường có ")}<w:del w:id="1" w:author="A"><w:r><w:delText>61</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${r("65")}</w:ins>${r(" cán bộ")}<w:moveFrom w:id="3" w:author="A">${r(" (cũ)")}</w:moveFrom>${r(" ẩn", "<w:vanish/>")}</w:p>` +
        `<w:p>${r("Trang ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("3")}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r(", xem ")}<w:hyperlink r:id="rId9">${r("trang web")}</w:hyperlink><w:fldSimple w:instr=" DATE ">${r("13/9/2022")}</w:fldSimple></w:p>` +
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>${p("I. KHÁI QUÁT\t3")}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
        p("I. KHÁI QUÁT"),
    });
    expect(await texts(bytes)).toEqual([
      "Trường có 65 cán bộ",
      "Trang 3, xem trang web13/9/2022",
      "",
      "",
      "",
      "I. KHÁI QUÁT",
    ]);
  });

  test("a text box is read once — the drawing, not its VML fallback — before the paragraph holding it", async () => {
    const box = `<w:txbxContent>${p("Số: 05/BC-THCS")}</w:txbxContent>`;
    const bytes = await rawDocx({
      body: `<w:p>${r("Trước")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>${r(" sau")}</w:p>`,
    });
    expect(await texts(bytes)).toEqual(["Số: 05/BC-THCS", "Trước sau"]);
  });

  test("bold, italic, centred and all caps come from the run, its character style, the paragraph style and the defaults; most characters decide", async () => {
    const bytes = await rawDocx({
      styles:
        `<w:docDefaults><w:rPrDefault><w:rPr><w:i w:val="0"/></w:rPr></w:rPrDefault></w:docDefaults>` +
        `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Subtitle"><w:basedOn w:val="Title"/><w:rPr><w:i/></w:rPr></w:style>` +
        `<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>`,
      body:
        p("BÁO CÁO", { style: "Title" }) +
        p("Trích yếu", { style: "Subtitle" }) +
        `<w:p><w:pPr><w:pStyle w:val="Title"/><w:jc w:val="left"/></w:pPr>${r("không đậm", '<w:b w:val="0"/>')}</w:p>` +
        `<w:p>${r("I.")}${r(" KẾT QUẢ THỰC HIỆN", '<w:rStyle w:val="Strong"/>')}</w:p>` +
        `<w:p>${r("Ít chữ đậm ", "<w:b/>")}${r("và nhiều chữ thường hơn hẳn")}</w:p>` +
        `<w:p>${r("Báo cáo", "<w:b/><w:caps/>")}</w:p>`,
    });
    const paragraphs = await readDocxParagraphs(bytes);
    expect(
      paragraphs.map(({ text, bold, italic, centered }) => ({
        text,
        bold,
        italic,
        centered,
      })),
    ).toEqual([
      { text: "BÁO CÁO", bold: true, italic: false, centered: true },
      { text: "Trích yếu", bold: true, italic: true, centered: true },
      { text: "không đậm", bold: false, italic: false, centered: false },
      {
        text: "I. KẾT QUẢ THỰC HIỆN",
        bold: true,
        italic: false,
        centered: false,
      },
      {
        text: "Ít chữ đậm và nhiều chữ thường hơn hẳn",
        bold: false,
        italic: false,
        centered: false,
      },
      { text: "BÁO CÁO", bold: true, italic: false, centered: false },
    ]);
  });

  test("tabs, line breaks, non-breaking hyphens and symbol bullets are text", async () => {
    const bytes = await rawDocx({
      body: `<w:p><w:r><w:t>Nơi nhận:</w:t><w:tab/><w:t>TM. BAN CHI ỦY</w:t><w:br/><w:t>BÍ THƯ</w:t></w:r></w:p><w:p><w:r><w:sym w:font="Symbol" w:char="F02D"/><w:t xml:space="preserve"> Covid</w:t><w:noBreakHyphen/><w:t>19</w:t></w:r></w:p>`,
    });
    expect(await texts(bytes)).toEqual([
      "Nơi nhận:\tTM. BAN CHI ỦY\nBÍ THƯ",
      "- Covid-19",
    ]);
  });

  test("a one-column table is layout, read as paragraphs; a nested table flattens into its cell", async () => {
    const bytes = await rawDocx({
      body:
        table([["I. KHÁI QUÁT"], [["Đoạn một.", "Đoạn hai."]]]) +
        `<w:tbl><w:tr><w:tc>${p("Ngoài")}${table([["a", "b"]])}</w:tc><w:tc>${p("Bên")}</w:tc></w:tr></w:tbl>`,
    });
    expect(await texts(bytes)).toEqual([
      "I. KHÁI QUÁT",
      "Đoạn một.",
      "Đoạn hai.",
      "Ngoài a | b | Bên",
    ]);
  });

  test("the main part is found through _rels/.rels, whatever its name", async () => {
    const bytes = await rawDocx({
      body: p("BÁO CÁO"),
      mainPart: "word/document2.xml",
    });
    expect(await texts(bytes)).toEqual(["BÁO CÁO"]);
  });

  test("files that are not a .docx are refused with a Vietnamese sentence", async () => {
    const refuse = async (bytes: Uint8Array, code: string, message: RegExp) => {
      const error = await readDocxParagraphs(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportImportError);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toMatch(message);
    };
    await refuse(new Uint8Array(0), "empty", /rỗng/);
    await refuse(
      new TextEncoder().encode("BÁO CÁO\nCăn cứ …"),
      "not-docx",
      /không phải tài liệu Word/,
    );
    await refuse(
      new TextEncoder().encode("{\\rtf1\\ansi BÁO CÁO}"),
      "not-docx",
      /RTF/,
    );
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await refuse(cfb, "doc", /Word cũ \(\.doc/);
    const odt = new JSZip();
    odt.file("mimetype", "application/vnd.oasis.opendocument.text");
    odt.file("content.xml", "<office:document-content/>");
    await refuse(
      await odt.generateAsync({ type: "uint8array" }),
      "odt",
      /OpenDocument/,
    );
    const other = new JSZip();
    other.file("readme.txt", "x");
    await refuse(
      await other.generateAsync({ type: "uint8array" }),
      "not-docx",
      /không phải tài liệu Word/,
    );
    const broken = new JSZip();
    broken.file(
      "word/document.xml",
      "<w:document><w:body><w:p></w:body></w:document>",
    );
    await refuse(
      await broken.generateAsync({ type: "uint8array" }),
      "damaged",
      /bị hỏng/,
    );
    const truncated = await rawDocx({ body: p("BÁO CÁO") });
    await refuse(truncated.subarray(0, 60), "damaged", /bị hỏng/);
  });

  test("a DVK draft read back: header table skipped, bold centred title, figures in content controls read through", async () => {
    const line = (t: string, bold = false) => ({
      inlines: [text(t)],
      bold,
      size: 13,
    });
    const tree: ReportTree = {
      title: "Báo cáo sơ kết",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      bodySize: 14,
      blocks: [
        {
          kind: "headerBlock",
          left: [
            line("UBND XÃ VĨNH BÌNH BẮC"),
            line("TRƯỜNG TH&THCS VĨNH BÌNH BẮC", true),
            line("Số: 01/BC-THCS"),
          ],
          right: [
            line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true),
            line("Độc lập - Tự do - Hạnh phúc", true),
            line("Vĩnh Bình Bắc, ngày 20 tháng 12 năm 2023"),
          ],
        },
        para([text("BÁO CÁO")], { bold: true, align: "center" }),
        para([text("Sơ kết phong trào thi đua “Dân vận khéo” năm 2023")], {
          bold: true,
          align: "center",
        }),
        para(
          [
            text(
              "Căn cứ Kế hoạch số 01-KH/BCĐ ngày 27/05/2021 của Ban chỉ đạo;",
            ),
          ],
          { italic: true, indent: true },
        ),
        para([text("Trường TH&THCS Vĩnh Bình Bắc báo cáo sơ kết như sau:")], {
          indent: true,
        }),
        para([text("I. ĐẶC ĐIỂM TÌNH HÌNH")], { bold: true }),
        para(
          [
            text("Trường có "),
            field("staff.total", "52"),
            text(" cán bộ, giáo viên, nhân viên; vận động được "),
            field("donations.total", "332,4 triệu đồng"),
            text("."),
          ],
          { indent: true },
        ),
        {
          kind: "table",
          header: ["Nhóm", "Tổng số"],
          rows: [[[text("Giáo viên")], [field("staff.teachers", "40")]]],
          widths: [60, 40],
        },
        para([text("1. Thuận lợi: "), prompt("nêu thuận lợi")], {
          indent: true,
        }),
        para(
          [
            text(
              "Trên đây là báo cáo sơ kết của Trường TH&THCS Vĩnh Bình Bắc.",
            ),
          ],
          { indent: true },
        ),
        {
          kind: "signature",
          recipients: ["Như trên;", "Lưu: VT."],
          lines: [
            line("KT. HIỆU TRƯỞNG", true),
            line("PHÓ HIỆU TRƯỞNG", true),
            line("Nguyễn Văn A", true),
          ],
        },
      ],
    };
    const report = await readReportDocx(await renderDocx(tree));
    expect(report).toEqual({
      documentType: "BÁO CÁO",
      summary: "Sơ kết phong trào thi đua “Dân vận khéo” năm 2023",
      bases: ["Căn cứ Kế hoạch số 01-KH/BCĐ ngày 27/05/2021 của Ban chỉ đạo;"],
      intro: "Trường TH&THCS Vĩnh Bình Bắc báo cáo sơ kết như sau:",
      sections: [
        {
          number: "I",
          level: 1,
          heading: "ĐẶC ĐIỂM TÌNH HÌNH",
          runIn: false,
          text: "Trường có 52 cán bộ, giáo viên, nhân viên; vận động được 332,4 triệu đồng.\nNhóm | Tổng số\nGiáo viên | 40",
        },
        {
          number: "1",
          level: 2,
          heading: "Thuận lợi",
          runIn: true,
          text: expect.stringContaining("nêu thuận lợi"),
        },
      ],
      closing: "Trên đây là báo cáo sơ kết của Trường TH&THCS Vĩnh Bình Bắc.",
    });
  });
});
