/** The DVK functions, host-free: what the Excel custom functions, `dvk ham` and the tests call.
 *  The registry (names and help texts) is in ./registry, kept out of this entry so the
 *  custom-functions bundle does not carry the help texts. */
export { DvkErrorKind, DvkFunctionError } from "./dvk-function-error";
export { type Cell, type CellResult } from "./args";
export { docSo, readOptionsFromArgs } from "./docso";
export { so } from "./so";
export { sumCells, tong } from "./tong";
export { kiemTra } from "./kiemtra";
export { trieu } from "./trieu";
export { tyLe } from "./tyle";
export { ngayVb } from "./ngayvb";
export { vanBan } from "./vanban";
export { chuan } from "./chuan";
