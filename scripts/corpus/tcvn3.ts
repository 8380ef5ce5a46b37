/* Text typed in TCVN3 (ABC, .VnTime fonts), as a Unicode program shows its bytes (Windows-1252):
 * written by hand from the TCVN 5712:1993 code table, each beside the Unicode it stands for.
 * "ư" is byte 0xAD, a soft hyphen, hence the escapes. The generator checks every pair against
 * the product's converter before writing a workbook, so a typo here cannot pass as a finding. */

/** [TCVN3 as seen in Excel, the Unicode it means]. */
export type Tcvn3Pair = readonly [tcvn3: string, unicode: string];

/** "Giáo viên", the staff label of case 5. */
export const TEACHER_LABEL: Tcvn3Pair = ["Gi\u00b8o vi\u00aan", "Giáo viên"];

/** The roster of case 9 (Trường Tiểu học Kim Đồng), pasted from an old .VnTime file. */
export const ROSTER_NAMES: readonly Tcvn3Pair[] = [
  ["Nguy\u00d4n Th\u00de Lan", "Nguyễn Thị Lan"],
  ["Tr\u00c7n V\u00a8n Minh", "Trần Văn Minh"],
  ["L\u00aa Th\u00de H\u00e5ng", "Lê Thị Hồng"],
  ["Ph\u00b9m Thu H\u00ad\u00acng", "Phạm Thu Hương"],
  ["H\u00e5 Th\u00de Tuy\u00d5n", "Hồ Thị Tuyến"],
  ["\u00a7\u00c6ng V\u00a8n H\u00efng", "Đặng Văn Hùng"],
  ["B\u00efi Th\u00de Ng\u00e4c", "Bùi Thị Ngọc"],
  ["\u00a7\u00e7 Th\u00de H\u00b9nh", "Đỗ Thị Hạnh"],
  ["Ng\u00ab V\u00a8n D\u00f2ng", "Ngô Văn Dũng"],
  ["D\u00ad\u00acng Th\u00de Th\u00b6o", "Dương Thị Thảo"],
  ["L\u00fd Th\u00de Y\u00d5n", "Lý Thị Yến"],
  ["Tr\u00ad\u00acng Th\u00de Nhung", "Trương Thị Nhung"],
  ["Hu\u00fanh Th\u00de Oanh", "Huỳnh Thị Oanh"],
  ["V\u00e2 V\u00a8n Nam", "Võ Văn Nam"],
];
