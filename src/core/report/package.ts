/** The report package the Excel pane hands to the Word pane (through OfficeRuntime.storage): the
 *  workbook's tables as the reports need them (package-needs.ts: no sheet or column a report
 *  does not read — no roster, no phone or ID numbers), so the Word pane can build any report kind
 *  and refresh it later. Stored with its time; the Word pane removes it as it takes it, and an
 *  item older than a day is removed unread. */
import { z } from "zod";
import { REPORT_KIND_NAMES, type ReportKindId } from "../model/report-outlines";
import type { TableData } from "../workbook/types";
import { tablesNeeded } from "./package-needs";

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
      belowFormulas: z.array(z.boolean()).optional(),
    }),
  ),
});
export type ReportPackage = z.infer<typeof ReportPackage>;

export const PACKAGE_KEY = "dvk.report-package";

/** How long a package waits for the Word pane: older ones are removed unread. */
export const PACKAGE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Every report kind: the Word pane chooses the kind after taking the package. */
const ALL_KINDS = Object.keys(REPORT_KIND_NAMES) as ReportKindId[];

/** The package of the workbook's tables, reduced to what reports of `kinds` read. */
export function makePackage(
  tables: readonly (TableData | null)[],
  source: string,
  now = new Date(),
  kinds: readonly ReportKindId[] = ALL_KINDS,
): ReportPackage {
  return {
    version: 1,
    savedAt: now.toISOString(),
    source,
    tables: tablesNeeded(
      tables.filter((t): t is TableData => t !== null),
      kinds,
    ).map((t) => ({
      name: t.name,
      sheet: t.sheet,
      range: t.range,
      header: [...t.header],
      rows: t.rows.map((r) => [...r]),
      below: [...t.below],
      ...(t.belowFormulas ? { belowFormulas: [...t.belowFormulas] } : {}),
    })),
  };
}

/** Where the package waits (OfficeRuntime.storage, localStorage in the preview). */
export interface PackageStorage {
  get(key: string): Promise<string | null>;
  remove(key: string): Promise<void>;
}

/** Whether a package saved at `savedAt` is too old (or dated in the future) to use. */
function stale(savedAt: string, now: Date): boolean {
  const age = now.getTime() - Date.parse(savedAt);
  return !(Math.abs(age) <= PACKAGE_MAX_AGE_MS);
}

/** Takes the package: read once and removed from the storage whatever it holds, refused when
 *  older than a day. */
export async function takePackage(
  storage: PackageStorage,
  now = new Date(),
): Promise<ReturnType<typeof parsePackage>> {
  const json = await storage.get(PACKAGE_KEY);
  if (json !== null) await storage.remove(PACKAGE_KEY);
  const p = parsePackage(json);
  if (p.ok && stale(p.value.savedAt, now))
    return {
      ok: false,
      message:
        "Dữ liệu gửi từ Excel đã quá một ngày nên đã được xoá. Mở ngăn DVK trong Excel, trang Báo cáo, bấm “Gửi sang Word” lần nữa.",
    };
  return p;
}

/** Removes a package left waiting for more than a day, unread (either pane, as it opens). */
export async function removeStalePackage(
  storage: PackageStorage,
  now = new Date(),
): Promise<boolean> {
  const json = await storage.get(PACKAGE_KEY);
  if (json === null) return false;
  let savedAt = "";
  try {
    savedAt = String((JSON.parse(json) as { savedAt?: unknown }).savedAt ?? "");
  } catch {
    // unreadable: removed as well
  }
  if (!stale(savedAt, now)) return false;
  await storage.remove(PACKAGE_KEY);
  return true;
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
