import { formatDocumentNumberLine } from "./format-document-number-line";

test("the number line of a header: state with colon, Party without", () => {
  expect(formatDocumentNumberLine("state", "5", "KH-THCS")).toBe(
    "Số: 05/KH-THCS",
  );
  expect(formatDocumentNumberLine("state", "764", "UBND-HC")).toBe(
    "Số: 764/UBND-HC",
  );
  expect(formatDocumentNumberLine("party", "01", "BC/CB")).toBe("Số 01-BC/CB");
  expect(formatDocumentNumberLine("party", "1", "BC/CB")).toBe("Số 01-BC/CB");
  expect(formatDocumentNumberLine("state", null, "BC-THCS")).toBe(
    "Số:      /BC-THCS",
  );
  expect(formatDocumentNumberLine("party", "", "BC/CB")).toBe("Số      -BC/CB");
});
