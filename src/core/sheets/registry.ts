/**
 * Every sheet DVK knows, in the order they are inserted: the one place a sheet is added. The
 * template ids and names, the tables read back, the shape of the data read (`WorkbookData`) and
 * the sample school's rows are all derived from this list.
 *
 * A new sheet: its spec in `specs/` (columns and zod schema), its sample rows in `sample.ts`,
 * and one line here.
 */
import { donationSummarySpec } from "./donation-summary-sheet";
import type { TemplateValue } from "./cells";
import type { KeyValueSheetSpec, SheetSpec, TableSheetSpec } from "./spec";
import { donationsSpec } from "./specs/donations";
import { evaluationsSpec } from "./specs/evaluations";
import { generalSpec } from "./specs/general";
import { legalRefsSpec } from "./specs/legal-refs";
import { modelsSpec } from "./specs/models";
import { narrativeSpec } from "./specs/narrative";
import { partySpec } from "./specs/party";
import { rosterSpec } from "./specs/roster";
import { staffSpec } from "./specs/staff";
import { studentsSpec } from "./specs/students";

export const SHEETS = {
  general: generalSpec,
  staff: staffSpec,
  roster: rosterSpec,
  students: studentsSpec,
  donations: donationsSpec,
  donationSummary: donationSummarySpec,
  models: modelsSpec,
  legalRefs: legalRefsSpec,
  party: partySpec,
  evaluations: evaluationsSpec,
  narrative: narrativeSpec,
} as const satisfies Readonly<Record<string, SheetSpec>>;

type Sheets = typeof SHEETS;

/** Sheets the user can pick, in insertion order. */
export type TemplateId = keyof Sheets;
export const TEMPLATE_IDS = Object.keys(SHEETS) as TemplateId[];

/** Sheets holding a table DVK reads back (all but the derived ones). */
export type TableId = {
  [K in TemplateId]: Sheets[K] extends { readonly tableName: string }
    ? K
    : never;
}[TemplateId];
export const TABLE_IDS = TEMPLATE_IDS.filter(
  (id): id is TableId => SHEETS[id].kind !== "derived",
);

/** The sheet name of each template. */
export const TEMPLATE_NAMES = Object.fromEntries(
  TEMPLATE_IDS.map((id) => [id, SHEETS[id].sheetName]),
) as Readonly<Record<TemplateId, string>>;

/** The names of the tables to read, in sheet order. */
export const TABLE_NAMES: readonly string[] = TABLE_IDS.map(
  (id) => SHEETS[id].tableName,
);

/** The column (or field) keys of a sheet. */
export type KeyOf<S> =
  S extends TableSheetSpec<unknown, infer K>
    ? K
    : S extends KeyValueSheetSpec<unknown, infer K>
      ? K
      : never;

/** The sample school's content of a sheet: rows of a table sheet, values of a key–value one. */
export type SampleOf<S> = S extends TableSheetSpec
  ? readonly Readonly<Partial<Record<KeyOf<S>, TemplateValue>>>[]
  : S extends KeyValueSheetSpec
    ? Readonly<Partial<Record<KeyOf<S>, TemplateValue>>>
    : never;

/** The sample school, by sheet (a wrong key or column is a compile error). */
export type SampleData = { readonly [K in TableId]?: SampleOf<Sheets[K]> };
