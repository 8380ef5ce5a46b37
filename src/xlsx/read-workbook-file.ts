/* Opening a workbook file for the read-only commands (`dvk kiem-tra`, `dvk bao-cao`): the
 * bounded reader, with every sheet the reader of `core/sheets` may look at scanned while
 * opening, so that a file over a limit is refused with its message before any work starts. */
import { SHEETS, TABLE_IDS, TABLE_NAMES } from "../core/sheets/registry";
import { XlsxReader, type ReadLimits } from "./xlsx-reader";

/**
 * A read-only WorkbookHost over .xlsx bytes for `readWorkbook` / `checkWorkbook`.
 * @example const host = await openWorkbookForReading(bytes, "so.xlsx"); await checkWorkbook(host)
 */
export function openWorkbookForReading(
  bytes: Uint8Array,
  name: string,
  limits?: ReadLimits,
): Promise<XlsxReader> {
  return XlsxReader.open(bytes, name, {
    limits,
    preloadTables: TABLE_NAMES,
    preloadSheets: TABLE_IDS.map((id) => SHEETS[id].sheetName),
  });
}
