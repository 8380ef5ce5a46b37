import { compileCriterion } from "./criteria";
import { ERR } from "./formula-error";
import type { Scalar } from "./values";

const cells: Scalar[] = [
  5,
  "5",
  6,
  -1,
  0,
  "x",
  "",
  null,
  true,
  "18,4 triệu",
  ERR["#N/A"],
];

/** The cells of `cells` a criterion matches. */
const matches = (criterion: Scalar) =>
  cells.filter(compileCriterion(criterion));

describe("criteria of SUMIFS and COUNTIFS", () => {
  test("a number matches equal numbers and the texts that read as it", () => {
    expect(matches(5)).toEqual([5, "5"]);
    expect(matches("5")).toEqual([5, "5"]);
    expect(matches("=5")).toEqual([5, "5"]);
    expect(matches("=5.0")).toEqual([5, "5"]);
    expect(compileCriterion(15)(15.000000000000002)).toBe(true);
  });

  test("a blank criterion cell reads as 0 and does not match blanks", () => {
    expect(matches(null)).toEqual([0]);
  });

  test("ordering operators with a number match numbers only", () => {
    expect(matches(">=0")).toEqual([5, 6, 0]);
    expect(matches("<0")).toEqual([-1]);
    expect(matches(">5")).toEqual([6]);
    expect(matches("<=5")).toEqual([5, -1, 0]);
    expect(matches(">=1E0")).toEqual([5, 6]);
  });

  test('"<>" with a number matches everything but that number', () => {
    expect(matches("<>5")).toEqual([
      6,
      -1,
      0,
      "x",
      "",
      null,
      true,
      "18,4 triệu",
      ERR["#N/A"],
    ]);
  });

  test('"=" alone matches blank cells, "" blanks and empty texts, "<>" non-blank cells', () => {
    expect(matches("=")).toEqual([null]);
    expect(matches("")).toEqual(["", null]);
    expect(matches("<>")).toEqual(cells.filter((c) => c !== null));
  });

  test("text matches texts case-insensitively, whole, with wildcards", () => {
    const names: Scalar[] = [
      "Công ty A",
      "công ty a",
      "Công ty A*",
      "Công ty AB",
      "Ông B?",
      10,
      null,
    ];
    const m = (c: string) => names.filter(compileCriterion(c));
    expect(m("Công ty A")).toEqual(["Công ty A", "công ty a"]);
    expect(m("=CÔNG TY A")).toEqual(["Công ty A", "công ty a"]);
    expect(m("Công ty A*")).toEqual([
      "Công ty A",
      "công ty a",
      "Công ty A*",
      "Công ty AB",
    ]);
    expect(m("=Công ty A~*")).toEqual(["Công ty A*"]);
    expect(m("Ông B~?")).toEqual(["Ông B?"]);
    expect(m("Công ty ??")).toEqual(["Công ty A*", "Công ty AB"]);
    expect(m("1*")).toEqual([]);
    expect(m("<>Công ty A*")).toEqual(["Ông B?", 10, null]);
  });

  test("ordering operators with text compare texts only", () => {
    const letters: Scalar[] = ["a", "B", "c", 1, null, true];
    const m = (c: string) => letters.filter(compileCriterion(c));
    expect(m(">b")).toEqual(["c"]);
    expect(m("<=B")).toEqual(["a", "B"]);
    expect(m(">=")).toEqual(["a", "B", "c"]);
  });

  test("booleans and errors match themselves", () => {
    expect(matches(true)).toEqual([true]);
    expect(matches("TRUE")).toEqual([true]);
    expect(matches("<>true")).toEqual(cells.filter((c) => c !== true));
    expect(matches(ERR["#N/A"])).toEqual([ERR["#N/A"]]);
    expect(matches("#N/A")).toEqual([ERR["#N/A"]]);
  });

  test("a text amount is never a number", () => {
    expect(matches("18,4 triệu")).toEqual(["18,4 triệu"]);
    expect(compileCriterion(">=0")("1.668.000")).toBe(false);
  });
});
