import fc from "fast-check";
import {
  MARK,
  TCVN3,
  VNI_BREVE,
  VNI_CIRCUMFLEX,
  VNI_TONE,
} from "./legacy-tables";
import {
  detectLegacyEncoding,
  fromTcvn3,
  fromVni,
  normalizeText,
  repairLegacyText,
} from "./legacy-text";

const PARAGRAPH =
  "chi bộ trường tiểu học vĩnh bình bắc báo cáo kết quả thực hiện mô hình dân vận khéo năm học này: vận động được ba trăm ba mươi hai triệu đồng, hai nghìn sáu trăm quyển tập, hai mươi chiếc xe đạp cho học sinh nghèo vượt khó, học tốt; đảng viên gương mẫu, đoàn kết, tích cực tham gia phong trào thi đua yêu nước; cô giáo hướng dẫn các em ôn luyện, rèn chữ đẹp, giữ gìn vệ sinh, phòng chống đuối nước; nhà trường cảm ơn các nhà hảo tâm";

/** Encodes Unicode text the way TCVN3 software stored it (from the same table, inverted). */
function toTcvn3(text: string): string {
  const inverse = new Map(Object.entries(TCVN3).map(([k, v]) => [v, k]));
  return [...text.normalize("NFC")].map((ch) => inverse.get(ch) ?? ch).join("");
}

/** Encodes Unicode text as VNI bytes (from the same tables, inverted). */
function toVni(text: string): string {
  // Keys in canonical (NFD) mark order: a dot below sorts before a circumflex.
  const key = (marks: readonly string[]) =>
    `a${marks.join("")}`.normalize("NFD").slice(1);
  const tones = new Map(Object.entries(VNI_TONE).map(([k, v]) => [key(v), k]));
  const circ = new Map(
    Object.entries(VNI_CIRCUMFLEX).map(([k, v]) => [key(v), k]),
  );
  const breve = new Map(Object.entries(VNI_BREVE).map(([k, v]) => [key(v), k]));
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const [base, ...marks] = [...ch.normalize("NFD")];
    const m = marks.join("");
    const tone = marks
      .filter(
        (x) => x !== MARK.circumflex && x !== MARK.breve && x !== MARK.horn,
      )
      .join("");
    if (ch === "đ") out += "ñ";
    else if (ch === "Đ") out += "Ñ";
    else if (marks.includes(MARK.horn))
      out +=
        (base === "o" ? "ô" : base === "O" ? "Ô" : base === "u" ? "ö" : "Ö") +
        (tone ? tones.get(tone)! : "");
    else if (base.toLowerCase() === "i" && tone)
      out += {
        [MARK.acute]: "í",
        [MARK.grave]: "ì",
        [MARK.hook]: "æ",
        [MARK.tilde]: "ó",
        [MARK.dot]: "ò",
      }[tone]!;
    else if (base.toLowerCase() === "y" && tone === MARK.dot) out += "î";
    else if (marks.includes(MARK.circumflex)) out += base + circ.get(m)!;
    else if (marks.includes(MARK.breve)) out += base + breve.get(m)!;
    else if (tone) out += base + tones.get(tone)!;
    else out += ch;
  }
  return out;
}

describe("legacy encodings", () => {
  test("TCVN3 samples", () => {
    expect(repairLegacyText("Tr\u00adêng tiÓu häc")).toEqual({
      text: "Trường tiểu học",
      encoding: "tcvn3",
    });
    expect(repairLegacyText("C«ng ®oµn")).toEqual({
      text: "Công đoàn",
      encoding: "tcvn3",
    });
    expect(repairLegacyText("Chi bé tr\u00adêng MN Trµng An").text).toBe(
      "Chi bộ trường MN Tràng An",
    );
  });

  test("VNI samples", () => {
    expect(repairLegacyText("Tröôøng")).toEqual({
      text: "Trường",
      encoding: "vni",
    });
    expect(repairLegacyText("Coâng ñoaøn")).toEqual({
      text: "Công đoàn",
      encoding: "vni",
    });
    expect(repairLegacyText("Ban chaáp haønh Ñoaøn tröôøng").text).toBe(
      "Ban chấp hành Đoàn trường",
    );
  });

  test("a whole paragraph survives TCVN3 and VNI round trips (so a table mistake shows)", () => {
    const tcvn = toTcvn3(PARAGRAPH);
    expect(tcvn).not.toBe(PARAGRAPH);
    expect(detectLegacyEncoding(tcvn)).toBe("tcvn3");
    expect(fromTcvn3(tcvn)).toBe(PARAGRAPH);
    const vni = toVni(PARAGRAPH);
    expect(detectLegacyEncoding(vni)).toBe("vni");
    expect(fromVni(vni)).toBe(PARAGRAPH);
    const upper = "TRƯỜNG TIỂU HỌC ĐOÀN KẾT, HỌC SINH NGHÈO VƯỢT KHÓ";
    expect(fromVni(toVni(upper))).toBe(upper);
  });

  test("every letter of the TCVN3 table round-trips", () => {
    const letters = Object.values(TCVN3).join(" ");
    expect(fromTcvn3(toTcvn3(letters))).toBe(letters);
  });

  test("Unicode Vietnamese and plain English are left alone", () => {
    for (const s of [
      "Trường tiểu học",
      "Hoàn thành xuất sắc",
      "Hello world",
      "Müller",
      "Khuê Nguyễn",
      "Báo cáo số 01/BC-THCS",
    ]) {
      expect(detectLegacyEncoding(s)).toBeNull();
      expect(repairLegacyText(s).text).toBe(s);
    }
    fc.assert(
      fc.property(
        fc.string(),
        (s) => detectLegacyEncoding(s.replace(/[^\x20-\x7e]/g, "")) === null,
      ),
    );
  });

  test("normalizeText: NFC, non-breaking spaces, runs of spaces", () => {
    expect(
      normalizeText("  Trường\u00a0 THCS \t Lý Tự Trọng ".normalize("NFD")),
    ).toBe("Trường THCS Lý Tự Trọng");
  });
});
