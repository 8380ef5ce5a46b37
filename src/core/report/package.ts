/** The report package the Excel pane hands to the Word pane (through OfficeRuntime.storage): the
 *  workbook's tables as read, so the Word pane can build any report kind and refresh it later. */
import { z } from "zod";
import type { TableData } from "../workbook/types";

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ReportPackage = z.object({
  version: z.literal(1),
  /** ISO date-time the package was saved. */
  savedAt: z.string(),
  /** Workbook name or description, for the user. */
  source: z.string(),
  tables: z.array(
    z.object({
      name: z.string(),
      sheet: z.string(),
      range: z.string(),
      header: z.array(z.string()),
      rows: z.array(z.array(Cell)),
      below: z.array(Cell),
    }),
  ),
});
export type ReportPackage = z.infer<typeof ReportPackage>;

export const PACKAGE_KEY = "dvk.report-package";

export function makePackage(
  tables: readonly (TableData | null)[],
  source: string,
  now = new Date(),
): ReportPackage {
  return {
    version: 1,
    savedAt: now.toISOString(),
    source,
    tables: tables
      .filter((t): t is TableData => t !== null)
      .map((t) => ({
        ...t,
        header: [...t.header],
        rows: t.rows.map((r) => [...r]),
        below: [...t.below],
      })),
  };
}

/** Parses a stored package; a Vietnamese message when it is not one. */
export function parsePackage(
  json: string | null,
): { ok: true; value: ReportPackage } | { ok: false; message: string } {
  if (!json)
    return {
      ok: false,
      message:
        "Chưa có dữ liệu gửi từ Excel. Mở ngăn DVK trong Excel, trang Báo cáo, bấm “Gửi sang Word”.",
    };
  try {
    const r = ReportPackage.safeParse(JSON.parse(json));
    return r.success
      ? { ok: true, value: r.data }
      : {
          ok: false,
          message:
            "Dữ liệu gửi từ Excel không đúng định dạng; hãy gửi lại từ Excel.",
        };
  } catch {
    return {
      ok: false,
      message: "Dữ liệu gửi từ Excel bị hỏng; hãy gửi lại từ Excel.",
    };
  }
}
