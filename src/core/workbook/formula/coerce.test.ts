import {
  numberToText,
  parseNumericText,
  toBoolean,
  toNumber,
  toText,
} from "./coerce";
import { ERR } from "./formula-error";

describe("coercion", () => {
  test.each([
    ["12", 12],
    [" 12 ", 12],
    ["-1.5", -1.5],
    ["+.5", 0.5],
    ["1E3", 1000],
    ["2.", 2],
  ])("reads the numeric text %j", (text, n) => {
    expect(parseNumericText(text)).toBe(n);
  });

  test.each([
    "",
    " ",
    "18,4 triệu",
    "1.668.000",
    "1,000",
    "12a",
    "$5",
    "TRUE",
    "1e",
  ])("does not read %j as a number", (text) => {
    expect(parseNumericText(text)).toBeUndefined();
    expect(toNumber(text)).toBe(ERR["#VALUE!"]);
  });

  test("turns blanks, booleans and errors into numbers as Excel", () => {
    expect(toNumber(null)).toBe(0);
    expect(toNumber(true)).toBe(1);
    expect(toNumber(false)).toBe(0);
    expect(toNumber(ERR["#N/A"])).toBe(ERR["#N/A"]);
  });

  test.each([
    [3, "3"],
    [1.5, "1.5"],
    [-2.5, "-2.5"],
    [0, "0"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333333333"],
    [123456789012345, "123456789012345"],
    [1e15, "1E+15"],
    [1e20, "1E+20"],
    [-1.25e21, "-1.25E+21"],
    [0.000001, "0.000001"],
    [1e-10, "1E-10"],
    [44208, "44208"],
  ])("writes %p as %j", (n, text) => {
    expect(numberToText(n)).toBe(text);
  });

  test("writes booleans and blanks as text", () => {
    expect(toText(true)).toBe("TRUE");
    expect(toText(false)).toBe("FALSE");
    expect(toText(null)).toBe("");
  });

  test("reads conditions", () => {
    expect(toBoolean(2)).toBe(true);
    expect(toBoolean(0)).toBe(false);
    expect(toBoolean(null)).toBe(false);
    expect(toBoolean("true")).toBe(true);
    expect(toBoolean("FALSE")).toBe(false);
    expect(toBoolean("yes")).toBe(ERR["#VALUE!"]);
  });
});
