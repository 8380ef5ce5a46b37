import { fromVni } from "./from-vni";

test("fromVni composes base letters with the mark bytes after them", () => {
  expect(fromVni("Tröôøng")).toBe("Trường");
  expect(fromVni("Coâng ñoaøn")).toBe("Công đoàn");
  expect(fromVni("Ñaûng uûy")).toBe("Đảng ủy");
  expect(fromVni("TRÖÔØNG TIEÅU HOÏC")).toBe("TRƯỜNG TIỂU HỌC");
  expect(fromVni("nghó hoïc, lyù, kyø, ò, î")).toBe("nghĩ học, lý, kỳ, ị, ỵ");
  expect(fromVni("THCS 2021")).toBe("THCS 2021");
});
