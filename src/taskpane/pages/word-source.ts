/* Where the Word pane's figures come from, said in the pane: the package the Excel pane sent
 * (only where the Excel → Word store works) or the .xlsx file the user picked (always). */
import { ui } from "../strings";

export interface DataSource {
  /** "package": sent from the Excel pane; "file": an .xlsx picked in the Word pane. */
  readonly kind: "package" | "file";
  /** The package's workbook and time, or the file's name. */
  readonly detail: string;
}

/** The line naming the source in use; before there is one, what to do here. */
export function sourceLine(
  source: DataSource | null,
  canTakePackage: boolean,
): string {
  if (!source)
    return canTakePackage ? ui.report.noSource : ui.report.noSourceFile;
  return source.kind === "package"
    ? ui.report.fromPackage(source.detail)
    : ui.report.fromFile(source.detail);
}

/** Why the draft buttons wait, naming only the paths this pane offers. */
export function needsSourceLine(canTakePackage: boolean): string {
  return canTakePackage ? ui.report.needsSource : ui.report.needsFile;
}
