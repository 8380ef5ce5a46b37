import { para, text, type ReportTree } from "../../core/report/tree";
import { outline, tablesHtml } from "./report-actions";

const tree: ReportTree = {
  title: "t",
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  bodySize: 14,
  blocks: [
    para([text("I. ĐẶC ĐIỂM TÌNH HÌNH")], { bold: true }),
    para([text("thân bài")]),
    {
      kind: "table",
      header: ["Nhà tài trợ", "Giá trị"],
      widths: [70, 30],
      rows: [
        [
          [text(`Công ty "Hoa & Lá" <Cần Thơ>`)],
          [{ kind: "field", key: "k", text: "1.000" }],
        ],
      ],
    },
  ],
};

describe("report actions of the pane", () => {
  test("the outline lists headings and tables", () => {
    expect(outline(tree)).toEqual([
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "  [Bảng: Nhà tài trợ | Giá trị — 1 dòng]",
    ]);
  });
  test("tables copy as HTML with escaped text, ready to paste into Word", () => {
    const html = tablesHtml(tree);
    expect(html).toContain("<th ");
    expect(html).toContain("Công ty &quot;Hoa &amp; Lá&quot; &lt;Cần Thơ&gt;");
    expect(html).toContain(">1.000</td>");
    expect(html.match(/<table/g)).toHaveLength(1);
  });
});
