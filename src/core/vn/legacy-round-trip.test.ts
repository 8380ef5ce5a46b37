/* Round trips through encoders built from the same tables the repair uses: a wrong or missing
 * table entry shows up as a paragraph that does not come back. */
import {
  MARK,
  TCVN3,
  VNI_BREVE,
  VNI_CIRCUMFLEX,
  VNI_SINGLE,
  VNI_TONE,
} from "./legacy-tables";
import { detectLegacyEncoding } from "./detect-legacy-encoding";
import { fromTcvn3 } from "./from-tcvn3";
import { fromVni } from "./from-vni";
import { repairLegacyText } from "./repair-legacy-text";

const PARAGRAPH =
  "Chi bộ trường Tiểu học Vĩnh Bình Bắc báo cáo kết quả thực hiện mô hình “Dân vận khéo” năm học 2020 - 2021: vận động được ba trăm ba mươi hai triệu đồng, hai nghìn sáu trăm quyển tập, hai mươi chiếc xe đạp cho học sinh nghèo vượt khó, học tốt; đảng viên gương mẫu, đoàn kết, tích cực tham gia phong trào thi đua yêu nước; cô giáo hướng dẫn các em ôn luyện, rèn chữ đẹp, giữ gìn vệ sinh, phòng chống đuối nước; nhà trường cảm ơn các nhà hảo tâm, mạnh thường quân; quý thầy cô khuya sớm tận tụy, ngày đêm nghiêng mình, ủng hộ ấm áp, ẩn ý, ỷ lại, ỵ, lũy tre, ngã rẽ, nghỉ ngơi, bão lũ, mỹ thuật, cửu chương, thuở ấy.";
const ALPHABET =
  "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";

/** Unicode → TCVN3 (upper-case tone letters have no code: written lower-case, as .VnTimeH users did). */
function toTcvn3(text: string): string {
  const inverse = new Map(
    Object.entries(TCVN3).map(([code, letter]) => [letter, code]),
  );
  return [...text.normalize("NFC")]
    .map((ch) => inverse.get(ch) ?? inverse.get(ch.toLowerCase()) ?? ch)
    .join("");
}

/** Unicode → VNI: base letter + mark byte; ơ ư đ and the i / ỵ forms as single bytes. */
function toVni(text: string): string {
  const key = (marks: readonly string[]) =>
    `a${marks.join("")}`.normalize("NFD").slice(1);
  const invert = (table: Readonly<Record<string, readonly string[]>>) =>
    new Map(Object.entries(table).map(([code, marks]) => [key(marks), code]));
  const tones = invert(VNI_TONE);
  const circumflex = invert(VNI_CIRCUMFLEX);
  const breve = invert(VNI_BREVE);
  const singles = new Map(
    Object.entries(VNI_SINGLE).map(([code, letter]) => [letter, code]),
  );
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const [base, ...marks] = [...ch.normalize("NFD")];
    const upper = base !== base.toLowerCase();
    const cased = (code: string) => (upper ? code.toUpperCase() : code);
    const tone = marks.filter(
      (m) => m !== MARK.circumflex && m !== MARK.breve && m !== MARK.horn,
    );
    const single = singles.get(ch);
    if (single !== undefined && marks.length > 0) out += single;
    else if (ch === "đ" || ch === "Đ") out += singles.get(ch)!;
    else if (marks.includes(MARK.horn))
      out +=
        singles.get((base + MARK.horn).normalize("NFC"))! +
        (tone.length ? cased(tones.get(key(tone))!) : "");
    else if (marks.includes(MARK.circumflex))
      out += base + cased(circumflex.get(key(marks))!);
    else if (marks.includes(MARK.breve))
      out += base + cased(breve.get(key(marks))!);
    else if (tone.length) out += base + cased(tones.get(key(tone))!);
    else out += ch;
  }
  return out;
}

describe("legacy encodings: round trips through encoders built from the tables", () => {
  test("TCVN3: a paragraph and every lower-case letter", () => {
    const lower = PARAGRAPH.toLowerCase();
    const encoded = toTcvn3(lower);
    expect(encoded).not.toBe(lower);
    expect(detectLegacyEncoding(encoded)).toBe("tcvn3");
    expect(fromTcvn3(encoded)).toBe(lower);
    expect(fromTcvn3(toTcvn3(ALPHABET))).toBe(ALPHABET);
    expect(fromTcvn3(toTcvn3("ĂÂÊÔƠƯĐ"))).toBe("ĂÂÊÔƠƯĐ");
  });

  test("TCVN3: capitals typed with a .VnTimeH font come back as capitals", () => {
    expect(fromTcvn3(toTcvn3("TRƯỜNG TIỂU HỌC VĨNH BÌNH BẮC"))).toBe(
      "TRƯỜNG TIỂU HỌC VĨNH BÌNH BẮC",
    );
  });

  test("VNI: a paragraph, every letter, upper and lower case", () => {
    const encoded = toVni(PARAGRAPH);
    expect(encoded).not.toBe(PARAGRAPH);
    expect(detectLegacyEncoding(encoded)).toBe("vni");
    expect(fromVni(encoded)).toBe(PARAGRAPH);
    expect(fromVni(toVni(ALPHABET))).toBe(ALPHABET);
    expect(fromVni(toVni(ALPHABET.toUpperCase()))).toBe(ALPHABET.toUpperCase());
    expect(repairLegacyText(toVni(PARAGRAPH.toUpperCase())).text).toBe(
      PARAGRAPH.toUpperCase(),
    );
  });

  test("the encoders produce the bytes known from real files", () => {
    expect(toTcvn3("Trường tiểu học")).toBe("Tr\u00adêng tiÓu häc");
    expect(toTcvn3("Công đoàn")).toBe("C«ng ®oµn");
    expect(toVni("Trường")).toBe("Tröôøng");
    expect(toVni("Công đoàn")).toBe("Coâng ñoaøn");
    expect(toVni("Việt Nam")).toBe("Vieät Nam");
    expect(toVni("Đoàn kết")).toBe("Ñoaøn keát");
  });
});
