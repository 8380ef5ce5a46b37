import { FIGURE_WORDS, linkFigures } from "./link-figures";
import { requireSeeds, seedText } from "../../../test/support/seed-docx";
import type { FigureValue } from "./types";

const count = (key: string, value: number): FigureValue => ({
  key,
  value,
  kind: "count",
});
const money = (key: string, value: number): FigureValue => ({
  key,
  value,
  kind: "money",
});

/** The sample school of seed 004, with seed 000's donations. */
const FIGURES: readonly FigureValue[] = [
  count("staff.total", 65),
  count("students.total", 1668),
  count("students.classes", 37),
  count("staff.party", 38),
  count("staff.partyFull", 37),
  count("staff.partyProbationary", 1),
  count("staff.female", 50),
  money("donations.total", 332_400_000),
  count("donations.count", 12),
  count("donations.donors", 5),
];

const link = (text: string, figures = FIGURES) => linkFigures(text, figures);

describe("linkFigures — the figures last year's text quotes become fields", () => {
  test("seed 004: 65 cán bộ, 37 lớp, 1668 học sinh linked; “01 Bí thư”, “03 chi ủy viên” untouched", () => {
    const text =
      "Nhà trường có tổng số có 65 cán bộ, giáo viên, nhân viên, người lao động; tổng số 37 lớp học, số học sinh là 1668. Ban chi ủy chi bộ gồm 05 đồng chí, 01 Bí thư, 01 Phó Bí thư và 03 chi ủy viên.";
    expect(link(text)).toEqual({
      // "1668" as written (no thousands dot): the field prints it so.
      text: "Nhà trường có tổng số có {{staff.total}} cán bộ, giáo viên, nhân viên, người lao động; tổng số {{students.classes}} lớp học, số học sinh là {{students.total:0}}. Ban chi ủy chi bộ gồm 05 đồng chí, 01 Bí thư, 01 Phó Bí thư và 03 chi ủy viên.",
      linked: [
        { key: "staff.total", written: "65" },
        { key: "students.classes", written: "37" },
        { key: "students.total", written: "1668" },
      ],
      review: [],
    });
  });

  test("seed 004: 38 đảng viên (37 chính thức, 01 dự bị) — the longest words decide the figure", () => {
    expect(
      link(
        "hiện có 03 tổ đảng, 38 đảng viên (37 đảng viên chính thức, 01 đảng viên dự bị).",
      ).text,
    ).toBe(
      // "01" keeps its two digits when the draft prints it; "03 tổ đảng" needs the Party sheet.
      "hiện có 03 tổ đảng, {{staff.party}} đảng viên ({{staff.partyFull}} đảng viên chính thức, {{staff.partyProbationary:00}} đảng viên dự bị).",
    );
    expect(
      link("38 đảng viên (37 chính thức; 01 dự bị)").linked.map((l) => l.key),
    ).toEqual(["staff.party", "staff.partyFull", "staff.partyProbationary"]);
  });

  test("seed 000: “332,4 triệu đồng” is the donations total — the whole amount, scale word included", () => {
    const text =
      "Tổng số tiền vận động đến tháng 8 năm 2023 là 332,4 triệu đồng. Ngoài ra còn 2.300 quyển tập.";
    expect(link(text)).toEqual({
      text: "Tổng số tiền vận động đến tháng 8 năm 2023 là {{donations.total}}. Ngoài ra còn 2.300 quyển tập.",
      linked: [{ key: "donations.total", written: "332,4 triệu đồng" }],
      review: [],
    });
    expect(link("Tổng cộng: 332.400.000 đồng").linked).toEqual([
      { key: "donations.total", written: "332.400.000 đồng" },
    ]);
    expect(link("tổng số tiền: 332.400.000").linked).toEqual([
      { key: "donations.total", written: "332.400.000" },
    ]);
    expect(
      link("đạt 332.400.000đ", [money("donations.total", 332_400_000)]).text,
    ).toBe("đạt {{donations.total}}");
  });

  test("last year's figure that differs goes to review, with its context and offset, for the user to decide", () => {
    const text =
      "Năm học 2022 - 2023, nhà trường có 61 cán bộ, giáo viên, nhân viên và 1.540 học sinh.";
    const result = link(text);
    expect(result.text).toBe(text);
    expect(result.linked).toEqual([]);
    expect(result.review).toEqual([
      {
        written: "61",
        key: "staff.total",
        context: "…2022 - 2023, nhà trường có 61 cán bộ, giáo viên, nhân viên…",
        offset: text.indexOf("61"),
      },
      {
        written: "1.540",
        key: "students.total",
        context: "…bộ, giáo viên, nhân viên và 1.540 học sinh.",
        offset: text.indexOf("1.540"),
      },
    ]);
  });

  test("every amount is a money figure: equal to the total it is linked; a different one is reviewed only when called a total", () => {
    // Single donations are not the total: neither linked nor reviewed.
    expect(
      link(
        "20 chiếc xe đạp trị giá 36 triệu đồng; 2.300 quyển tập trị giá 18,4 triệu.",
      ).review,
    ).toEqual([]);
    expect(
      link(
        "Tổng số tiền vận động là 330 triệu đồng; tổng trị giá 1 tỷ 200 triệu đồng, học bổng 500.000 đồng/em, 250 tr; 02 đ/c",
      ).review.map((r) => [r.written, r.key]),
    ).toEqual([
      ["330 triệu đồng", "donations.total"],
      ["1 tỷ 200 triệu đồng", "donations.total"],
    ]);
    expect(link("trị giá 332,4 triệu đồng").linked).toEqual([
      { key: "donations.total", written: "332,4 triệu đồng" },
    ]);
  });

  test("labels before the number: “tổng số cán bộ: 65”, “số học sinh là”, “Đảng viên: 38”, “tổng số 65 người”", () => {
    expect(
      link(
        "Tổng số cán bộ: 65; sĩ số 1.668; Đảng viên: 38; Nữ: 50; tổng số 65 người; có 65 người dân",
      ).text,
    ).toBe(
      "Tổng số cán bộ: {{staff.total}}; sĩ số {{students.total}}; Đảng viên: {{staff.party}}; Nữ: {{staff.female}}; tổng số {{staff.total}} người; có 65 người dân",
    );
  });

  test("the spellings of staff, students, classes, donors and donations", () => {
    const result = link(
      "65 CB-GV-NV; 65 CB, GV, NV; 65 CBGVNV; 65 CBCCVC; 65 viên chức; 1.668 HS; 1668 trẻ; 37 nhóm lớp; 12 lượt; 5 nhà tài trợ; 5 mạnh thường quân; 50 nữ",
    );
    expect(result.linked.map((l) => l.key)).toEqual([
      "staff.total",
      "staff.total",
      "staff.total",
      "staff.total",
      "staff.total",
      "students.total",
      "students.total",
      "students.classes",
      "donations.count",
      "donations.donors",
      "donations.donors",
      "staff.female",
    ]);
    expect(result.review).toEqual([]);
  });

  test.each([
    [
      "dates",
      "ngày 12/01/2021 và ngày 03 tháng 6 năm 2013, tháng 8 năm 2023 cán bộ",
    ],
    [
      "years",
      "năm 2023 học sinh; GDPT 2018 đối với lớp 8; nhiệm kỳ 2020 - 2025 đảng viên",
    ],
    [
      "document numbers",
      "Nghị quyết số 25-NQ/TW, Kế hoạch số 17/KH-THCS, Chỉ thị 05 cán bộ, Điều 15 học sinh",
    ],
    [
      "codes",
      "Covid-19 học sinh, F0 trẻ, lớp A1 học sinh, 41/2 lớp, 477/18 lớp",
    ],
    ["percentages", "100% cán bộ, 95 % học sinh"],
    ["ranges", "kết nạp từ 01- 02 đảng viên mới; 50 đến 90 học sinh"],
    [
      "units of time, age, score",
      "trẻ 5 tuổi, họp 03 lần/năm học sinh, đạt 100/100 điểm, 6 tháng học sinh",
    ],
    ["phone numbers", "ĐT: 0912345678 cán bộ; 0215.3826.123 học sinh"],
    ["ambiguous numbers", "3.28 quyển tập học sinh"],
    [
      "a narrowed noun",
      "01 đảng viên mới; 03 cán bộ quản lý; 6 viên chức được xếp loại; 12 học sinh nghèo; 5 cán bộ nữ",
    ],
    [
      "no figure word",
      "01 Bí thư, 05 đồng chí, 20 chiếc xe đạp, 25 bảo hiểm y tế, 656 ba lô",
    ],
  ])("never figures: %s", (_, text) => {
    expect(link(text)).toEqual({ text, linked: [], review: [] });
  });

  test("a figure the caller did not give is ignored; the same number for another figure is not confused", () => {
    expect(
      link("65 cán bộ, 1.668 học sinh", [count("students.total", 1668)]),
    ).toEqual({
      text: "65 cán bộ, {{students.total}} học sinh",
      linked: [{ key: "students.total", written: "1.668" }],
      review: [],
    });
    // 37 is both the classes and the full party members: the words decide.
    expect(
      link("37 lớp, 37 đảng viên chính thức").linked.map((l) => l.key),
    ).toEqual(["students.classes", "staff.partyFull"]);
  });

  test("a count never links to a money figure, and text without numbers comes back as it was", () => {
    expect(
      link("332 triệu", [count("staff.total", 332_000_000)]).linked,
    ).toEqual([]);
    expect(link("")).toEqual({ text: "", linked: [], review: [] });
    expect(link("Trên đây là báo cáo.")).toEqual({
      text: "Trên đây là báo cáo.",
      linked: [],
      review: [],
    });
  });

  test("seed 003: the rating counts are the evaluation sheet's figures, quoted or not", () => {
    const figures = [
      { key: "evaluations.staff.excellent", value: 6, kind: "count" },
      { key: "evaluations.staff.good", value: 26, kind: "count" },
      { key: "evaluations.party.good", value: 20, kind: "count" },
      { key: "staff.total", value: 32, kind: "count" },
    ] as const;
    const r = linkFigures(
      "có 6 viên chức được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và 26 viên chức được xếp loại “Hoàn thành tốt nhiệm vụ”; 20 đảng viên HTT; 32 viên chức.",
      figures,
    );
    expect(r.text).toBe(
      "có {{evaluations.staff.excellent}} viên chức được xếp loại “Hoàn thành xuất sắc nhiệm vụ” và {{evaluations.staff.good}} viên chức được xếp loại “Hoàn thành tốt nhiệm vụ”; {{evaluations.party.good}} đảng viên HTT; {{staff.total}} viên chức.",
    );
  });

  test("text in decomposed Unicode is read as NFC", () => {
    const nfd = "Trường có 65 cán bộ".normalize("NFD");
    expect(link(nfd).text).toBe("Trường có {{staff.total}} cán bộ");
  });

  test("the word table names every figure with its kind and words", () => {
    expect(Object.keys(FIGURE_WORDS).sort()).toEqual([
      "donations.count",
      "donations.donors",
      "donations.total",
      "evaluations.party.excellent",
      "evaluations.party.fulfilled",
      "evaluations.party.good",
      "evaluations.party.notFulfilled",
      "evaluations.staff.excellent",
      "evaluations.staff.fulfilled",
      "evaluations.staff.good",
      "evaluations.staff.notFulfilled",
      "party.partyGroups",
      "staff.female",
      "staff.party",
      "staff.partyFull",
      "staff.partyProbationary",
      "staff.total",
      "students.classes",
      "students.total",
    ]);
    for (const words of Object.values(FIGURE_WORDS))
      expect(words.after.length).toBeGreaterThan(0);
  });

  test("the five seeds, whole: what is linked and reviewed is exactly what a reader would pick", () => {
    if (!requireSeeds()) return;
    const seed004 = linkFigures(seedText("004"), FIGURES);
    expect(seed004.linked).toEqual([
      { key: "staff.total", written: "65" },
      { key: "students.classes", written: "37" },
      { key: "students.total", written: "1668" },
      { key: "staff.party", written: "38" },
      { key: "staff.partyFull", written: "37" },
      { key: "staff.partyProbationary", written: "01" },
    ]);
    expect(seed004.review).toEqual([]);
    const seed000 = linkFigures(seedText("000"), FIGURES);
    expect(seed000.linked).toEqual([
      { key: "donations.total", written: "332,4 triệu đồng" },
    ]);
    // The four single donations (36, 18,4, 250, 28 triệu) are not the total: not reviewed.
    expect(seed000.review).toEqual([]);
    for (const id of ["001", "002", "003"] as const)
      expect(linkFigures(seedText(id), FIGURES)).toMatchObject({
        linked: [],
        review: [],
      });
  });
});
