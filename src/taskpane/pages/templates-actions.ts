/* The Mẫu biểu page's actions, loaded on the first click (webpack chunk "sheets"): the sheet
 * registry, its zod schemas and the planner stay out of the pane's first chunk. */
export { insertTemplates } from "../../core/sheets/insert";
export { updateStaffFromRoster } from "../../core/sheets/staff-from-roster";
