/** Excel formula evaluation for the in-memory workbook (host-free: no Office, React or Node). */
export { evaluateFormula, type FormulaContext } from "./evaluate-formula";
