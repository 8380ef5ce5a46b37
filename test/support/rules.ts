/** Running the check rules on tables built by hand, with a complete general sheet unless one is
 *  given: what every rules test file uses. */
import { DEFAULT_SETTINGS } from "../../src/core/checks/rule";
import { runChecks } from "../../src/core/checks/run";
import type { Finding } from "../../src/core/model/finding";
import { readTables } from "../../src/core/sheets/read";
import type { TableData } from "../../src/core/workbook/types";
import { generalOf, serial } from "./tables";

/** A general sheet with every field a report needs. */
export const GENERAL_OK = {
  unitName: "Trường THCS Lý Tự Trọng",
  superiorBody: "Đảng ủy phường Giếng Đáy",
  documentFamily: "Đảng",
  schoolLevel: "THCS",
  place: "Giếng Đáy",
  periodFrom: serial(1, 1, 2023),
  periodTo: serial(31, 12, 2023),
  reportDate: serial(31, 12, 2023),
  documentNumber: "01",
  documentSymbol: "BC/CB",
  signerName: "Bùi Hoàng Anh",
  signerTitle: "BÍ THƯ",
  signerAuthority: "T/M",
  authorityBody: "CHI ỦY",
};

/** Findings of the rules whose id starts with `prefix`, for the given tables. */
export function check(
  prefix: string,
  tables: TableData[],
  general: Record<string, unknown> = GENERAL_OK,
  settings = DEFAULT_SETTINGS,
): Finding[] {
  const all = runChecks(
    readTables([generalOf(general as never), ...tables]),
    settings,
  ).findings;
  return all.filter((f) => f.rule.startsWith(prefix));
}
