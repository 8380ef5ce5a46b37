import { makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { cellAddress, columnLetters } from "../../core/workbook/a1";
import { usedBlock, type MemoryWorkbook } from "../../core/workbook/memory-workbook";
import { ui } from "../strings";
import { formatPreviewCell } from "./format-cell";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1, padding: tokens.spacingHorizontalS },
  scroller: { overflow: "auto", flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  formula: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  th: { background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 400, padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, position: "sticky", top: 0 },
  td: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "2px 6px", whiteSpace: "nowrap", maxWidth: "280px", overflow: "hidden", textOverflow: "ellipsis" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Rows shown at most, so a 50,000-row ledger does not freeze the page. */
const MAX_ROWS = 300;

/** A read-only view of the in-memory workbook: sheet tabs and the used range of the active sheet. */
export function WorkbookGrid({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const [, setVersion] = React.useState(0);
  React.useEffect(() => {
    workbook.onChange = () => setVersion((v) => v + 1);
    return () => {
      workbook.onChange = null;
    };
  }, [workbook]);
  const sheets = workbook.sheetList;
  const active = workbook.sheet(workbook.active ?? "") ?? sheets[0];
  if (!active) return <Text className={styles.root} data-testid="grid-empty">{ui.preview.emptyWorkbook}</Text>;
  const block = usedBlock(active) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const rows = Array.from({ length: Math.min(block.bottom + 1, MAX_ROWS) }, (_, r) => r);
  const cols = Array.from({ length: block.right + 1 }, (_, c) => c);
  const selected = workbook.selection?.sheet === active.name ? workbook.selection.cell : null;
  // Merged blocks: the top-left cell spans the block, the others are not drawn.
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of active.merges) {
    if (m.top !== m.bottom) continue;
    spans.set(`${m.top}:${m.left}`, m.right - m.left + 1);
    for (let c = m.left + 1; c <= m.right; c++) covered.add(`${m.top}:${c}`);
  }
  const widthOf = (c: number) => Math.round((active.columnWidths[c] ?? 9) * 7 + 10);
  return (
    <div className={styles.root}>
      <Text weight="semibold">{ui.preview.workbookTitle}</Text>
      <TabList size="small" selectedValue={active.name} onTabSelect={(_, d) => void workbook.apply([{ kind: "activate", sheet: String(d.value) }])}>
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        <table className={styles.table} data-testid="grid" data-sheet={active.name}>
          <colgroup>
            <col style={{ width: "36px" }} />
            {cols.map((c) => (
              <col key={c} style={{ width: `${widthOf(c)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.th} />
              {cols.map((c) => (
                <th key={c} className={styles.th}>{columnLetters(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={styles.th}>{r + 1}</th>
                {cols.map((c) => {
                  if (covered.has(`${r}:${c}`)) return null;
                  const cell = active.rows[r]?.[c];
                  const address = cellAddress(r, c);
                  const value = workbook.displayValue(active, r, c);
                  const pending = cell?.formula !== undefined && value === null;
                  const classes = [styles.td, address === selected ? styles.selected : "", pending ? styles.formula : ""].filter(Boolean).join(" ");
                  return (
                    <td key={c} data-cell={address} data-selected={address === selected ? "true" : undefined} colSpan={spans.get(`${r}:${c}`)} className={classes} title={cell?.formula} style={cell?.style?.bold ? { fontWeight: 600 } : undefined}>
                      {formatPreviewCell(value, cell?.numberFormat, cell?.formula)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
