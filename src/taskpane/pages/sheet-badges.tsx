import { Badge } from "@fluentui/react-components";
import type { SheetInfo } from "../../core/workbook/types";
import { ui } from "../strings";

/** What the Mẫu biểu page says about a sheet of the workbook: empty, protected, its tables. Loaded
 *  once the workbook has been read (the first screen paints without Fluent's badges). */
export function SheetBadges({ sheet }: { sheet: SheetInfo }) {
  return (
    <>
      {sheet.usedRange === null ? (
        <Badge appearance="outline">{ui.templates.emptyBadge}</Badge>
      ) : null}
      {sheet.protected ? (
        <Badge color="warning">{ui.templates.protectedBadge}</Badge>
      ) : null}
      {sheet.tables.length ? (
        <Badge appearance="tint">{`${sheet.tables.length} ${ui.templates.tablesLabel}`}</Badge>
      ) : null}
    </>
  );
}
