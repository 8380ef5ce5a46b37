import { fromTcvn3 } from "./from-tcvn3";

test("fromTcvn3 converts every TCVN3 code and leaves the rest", () => {
  expect(fromTcvn3("Tr\u00adêng tiÓu häc")).toBe("Trường tiểu học");
  expect(fromTcvn3("C«ng ®oµn tr\u00adêng, n¨m häc 2020 - 2021")).toBe(
    "Công đoàn trường, năm học 2020 - 2021",
  );
  expect(fromTcvn3("§¶ng uû")).toBe("Đảng uỷ");
  expect(fromTcvn3("THCS")).toBe("THCS");
});
