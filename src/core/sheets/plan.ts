/**
 * Rendering sheet specs to workbook operations, never touching what the user wrote: a sheet that
 * exists and holds anything but our empty template is left as it is and reported.
 */
import { columnLetters } from "../workbook/a1";
import type {
  CellInput,
  SheetInfo,
  TableData,
  WorkbookOp,
} from "../workbook/types";
import type { SchoolLevel } from "../model/enums";
import { templateCell, textCell, type TemplateValue } from "./cells";
import { listSource } from "./lists-sheet";
import {
  HEADER_ROW,
  type KeyValueSheetSpec,
  type TableSheetSpec,
} from "./spec";

/** Rows of data for a spec, keyed by column key. */
export type TemplateRows = readonly Readonly<Record<string, TemplateValue>>[];

/** What happened to one sheet. */
export interface SheetOutcome {
  readonly sheet: string;
  readonly status: "created" | "filled" | "kept" | "columnsAdded" | "skipped";
  /** Vietnamese, for the user. */
  readonly message: string;
}

/** Operations writing one table sheet on an empty or new sheet. */
export function renderTableSheet(
  spec: TableSheetSpec,
  level: SchoolLevel,
  data: TemplateRows | null,
  create: boolean,
): WorkbookOp[] {
  const sheet = spec.sheetName;
  const cols = spec.columns;
  const letters = new Map(
    cols.map((c, i) => [c.key as string, columnLetters(i)]),
  );
  const columnOf = (key: string) => letters.get(key) ?? "A";
  const rows = tableRows(spec, level, data);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + rows.length;
  const right = cols.length - 1;
  const ops: WorkbookOp[] = [];
  if (create) ops.push({ kind: "addSheet", sheet });
  const body: CellInput[][] = rows.map((row, i) =>
    cols.map((c) => templateCell(c, row[c.key], first + i, columnOf)),
  );
  ops.push(
    {
      kind: "write",
      sheet,
      at: "A1",
      cells: [[textCell(spec.title)], [textCell(spec.note)]],
    },
    {
      kind: "write",
      sheet,
      at: `A${HEADER_ROW}`,
      cells: [cols.map((c) => textCell(c.header)), ...body],
    },
    { kind: "merge", sheet, range: `A1:${columnLetters(right)}1` },
    { kind: "merge", sheet, range: `A2:${columnLetters(right)}2` },
    {
      kind: "style",
      sheet,
      range: "A1",
      style: { bold: true, fontSize: 14, horizontalAlignment: "Center" },
    },
    {
      kind: "style",
      sheet,
      range: "A2",
      style: { italic: true, wrapText: false, fontColor: "#444444" },
    },
    {
      kind: "addTable",
      sheet,
      range: `A${HEADER_ROW}:${columnLetters(right)}${last}`,
      name: spec.tableName,
      style: "TableStyleMedium2",
    },
    {
      kind: "style",
      sheet,
      range: `A${HEADER_ROW}:${columnLetters(right)}${HEADER_ROW}`,
      style: { wrapText: true, verticalAlignment: "Center" },
    },
    {
      kind: "columnWidths",
      sheet,
      firstColumn: 0,
      widths: cols.map((c) => c.width),
    },
  );
  cols.forEach((c, i) => {
    if (c.wrap)
      ops.push({
        kind: "style",
        sheet,
        range: `${columnLetters(i)}${first}:${columnLetters(i)}${last}`,
        style: { wrapText: true, verticalAlignment: "Top" },
      });
    if (c.list)
      ops.push(
        listValidation(
          sheet,
          `${columnLetters(i)}${first}:${columnLetters(i)}${last}`,
          c.list,
        ),
      );
  });
  if (spec.totals) {
    const t = spec.totals;
    const totalRow = last + 1;
    const cells = cols.map((c): CellInput => {
      if (c.key === t.labelKey) return textCell(t.label);
      if ((t.sumKeys as readonly string[]).includes(c.key))
        return {
          formula: `=SUM(${columnOf(c.key)}${first}:${columnOf(c.key)}${last})`,
          numberFormat: "#,##0",
        };
      return {};
    });
    ops.push(
      { kind: "write", sheet, at: `A${totalRow}`, cells: [cells] },
      {
        kind: "style",
        sheet,
        range: `A${totalRow}:${columnLetters(right)}${totalRow}`,
        style: { bold: true, borders: true, fill: "#F2F2F2" },
      },
    );
  }
  ops.push(
    { kind: "freezeRows", sheet, rows: HEADER_ROW },
    { kind: "pageSetup", sheet, landscape: cols.length > 8 },
  );
  return ops;
}

/** Body rows: the spec's fixed rows merged with data matched by label, or the data, or blanks. */
function tableRows(
  spec: TableSheetSpec,
  level: SchoolLevel,
  data: TemplateRows | null,
): TemplateRows {
  const fixed = spec.fixedRows?.(level);
  if (fixed) {
    const labelKey = spec.columns[0].key as string;
    const byLabel = new Map(
      (data ?? []).map((r) => [String(r[labelKey] ?? ""), r]),
    );
    return fixed.map((f) => ({
      ...f,
      ...(byLabel.get(String(f[labelKey as never] ?? "")) ?? {}),
    }));
  }
  if (data && data.length) return data;
  return Array.from({ length: Math.max(1, spec.blankRows) }, () => ({}));
}

