/** Every sheet spec, in the order the sheets are inserted. */
import { donationsSpec } from "./donations";
import { generalSpec } from "./general";
import { legalRefsSpec } from "./legal-refs";
import { modelsSpec } from "./models";
import { rosterSpec } from "./roster";
import { staffSpec } from "./staff";
import { studentsSpec } from "./students";

export {
  donationsSpec,
  generalSpec,
  legalRefsSpec,
  modelsSpec,
  rosterSpec,
  staffSpec,
  studentsSpec,
};

export const tableSpecs = {
  staff: staffSpec,
  roster: rosterSpec,
  students: studentsSpec,
  donations: donationsSpec,
  models: modelsSpec,
  legalRefs: legalRefsSpec,
} as const;

/** All specs with a table, the general sheet first. */
export const ALL_TABLE_SPECS = [
  generalSpec,
  staffSpec,
  rosterSpec,
  studentsSpec,
  donationsSpec,
  modelsSpec,
  legalRefsSpec,
] as const;
