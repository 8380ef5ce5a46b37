/** Excel wildcards: "?" is one character, "*" any run, "~" makes the next "?", "*" or "~" literal. */

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

/** True when the pattern uses "?", "*" or "~" (and so is not plain text). */
export function hasWildcards(pattern: string): boolean {
  return /[?*~]/.test(pattern);
}

/** Regex source for a wildcard pattern, without anchors. */
export function wildcardSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length && "*?~".includes(pattern[i + 1]))
      out += `\\${pattern[++i]}`;
    else if (ch === "*") out += "[\\s\\S]*?";
    else if (ch === "?") out += "[\\s\\S]";
    else out += ch.replace(REGEX_SPECIAL, "\\$&");
  }
  return out;
}

/** A case-insensitive test of a whole text against a wildcard pattern. */
export function wildcardMatcher(pattern: string): (text: string) => boolean {
  if (!hasWildcards(pattern)) {
    const lower = pattern.toLowerCase();
    return (text) => text === pattern || text.toLowerCase() === lower;
  }
  const re = new RegExp(`^(?:${wildcardSource(pattern)})$`, "i");
  return (text) => re.test(text);
}