/** Operations writing the key–value sheet (Thông tin chung). */
export function renderKeyValueSheet(
  spec: KeyValueSheetSpec,
  data: Readonly<Record<string, TemplateValue>> | null,
  create: boolean,
): WorkbookOp[] {
  const sheet = spec.sheetName;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + spec.fields.length;
  const ops: WorkbookOp[] = [];
  if (create) ops.push({ kind: "addSheet", sheet });
  const valueColumn = {
    key: "value",
    header: "",
    type: "text",
    width: 0,
  } as const;
  const rows = spec.fields.map((f, i) => {
    const value = data?.[f.key];
    const cell = templateCell(
      f.type === "list" ? valueColumn : { ...valueColumn, type: f.type },
      value,
      first + i,
      () => "B",
    );
    return [textCell(f.label), cell, textCell(f.hint)];
  });
  ops.push(
    {
      kind: "write",
      sheet,
      at: "A1",
      cells: [[textCell(spec.title)], [textCell(spec.note)]],
    },
    {
      kind: "write",
      sheet,
      at: `A${HEADER_ROW}`,
      cells: [
        [textCell("Mục"), textCell("Nội dung"), textCell("Hướng dẫn")],
        ...rows,
      ],
    },
    { kind: "merge", sheet, range: "A1:C1" },
    { kind: "style", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    {
      kind: "style",
      sheet,
      range: "A2",
      style: { italic: true, fontColor: "#444444" },
    },
    {
      kind: "addTable",
      sheet,
      range: `A${HEADER_ROW}:C${last}`,
      name: spec.tableName,
      style: "TableStyleLight9",
    },
    {
      kind: "style",
      sheet,
      range: `C${first}:C${last}`,
      style: { italic: true, fontColor: "#666666", wrapText: true },
    },
    { kind: "columnWidths", sheet, firstColumn: 0, widths: [30, 44, 60] },
    { kind: "freezeRows", sheet, rows: HEADER_ROW },
    { kind: "pageSetup", sheet, landscape: false },
  );
  spec.fields.forEach((f, i) => {
    if (f.list) ops.push(listValidation(sheet, `B${first + i}`, f.list));
  });
  return ops;
}

/** A drop-down list whose items come from the hidden lists sheet (an inline list is split at
 *  commas by Excel). */
function listValidation(
  sheet: string,
  range: string,
  values: readonly string[],
): WorkbookOp {
  const source = listSource(values);
  return {
    kind: "validationList",
    sheet,
    range,
    values,
    ...(source ? { source } : {}),
  };
}

/** Decides, for one sheet, whether to write the template: new sheet, empty sheet, or keep. */
export function sheetDecision(
  sheetName: string,
  tableName: string,
  existing: readonly SheetInfo[],
  tableElsewhere: boolean,
): { write: boolean; create: boolean; outcome: SheetOutcome | null } {
  const info = existing.find(
    (s) => s.name.toLowerCase() === sheetName.toLowerCase(),
  );
  if (tableElsewhere)
    return {
      write: false,
      create: false,
      outcome: {
        sheet: sheetName,
        status: "skipped",
        message: `Sổ đã có bảng tên “${tableName}” ở sheet khác; không chèn lại “${sheetName}”.`,
      },
    };
  if (!info) return { write: true, create: true, outcome: null };
  if (info.protected)
    return {
      write: false,
      create: false,
      outcome: {
        sheet: info.name,
        status: "skipped",
        message: `Sheet “${info.name}” đang được bảo vệ; bỏ bảo vệ nếu muốn chèn mẫu.`,
      },
    };
  if (info.usedRange === null && info.tables.length === 0)
    return { write: true, create: false, outcome: null };
  if (info.tables.some((t) => t.toLowerCase() === tableName.toLowerCase()))
    return {
      write: false,
      create: false,
      outcome: {
        sheet: info.name,
        status: "kept",
        message: `Sheet “${info.name}” đã có mẫu và dữ liệu; giữ nguyên.`,
      },
    };
  return {
    write: false,
    create: false,
    outcome: {
      sheet: info.name,
      status: "skipped",
      message: `Sheet “${info.name}” đã có nội dung khác (${info.usedRange ?? "có bảng"}); không ghi đè. Đổi tên sheet đó nếu muốn chèn mẫu.`,
    },
  };
}

/** Header texts of `spec` missing from an existing table (compared tolerantly), with the ops
 *  appending them as new table columns. */
export function missingColumnsOps(
  spec: TableSheetSpec,
  table: TableData,
  fold: (s: string) => string,
): { headers: string[]; ops: WorkbookOp[] } {
  const have = new Set(table.header.map(fold));
  const missing = spec.columns.filter(
    (c) => ![c.header, ...(c.aliases ?? [])].some((h) => have.has(fold(h))),
  );
  const headers = missing.map((c) => c.header);
  return {
    headers,
    ops: headers.map(
      (header) =>
        ({
          kind: "addTableColumn",
          sheet: table.sheet,
          table: table.name,
          header,
        }) as WorkbookOp,
    ),
  };
}
