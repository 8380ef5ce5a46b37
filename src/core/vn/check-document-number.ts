/** Checking a written number-and-symbol against the state and Party styles. */
import {
  joinNumberSymbol,
  padDocumentNumber,
  symbolStyle,
  type DocumentStyle,
} from "./document-number";
import { quote } from "./quote";

export interface NumberCheck {
  /** The style the text follows (by its symbol, else by the separator after the number), or null when it is not a number and symbol. */
  readonly style: DocumentStyle | null;
  /** What is wrong, in Vietnamese; empty when the text is well formed. */
  readonly problems: readonly string[];
  /** The well-formed number and symbol, when there are problems and one follows. */
  readonly corrected: string | null;
}

const NUMBER_SYMBOL = /^(số\s*(:?)\s*)?(\d+)\s*([-/])\s*(\S.*)$/i;

/**
 * Classifies "764/UBND-HC" (state) or "24-KH/ĐU" (Party) and reports problems: spaces inside,
 * the wrong separator after the number, a state number below 10 without its leading zero,
 * lower-case symbols, "Số:" with or without the colon, or a style other than `family`.
 * @example checkDocumentNumber("24- KH/ĐU") // { style: "party", problems: ["“24- KH/ĐU” thừa dấu cách …"], corrected: "24-KH/ĐU" }
 * @example checkDocumentNumber("5/KH-THCS") // { style: "state", problems: ["Số văn bản nhỏ hơn 10 phải có số 0 ở đầu: 05/KH-THCS."], corrected: "05/KH-THCS" }
 */
export function checkDocumentNumber(
  text: string,
  family?: DocumentStyle,
): NumberCheck {
  const t = text.normalize("NFC").trim();
  const m = NUMBER_SYMBOL.exec(t);
  if (!m)
    return {
      style: null,
      problems: [
        `${quote(t)} không có dạng số và ký hiệu văn bản (ví dụ 05/KH-THCS hoặc 24-KH/ĐU).`,
      ],
      corrected: null,
    };
  const [, prefix, colon, num, sep, rawSymbol] = m;
  const symbol = rawSymbol.replace(/\s+/g, "");
  const style = symbolStyle(symbol, sep as "-" | "/") ?? "state";
  const want = family ?? style;
  const problems: string[] = [];
  if (/\s/.test(t.slice(prefix?.length ?? 0)))
    problems.push(`${quote(t)} thừa dấu cách trong số và ký hiệu.`);
  if (style === "party" && sep === "/")
    problems.push(
      `Văn bản của Đảng nối số với ký hiệu bằng dấu “-”: ${joinNumberSymbol(num, symbol, "party")}, không dùng “/”.`,
    );
  if (style === "state" && sep === "-")
    problems.push(
      `Văn bản hành chính nối số với ký hiệu bằng dấu “/”: ${joinNumberSymbol(num, symbol, "state")}, không dùng “-”.`,
    );
  if (want === "state" && /^\d$/.test(num))
    problems.push(
      `Số văn bản nhỏ hơn 10 phải có số 0 ở đầu: ${padDocumentNumber(num)}/${symbol}.`,
    );
  if (symbol !== symbol.toUpperCase())
    problems.push(`Ký hiệu văn bản viết chữ in hoa: ${symbol.toUpperCase()}.`);
  if (prefix && want === "party" && colon)
    problems.push("Văn bản của Đảng ghi “Số” không có dấu hai chấm.");
  if (prefix && want === "state" && !colon)
    problems.push("Văn bản hành chính ghi “Số:” có dấu hai chấm.");
  if (family && family !== style)
    problems.push(
      family === "party"
        ? `Văn bản của Đảng dùng kiểu số-KÝ HIỆU/CƠ QUAN (ví dụ 24-KH/ĐU); ${quote(t)} viết theo kiểu văn bản hành chính.`
        : `Văn bản hành chính dùng kiểu số/KÝ HIỆU-CƠ QUAN (ví dụ 05/KH-THCS); ${quote(t)} viết theo kiểu văn bản của Đảng.`,
    );
  const corrected = joinNumberSymbol(
    want === "state" ? padDocumentNumber(num) : num,
    symbol.toUpperCase(),
    want,
  );
  return { style, problems, corrected: problems.length ? corrected : null };
}
