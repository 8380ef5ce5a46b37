import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { cellAddress, columnLetters, parseCell } from "../../core/workbook/a1";
import {
  usedBlock,
  type MemoryWorkbook,
} from "../../core/workbook/memory-workbook";
import {
  interpretTyped,
  splitPastedText,
} from "../../core/workbook/typed-input";
import type { CellInput } from "../../core/workbook/types";
import { ui } from "../strings";
import { editText, formatPreviewCell } from "./format-cell";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    minWidth: 0,
    flexGrow: 1,
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalXS,
  },
  // Sheet tabs scroll sideways when there are more than fit, as Excel's do; never over the pane.
  tabs: {
    overflowX: "auto",
    overflowY: "hidden",
    flexShrink: 0,
    maxWidth: "100%",
  },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  nameBox: {
    width: "64px",
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: "2px 4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: "2px 4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: "200px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  // Separate borders (right and bottom of each cell): with collapsed borders, sticky headers
  // leave their border line unpainted and the cells scrolled under them show through it.
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pending: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 400,
    padding: "2px 6px",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    zIndex: 1,
  },
  colHead: { top: 0 },
  rowHead: {
    left: 0,
    width: "40px",
    minWidth: "40px",
    maxWidth: "40px",
    boxSizing: "border-box",
    textAlign: "right",
    overflow: "hidden",
  },
  corner: { top: 0, left: 0, zIndex: 2 },
  td: {
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "280px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  editing: { position: "relative" },
  number: { textAlign: "right" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  editor: {
    position: "absolute",
    inset: 0,
    width: "100%",
    boxSizing: "border-box",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    font: "inherit",
    padding: "0 4px",
  },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Rows drawn at most, so a 50,000-row ledger does not freeze the page (a window moves with the
 *  selection). Empty rows and columns are drawn past the data so there is room to type. */
const MAX_ROWS = 300;
const EXTRA_ROWS = 10;
const EXTRA_COLS = 3;

interface Editing {
  readonly address: string;
  readonly text: string;
  /** Typing in the cell itself, or in the formula bar above the grid. */
  readonly where: "cell" | "bar";
}

/** The preview's workbook, editable as in Excel: click a cell, type (Enter writes, Esc cancels),
 *  Delete clears, Ctrl+V pastes a block copied from Excel or Word; formulas are recomputed. */
export function WorkbookGrid({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const [, setVersion] = React.useState(0);
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  // The edit in progress, readable synchronously: Enter and the blur that follows commit once.
  const editingRef = React.useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const [error, setError] = React.useState<string | null>(null);
  const scroller = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    workbook.onChange = () => setVersion((v) => v + 1);
    return () => {
      workbook.onChange = null;
    };
  }, [workbook]);
  const sheets = workbook.sheetList;
  const active = workbook.sheet(workbook.active ?? "") ?? sheets[0];
  const selected =
    active && workbook.selection?.sheet === active.name
      ? workbook.selection.cell
      : null;
  React.useEffect(() => {
    if (!selected) return;
    scroller.current
      ?.querySelector(`[data-cell="${selected}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, active?.name]);
  if (!active)
    return (
      <Text className={styles.root} data-testid="grid-empty">
        {ui.preview.emptyWorkbook}
      </Text>
    );

  const sel = selected ? parseCell(selected) : null;
  const block = usedBlock(active) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const lastRow = Math.max(block.bottom + EXTRA_ROWS, sel?.row ?? 0);
  const first = sel && sel.row >= MAX_ROWS ? sel.row - MAX_ROWS / 2 : 0;
  const rows = Array.from(
    { length: Math.min(lastRow + 1 - first, MAX_ROWS) },
    (_, r) => first + r,
  );
  const cols = Array.from(
    { length: Math.max(block.right + EXTRA_COLS, sel?.col ?? 0) + 1 },
    (_, c) => c,
  );
  const hidden = lastRow + 1 - first - rows.length;
  // Merged blocks: the top-left cell spans the block, the others are not drawn.
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of active.merges) {
    if (m.top !== m.bottom) continue;
    spans.set(`${m.top}:${m.left}`, m.right - m.left + 1);
    for (let c = m.left + 1; c <= m.right; c++) covered.add(`${m.top}:${c}`);
  }
  const widthOf = (c: number) =>
    Math.round((active.columnWidths[c] ?? 9) * 7 + 10);
  const cellAt = (address: string) => {
    const p = parseCell(address);
    return {
      cell: active.rows[p.row]?.[p.col],
      value: workbook.displayValue(active, p.row, p.col),
    };
  };

  /** Writes through the seam (as Excel would take it), reporting what Excel would refuse. */
  const write = async (at: string, cells: CellInput[][]) => {
    setError(null);
    try {
      await workbook.apply([{ kind: "write", sheet: active.name, at, cells }]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const select = (row: number, col: number) =>
    void workbook.select({
      sheet: active.name,
      cell: cellAddress(Math.max(0, row), Math.max(0, col)),
    });
  /** Writes the edit in progress; `move` is where the selection goes after Enter or Tab (and
   *  the grid takes the keyboard back), "none" after a click elsewhere. */
  const commit = async (move: "down" | "right" | "none") => {
    const edit = editingRef.current;
    if (!edit) return;
    setEditing(null);
    const { cell } = cellAt(edit.address);
    await write(edit.address, [
      [interpretTyped(edit.text, cell?.numberFormat)],
    ]);
    if (move === "none") return;
    const p = parseCell(edit.address);
    select(
      move === "down" ? p.row + 1 : p.row,
      move === "right" ? p.col + 1 : p.col,
    );
    scroller.current?.focus();
  };
  const cancel = () => {
    setEditing(null);
    scroller.current?.focus();
  };
  const startEdit = (
    address: string,
    where: Editing["where"],
    text?: string,
  ) => {
    const { cell, value } = cellAt(address);
    setEditing({
      address,
      where,
      text: text ?? editText(value, cell?.numberFormat, cell?.formula),
    });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing || !sel || e.target !== scroller.current) return;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    if (e.key === "F2") {
      e.preventDefault();
      startEdit(selected as string, "cell");
    } else if (moves[e.key] && !(e.key === "Enter" && e.shiftKey)) {
      e.preventDefault();
      select(sel.row + moves[e.key][0], sel.col + moves[e.key][1]);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      void write(selected as string, [[{ value: null }]]);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(selected as string, "cell", e.key);
    }
  };
  const onPaste = (e: React.ClipboardEvent) => {
    if (editing || !selected) return;
    e.preventDefault();
    const block = splitPastedText(e.clipboardData.getData("text/plain"));
    if (!block.length) return;
    const origin = parseCell(selected);
    void write(
      selected,
      block.map((row, r) =>
        row.map((text, c) =>
          interpretTyped(
            text,
            active.rows[origin.row + r]?.[origin.col + c]?.numberFormat,
          ),
        ),
      ),
    );
  };
  const current = selected ? cellAt(selected) : null;
  return (
    <div className={styles.root}>
      <Text as="h2" size={300} weight="semibold">
        {ui.preview.workbookTitle}
      </Text>
      <div className={styles.tabs} data-testid="sheet-tabs">
        <TabList
          size="small"
          selectedValue={active.name}
          onTabSelect={(_, d) => {
            void commit("none");
            void workbook.apply([{ kind: "activate", sheet: String(d.value) }]);
          }}
          aria-label={ui.preview.workbookTitle}
        >
          {sheets
            .filter((s) => !s.hidden || s === active)
            .map((s) => (
              <Tab key={s.name} value={s.name}>
                {s.name}
              </Tab>
            ))}
        </TabList>
      </div>
      <div className={styles.bar}>
        <input
          className={styles.nameBox}
          readOnly
          value={selected ?? ""}
          aria-label={ui.preview.nameBox}
          data-testid="name-box"
        />
        <input
          className={styles.formula}
          aria-label={ui.preview.formulaBar}
          data-testid="formula-bar"
          disabled={!selected}
          value={
            editing
              ? editing.text
              : current
                ? editText(
                    current.value,
                    current.cell?.numberFormat,
                    current.cell?.formula,
                  )
                : ""
          }
          onFocus={() =>
            selected && !editingRef.current && startEdit(selected, "bar")
          }
          onChange={(e) =>
            selected &&
            setEditing({
              address: editing?.address ?? selected,
              where: "bar",
              text: e.target.value,
            })
          }
          onBlur={() => void commit("none")}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void commit("down");
            } else if (e.key === "Escape") {
              e.preventDefault();
              cancel();
            }
          }}
        />
      </div>
      {error ? (
        <MessageBar intent="error" layout="multiline" data-testid="grid-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={`${ui.preview.workbookTitle}: ${active.name}. ${ui.preview.gridHint}`}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        data-testid="grid-scroller"
      >
        <table
          className={styles.table}
          data-testid="grid"
          data-sheet={active.name}
        >
          <colgroup>
            <col style={{ width: "40px" }} />
            {cols.map((c) => (
              <col key={c} style={{ width: `${widthOf(c)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={mergeClasses(styles.head, styles.corner)} />
              {cols.map((c) => (
                <th
                  key={c}
                  className={mergeClasses(styles.head, styles.colHead)}
                  scope="col"
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th
                  className={mergeClasses(styles.head, styles.rowHead)}
                  scope="row"
                >
                  {r + 1}
                </th>
                {cols.map((c) => {
                  if (covered.has(`${r}:${c}`)) return null;
                  const cell = active.rows[r]?.[c];
                  const address = cellAddress(r, c);
                  const value = workbook.displayValue(active, r, c);
                  const isSelected = address === selected;
                  return (
                    <td
                      key={c}
                      data-cell={address}
                      data-selected={isSelected ? "true" : undefined}
                      colSpan={spans.get(`${r}:${c}`)}
                      className={mergeClasses(
                        styles.td,
                        typeof value === "number" && styles.number,
                        isSelected && styles.selected,
                        editing?.address === address && styles.editing,
                        cell?.formula !== undefined &&
                          value === null &&
                          styles.pending,
                      )}
                      title={cell?.formula}
                      style={
                        cell?.style?.bold ? { fontWeight: 600 } : undefined
                      }
                      onMouseDown={() => select(r, c)}
                      onDoubleClick={() => startEdit(address, "cell")}
                    >
                      {editing?.address === address &&
                      editing.where === "cell" ? (
                        <input
                          className={styles.editor}
                          autoFocus
                          aria-label={`${ui.preview.formulaBar} ${address}`}
                          data-testid="cell-editor"
                          list={
                            workbook.validationOptions(active, r, c)
                              ? "dvk-cell-options"
                              : undefined
                          }
                          value={editing.text}
                          onChange={(e) =>
                            setEditing({
                              address,
                              where: "cell",
                              text: e.target.value,
                            })
                          }
                          onBlur={() => void commit("none")}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") {
                              e.preventDefault();
                              void commit("down");
                            } else if (e.key === "Tab") {
                              e.preventDefault();
                              void commit("right");
                            } else if (e.key === "Escape") {
                              e.preventDefault();
                              cancel();
                            }
                          }}
                        />
                      ) : (
                        formatPreviewCell(
                          value,
                          cell?.numberFormat,
                          cell?.formula,
                        )
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {hidden > 0 ? (
          <Text
            size={200}
            className={styles.note}
          >{`… ${hidden} ${ui.preview.moreRows}`}</Text>
        ) : null}
      </div>
      {/* The drop-down list of the cell being edited, resolved from its range as Excel does. */}
      {editing ? (
        <datalist id="dvk-cell-options" data-testid="cell-options">
          {(
            workbook.validationOptions(
              active,
              parseCell(editing.address).row,
              parseCell(editing.address).col,
            ) ?? []
          ).map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
