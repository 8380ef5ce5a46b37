/** The sheet specs, one file each; the registry (../registry.ts) lists them in order. */
export { donationsSpec } from "./donations";
export { evaluationsSpec } from "./evaluations";
export { narrativeSpec } from "./narrative";
export { partySpec } from "./party";
export { generalSpec, REQUIRED_GENERAL } from "./general";
export { legalRefsSpec } from "./legal-refs";
export { modelsSpec } from "./models";
export { rosterSpec } from "./roster";
export { staffSpec } from "./staff";
export { studentsSpec } from "./students";
