/** Repairing text typed in the legacy TCVN3 (.VnTime) and VNI encodings. */
import {
  detectLegacyEncoding,
  type LegacyEncoding,
} from "./detect-legacy-encoding";
import { fromTcvn3 } from "./from-tcvn3";
import { fromVni } from "./from-vni";
import { normalizeText } from "./normalize-text";

/**
 * NFC plus legacy repair: text typed in TCVN3 or VNI (detected, or as `encoding` says) becomes
 * Unicode; Unicode text is only normalised (see normalizeText).
 * @example repairLegacyText("C«ng ®oµn") // { text: "Công đoàn", encoding: "tcvn3" }
 * @example repairLegacyText("Coâng ñoaøn") // { text: "Công đoàn", encoding: "vni" }
 * @example repairLegacyText(" Trường\u00a0học ") // { text: "Trường học", encoding: null }
 */
export function repairLegacyText(
  text: string,
  encoding: LegacyEncoding | null = detectLegacyEncoding(text),
): { readonly text: string; readonly encoding: LegacyEncoding | null } {
  const repaired =
    encoding === "tcvn3"
      ? fromTcvn3(text)
      : encoding === "vni"
        ? fromVni(text)
        : text;
  return { text: normalizeText(repaired), encoding };
}
