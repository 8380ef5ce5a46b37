/** DVK.NGAYVB: the place-and-date line of a document. */
import { formatDocumentDate } from "../vn/format-document-date";
import { parseVnDate } from "../vn/parse-vn-date";
import { isBlank, mapCells, textArg, type CellResult } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

/**
 * DVK.NGAYVB(ngày; [địa danh]): "Giang Biên, ngày 13 tháng 9 năm 2021" (Nghị định 30/2020:
 * days below 10 and months 1, 2 with a leading zero). The date may be an Excel date (serial
 * number), text such as "13/9/2021", or a range of them.
 * @example ngayVb(44452, "Giang Biên") // "Giang Biên, ngày 13 tháng 9 năm 2021"
 */
export function ngayVb(date: unknown, place: unknown = null): CellResult {
  const where = textArg(place);
  return mapCells(date, (v) => {
    if (isBlank(v)) throw new DvkFunctionError("Ô trống, không có ngày.", "na");
    const r = parseVnDate(v);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return formatDocumentDate(r.value, where);
  });
}
