/* The corpus: every fixture file, its source and the program that wrote it. The expectations of
 * each file are in test/fixtures/corpus/expected.ts, written by hand. */
import type { CorpusFile, CorpusSource } from "./case";
import {
  ageGroups,
  ambiguousNumbers,
  gradeLabels,
  textAmounts,
} from "./cases-numbers";
import {
  legalPartySymbols,
  registrationLevel,
  tcvn3Roster,
} from "./cases-text";
import {
  empty,
  pastedStaff,
  seed001TypedTotal,
  seed004TotalsOnly,
} from "./cases-totals";

/** The sample school ("Chèn dữ liệu mẫu", `dvk mau --du-lieu-mau`). */
export const sampleSchool: CorpusSource = {
  name: "sample",
  level: "th-thcs",
  year: 2023,
  sample: true,
};

const file = (
  source: CorpusSource,
  writer: CorpusFile["writer"] = "exceljs",
  name = writer === "libreoffice" ? `${source.name}-lo` : source.name,
): CorpusFile => ({ file: `${name}.xlsx`, source, writer });

export const CORPUS_FILES: readonly CorpusFile[] = [
  file(seed001TypedTotal),
  file(seed001TypedTotal, "libreoffice"),
  file(seed004TotalsOnly),
  file(empty),
  // Saved once by a spreadsheet program, the empty template's SUM cells hold a cached 0.
  file(empty, "libreoffice"),
  file(textAmounts),
  file(textAmounts, "libreoffice"),
  file(pastedStaff),
  file(pastedStaff, "libreoffice"),
  file(ageGroups),
  file(gradeLabels),
  file(ambiguousNumbers),
  file(tcvn3Roster),
  file(registrationLevel),
  file(legalPartySymbols),
  file(sampleSchool),
  file(sampleSchool, "libreoffice", "saved-by-libreoffice"),
  file(sampleSchool, "openpyxl", "written-by-openpyxl"),
];
