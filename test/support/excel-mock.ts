/**
 * A fake Excel object model on office-addin-mock: properties must be loaded and synced before
 * they are read (the mock returns an error marker otherwise), writes are recorded, and
 * `context.sync` is a jest spy so tests count round-trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseRange, rangeAddress } from "../../src/core/workbook/a1";

export interface FakeTable {
  name: string;
  sheet: string;
  /** Whole table, header included. */
  range: string;
  values: unknown[][];
  /** The row under the table. */
  below?: unknown[];
  /** Formulas of the row below, where they differ from its values ("=SUM(D4:D6)"). */
  belowFormulas?: unknown[];
}
export interface FakeSheet {
  name: string;
  usedRange: string | null;
  protected: boolean;
  /** Names scoped to the sheet. */
  names?: string[];
  /** "Visible" unless given. */
  visibility?: string;
}
export interface FakeExcelState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  /** Workbook-scoped names: value as Office.js reports it ("'Sheet'!$A$1"). */
  names?: { name: string; value: string; type?: string }[];
}

/** One recorded call or property write, e.g. "Sổ!A1:C3.values". */
export type Call = {
  readonly target: string;
  readonly action: string;
  readonly arg?: unknown;
};

/** Wraps the mock's sync so calls can be counted: a jest spy in tests, a plain counter elsewhere
 *  (the benchmarks). */
export type SpyFactory = <F extends (...args: never[]) => unknown>(f: F) => F;

/** A counting wrapper for use outside jest: `countOf(fn)` reads the count. */
export function counter<F extends (...args: never[]) => unknown>(f: F): F {
  const w = ((...args: Parameters<F>) => {
    (w as unknown as { count: number }).count++;
    return f(...args);
  }) as unknown as F;
  (w as unknown as { count: number }).count = 0;
  return w;
}

