import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import * as React from "react";
import { describeConflicts, reportFigures } from "../../core/figures/figures";
import { missingGeneral } from "../../core/report/kinds";
import type { ReportTree } from "../../core/report/tree";
import type { TableData } from "../../core/workbook/types";
import type { ResultLine } from "../components/result-bars";
import { ui } from "../strings";
import { dataOf, outline, REPORT_KINDS, type ReportKind } from "./report-actions";

/** The chosen report kind (and, for the registration form, which model), shared by the Excel
 *  and the Word report pages; `build` makes the tree and the notes to show beside it,
 *  `showOutline` builds it and keeps its outline (`outlineLines`) for the page to show. */
export function useReportKind(): {
  readonly kind: ReportKind;
  readonly fields: React.ReactElement;
  readonly build: (tables: readonly TableData[]) => { tree: ReportTree; notes: ResultLine[] };
  readonly showOutline: (tables: readonly TableData[]) => ResultLine[];
  readonly outlineLines: readonly string[] | null;
  /** Forgets the outline (the figures it came from were replaced). */
  readonly clearOutline: () => void;
} {
  const [kindId, setKindId] = React.useState<string>(REPORT_KINDS[0].id);
  const [modelIndex, setModelIndex] = React.useState("1");
  const [outlineLines, setOutlineLines] = React.useState<readonly string[] | null>(null);
  const kind = REPORT_KINDS.find((k) => k.id === kindId) ?? REPORT_KINDS[0];
  const fields = (
    <>
      <Field label={ui.report.kind}>
        <Dropdown value={kind.name} selectedOptions={[kind.id]} onOptionSelect={(_, d) => setKindId(String(d.optionValue))} data-testid="report-kind">
          {REPORT_KINDS.map((k) => (
            <Option key={k.id} value={k.id} text={k.name}>
              {k.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {kind.id === "dang-ky-mo-hinh" ? (
        <Field label={ui.report.modelIndex}>
          <Input type="number" min={1} value={modelIndex} onChange={(_, d) => setModelIndex(d.value)} data-testid="model-index" />
        </Field>
      ) : null}
    </>
  );
  const build = (tables: readonly TableData[]) => {
    const data = dataOf(tables);
    const missing = missingGeneral(data);
    const conflicts = describeConflicts(reportFigures(data));
    const notes: ResultLine[] = [
      ...(conflicts.length ? [{ intent: "warning" as const, text: `${ui.report.conflicts} ${conflicts.join(" ")}` }] : []),
      ...(missing.length ? [{ intent: "warning" as const, text: `${ui.report.missingGeneral} ${missing.join(", ")}.` }] : []),
    ];
    return { tree: kind.build(data, { modelIndex: Number(modelIndex) || 1 }), notes };
  };
  const showOutline = (tables: readonly TableData[]) => {
    const { tree, notes } = build(tables);
    setOutlineLines(outline(tree));
    return notes;
  };
  return { kind, fields, build, showOutline, outlineLines, clearOutline: () => setOutlineLines(null) };
}
