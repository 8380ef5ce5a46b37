/** `dang-ky-mo-hinh` — Bảng đăng ký xây dựng mô hình "Dân vận khéo" (like seed 002), for one model. */
import { ModelField, RecognitionLevel } from "../../model/enums";
import type { WorkbookData } from "../../sheets/read";
import {
  DEFAULT_MARGINS,
  generalOf,
  headerBlock,
  reportYear,
  signature,
  title,
} from "../parts";
import {
  field,
  para,
  prompt,
  text,
  type Block,
  type ReportTree,
} from "../tree";

/** `modelIndex` is 1-based among the models of the sheet (default: the first). */
export function dangKyMoHinh(data: WorkbookData, modelIndex = 1): ReportTree {
  const g = generalOf(data);
  const m = data.models?.rows[modelIndex - 1]?.value ?? null;
  const year = m?.year ?? reportYear(g);
  const level = m?.registrationLevel
    ? RecognitionLevel[m.registrationLevel].toLowerCase()
    : "cơ sở";
  const blocks: Block[] = [
    headerBlock(g),
    ...title(
      "BẢNG ĐĂNG KÝ",
      `Xây dựng mô hình “Dân vận khéo” cấp ${level} năm ${year}`,
    ),
    para(
      [
        text("- Tên cơ quan, đơn vị: "),
        g.unitName
          ? field("general.unitName", g.unitName)
          : prompt("tên đơn vị"),
      ],
      { indent: true },
    ),
    para(
      [
        text("- Địa chỉ: "),
        prompt("địa chỉ cụ thể"),
        text(g.place ? `, ${g.place}` : ""),
      ],
      { indent: true },
    ),
    para(
      [
        text("Đăng ký thực hiện mô hình “Dân vận khéo”: "),
        m?.name
          ? field("model.name", `“${m.name}”`, true)
          : prompt("tên mô hình"),
      ],
      { indent: true },
    ),
    para(
      [
        text("Thuộc lĩnh vực: "),
        m?.field
          ? field("model.field", ModelField[m.field])
          : prompt("một trong bốn lĩnh vực"),
      ],
      { indent: true },
    ),
    para(
      [
        text("Cá nhân / tập thể thực hiện: "),
        m?.owner
          ? field("model.owner", m.owner)
          : prompt("người hoặc tập thể thực hiện"),
      ],
      { indent: true },
    ),
    para(
      [
        text("I. Thời gian thực hiện: ", { bold: true }),
        field("model.year", `Năm ${year}`),
      ],
      {},
    ),
    para(
      [
        text("II. Địa điểm thực hiện: ", { bold: true }),
        prompt("nơi thực hiện mô hình"),
      ],
      {},
    ),
    para([text("III. Đánh giá thực trạng", { bold: true })], {}),
    para([prompt("thực trạng, lý do chọn mô hình")], { indent: true }),
    para([text("IV. Mục tiêu, chỉ tiêu", { bold: true })], {}),
    para(
      [m?.goals ? field("model.goals", m.goals) : prompt("mục tiêu, chỉ tiêu")],
      { indent: true },
    ),
    para(
      [text("V. Phương pháp, cách thức và các bước thực hiện", { bold: true })],
      {},
    ),
    para(
      [
        prompt(
          "Bước 1: có chủ trương đúng; Bước 2: biện pháp thực hiện; Bước 3: đánh giá chất lượng, hiệu quả; Bước 4: sơ kết, tổng kết, nhân rộng",
        ),
      ],
      { indent: true },
    ),
    para([text("VI. Giải pháp thực hiện", { bold: true })], {}),
    para(
      [
        m?.solutions
          ? field("model.solutions", m.solutions)
          : prompt(
              "giải pháp: tuyên truyền vận động, phát động thi đua, phối hợp",
            ),
      ],
      { indent: true },
    ),
    para([text("VII. Kết quả dự kiến", { bold: true })], {}),
    para(
      [
        m?.results
          ? field("model.results", m.results)
          : prompt("kết quả cuối cùng dự kiến"),
      ],
      { indent: true },
    ),
    signature(g),
  ];
  return {
    title: `Bảng đăng ký mô hình Dân vận khéo năm ${year}`,
    margins: DEFAULT_MARGINS,
    bodySize: 14,
    blocks,
  };
}