export function createExcelMock(
  state: FakeExcelState,
  spy: SpyFactory = (f) => jest.fn(f) as never,
) {
  const calls: Call[] = [];
  /** Ranges whose values were loaded since the last sync, and per sync the JSON size of the
   *  values loaded (what Excel would send back). */
  let pendingLoads: any[] = [];
  const bytesPerSync: number[] = [];
  let seq = 0;
  // Every proxy made on the fly hangs off the context so the mock's sync reaches it.
  let context: any;
  const attach = (data: object): any => {
    const key = `p${seq++}`;
    context.addMock(key);
    context[key].populate(data);
    return context[key];
  };
  /** Records writes to `props`; reads still follow the mock's load/sync rules (the mock's own
   *  post-sync update, which assigns its stored value, is not a write). */
  const recorder = (target: string, obj: any, props: string[]) => {
    for (const prop of props) {
      let value: unknown = obj[prop];
      Object.defineProperty(obj, prop, {
        get: () => value,
        set: (v) => {
          const internal = obj._properties?.get(prop);
          if (!(internal && v === internal._value))
            calls.push({ target, action: prop, arg: v });
          value = v;
        },
        configurable: true,
      });
    }
    return obj;
  };
  const makeRange = (
    sheet: string,
    address: string,
    values: unknown[][] = [],
  ): any => {
    const target = `${sheet}!${address}`;
    const b =
      /^\d+:\d+$/.test(address) || /^[A-Z]+:[A-Z]+$/.test(address)
        ? null
        : parseRange(address);
    const r = attach({
      address: `'${sheet}'!${address}`,
      values,
      // Office.js returns a literal's value as its "formula": the mock holds no formulas.
      formulas: values,
      rowIndex: b ? b.top : 0,
      rowCount: b ? b.bottom - b.top + 1 : 0,
      columnCount: b ? b.right - b.left + 1 : 0,
      format: {
        font: {},
        fill: {},
        borders: {
          getItem: (e: string) =>
            recorder(`${target}.border.${e}`, {}, ["style"]),
        },
      },
      dataValidation: {
        clear: () => calls.push({ target, action: "dataValidation.clear" }),
      },
      merge: (across: boolean) =>
        calls.push({ target, action: "merge", arg: across }),
      select: () => calls.push({ target, action: "select" }),
    });
    r.rawAddress = address;
    const loadRange = r.load.bind(r);
    r.load = (arg: string) => {
      if (/\bvalues\b|\bformulas\b/.test(arg)) pendingLoads.push(r);
      return loadRange(arg);
    };
    r.isNullObject = false; // readable after sync in Office.js; not a loadable property here
    recorder(target, r, ["values", "formulas", "numberFormat", "hyperlink"]);
    recorder(target, r.format, [
      "columnWidth",
      "horizontalAlignment",
      "verticalAlignment",
      "wrapText",
    ]);
    recorder(`${target}.font`, r.format.font, [
      "bold",
      "italic",
      "size",
      "color",
    ]);
    recorder(`${target}.fill`, r.format.fill, ["color"]);
    recorder(target, r.dataValidation, ["rule"]);
    return r;
  };
  const tableRange = (t: FakeTable): any => {
    const r = makeRange(t.sheet, t.range, t.values);
    const whole = parseRange(t.range);
    r.getIntersectionOrNullObject = (other: any) => {
      const m = /^(\d+):(\d+)$/.exec(other.rawAddress);
      const o = m
        ? {
            top: Number(m[1]) - 1,
            bottom: Number(m[2]) - 1,
            left: 0,
            right: 16383,
          }
        : parseRange(other.rawAddress);
      const top = Math.max(whole.top, o.top);
      const bottom = Math.min(whole.bottom, o.bottom);
      const left = Math.max(whole.left, o.left);
      const right = Math.min(whole.right, o.right);
      if (top > bottom || left > right)
        return Object.assign(
          attach({ values: [], rowIndex: 0, columnCount: 0 }),
          {
            isNullObject: true,
          },
        );
      const part = { top, left, bottom, right };
      return makeRange(
        t.sheet,
        rangeAddress(part),
        t.values
          .slice(top - whole.top, bottom - whole.top + 1)
          .map((row) => row.slice(left - whole.left, right - whole.left + 1)),
      );
    };
    r.getRowsBelow = (count: number) => {
      const part = {
        top: whole.bottom + 1,
        left: whole.left,
        bottom: whole.bottom + count,
        right: whole.right,
      };
      const range = makeRange(
        t.sheet,
        rangeAddress(part),
        t.below ? [t.below] : [Array(whole.right - whole.left + 1).fill("")],
      );
      if (t.belowFormulas) range.formulas = [t.belowFormulas];
      return range;
    };
    r.getCell = (row: number, col: number) => ({
      getResizedRange: (dr: number, dc: number) => {
        const part = {
          top: whole.top + row,
          left: whole.left + col,
          bottom: whole.top + row + dr,
          right: whole.left + col + dc,
        };
        return makeRange(
          t.sheet,
          rangeAddress(part),
          t.values.slice(row, row + dr + 1),
        );
      },
    });
    return r;
  };
  /** Gives a collection mock its `items`, readable only after load + sync ("items/…" loads). */
  const collection = (coll: any, items: unknown[]) => {
    coll.setValue("items", items);
    const load = coll.load.bind(coll);
    coll.load = (arg: string) => {
      calls.push({ target: "collection", action: "load", arg });
      // "items/name,items/x" loads "name" and "x" on every item that is a mock proxy.
      const inner = arg
        .split(",")
        .map((p) => p.trim().replace(/^items\//, ""))
        .filter((p) => p && p !== "items");
      for (const item of items as any[])
        if (typeof item?.load === "function" && inner.length)
          item.load(inner.join(","));
      return load("items");
    };
    return coll;
  };
  const makeSheet = (s: FakeSheet): any => {
    const sheet = attach({
      name: s.name,
      protection: { protected: s.protected },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          calls.push({
            target: s.name,
            action: "tables.add",
            arg: [address, hasHeaders],
          });
          return recorder(`table@${s.name}!${address}`, {}, ["name", "style"]);
        },
      },
      freezePanes: {
        freezeRows: (n: number) =>
          calls.push({ target: s.name, action: "freezeRows", arg: n }),
      },
      visibility: s.visibility ?? "Visible",
      names: {
        add: (name: string, reference: any) =>
          calls.push({
            target: s.name,
            action: "names.add",
            arg: [name, reference?.rawAddress ?? reference],
          }),
      },
      activate: () => calls.push({ target: s.name, action: "activate" }),
      delete: () => calls.push({ target: s.name, action: "delete" }),
    });
    recorder(s.name, sheet, ["name", "visibility"]);
    collection(
      sheet.names,
      (s.names ?? []).map((name) => attach({ name })),
    );
    collection(
      sheet.tables,
      state.tables
        .filter((t) => t.sheet === s.name)
        .map((t) => ({ name: t.name })),
    );
    sheet.getRange = (address: string) => makeRange(s.name, address);
    sheet.getUsedRangeOrNullObject = () =>
      s.usedRange
        ? makeRange(s.name, s.usedRange)
        : Object.assign(attach({ address: "" }), { isNullObject: true });
    return sheet;
  };
  const sheetByName = (name: string) => {
    const s = state.sheets.find(
      (x) => x.name.toLowerCase() === name.toLowerCase(),
    );
    if (!s)
      throw Object.assign(new Error(`Sheet ${name} not found`), {
        code: "ItemNotFound",
      });
    return s;
  };

  context = new OfficeMockObject({
    workbook: {
      application: {
        suspendApiCalculationUntilNextSync: () =>
          calls.push({
            target: "application",
            action: "suspendApiCalculation",
          }),
        suspendScreenUpdatingUntilNextSync: () =>
          calls.push({
            target: "application",
            action: "suspendScreenUpdating",
          }),
      },
      worksheets: {
        add: (name: string) => {
          calls.push({ target: name, action: "worksheets.add" });
          state.sheets.push({ name, usedRange: null, protected: false });
          return {
            set position(index: number) {
              calls.push({ target: name, action: "position", arg: index });
            },
          };
        },
        getItem: (name: string) => makeSheet(sheetByName(name)),
      },
      tables: {},
      names: {},
    },
  }) as any;
  collection(
    context.workbook.names,
    (state.names ?? []).map((n) =>
      attach({ name: n.name, value: n.value, type: n.type ?? "Range" }),
    ),
  );
  collection(context.workbook.worksheets, state.sheets.map(makeSheet));
  const tableItems: any[] = state.tables.map((t) => {
    const worksheet = attach({ name: t.sheet });
    worksheet.getRange = (a: string) => makeRange(t.sheet, a);
    return {
      name: t.name,
      worksheet,
      getRange: () => tableRange(t),
      rows: {
        add: (index?: number, values?: unknown) =>
          calls.push({
            target: `table ${t.name}`,
            action: "rows.add",
            arg: [index, values],
          }),
      },
      columns: {
        add: (index?: number, values?: unknown, name?: string) =>
          calls.push({
            target: `table ${t.name}`,
            action: "columns.add",
            arg: [index, values, name],
          }),
      },
    };
  });
  collection(context.workbook.tables, tableItems);
  context.workbook.tables.getItem = (name: string) => {
    const t = tableItems.find(
      (x) => x.name.toLowerCase() === name.toLowerCase(),
    );
    if (!t)
      throw Object.assign(new Error(`Table ${name} not found`), {
        code: "ItemNotFound",
      });
    return t;
  };
  // The mock's own sync updates nested proxies in promise continuations it does not await;
  // let them settle before the adapter reads, and count every call.
  const mockSync = context.sync.bind(context);
  const sync = spy(async () => {
    bytesPerSync.push(
      pendingLoads.reduce(
        (sum, r) =>
          sum +
          JSON.stringify(r.values).length +
          (r.formulas !== r.values ? JSON.stringify(r.formulas).length : 0),
        0,
      ),
    );
    pendingLoads = [];
    await mockSync();
    await new Promise((resolve) => setImmediate(resolve));
  });
  context.sync = sync;
  const run = <T>(batch: (ctx: any) => Promise<T>): Promise<T> =>
    batch(context);
  return { context, run, calls, sync, bytesPerSync };
}
