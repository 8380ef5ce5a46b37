/** Every rule, in the order findings are listed. */
import type { Rule } from "../rule";
import {
  ledgerAmount,
  ledgerDuplicates,
  ledgerMissing,
  ledgerPeriod,
  ledgerQuantity,
  ledgerTextAmount,
  ledgerTotal,
  ledgerVoucher,
} from "./donations";
import { generalAuthority, generalDates, generalRequired } from "./general";
import { legalDates, legalDuplicates, legalStyle } from "./legal";
import { narrativeData, narrativeFields } from "./narrative";
import { evaluationTotals, partyMembers } from "./party";
import {
  modelMissing,
  modelOwnerInRoster,
  modelPartyShare,
  modelResults,
} from "./models";
import { staffCategories, staffParts, staffParty, staffTotals } from "./staff";
import {
  classSize,
  studentGroups,
  studentParts,
  studentTotals,
} from "./students";
import { textHygiene, textNumbers } from "./text";

export const RULES: readonly Rule[] = [
  generalRequired,
  generalDates,
  generalAuthority,
  staffTotals,
  staffParts,
  staffParty,
  staffCategories,
  studentTotals,
  studentParts,
  classSize,
  studentGroups,
  ledgerAmount,
  ledgerMissing,
  ledgerPeriod,
  ledgerDuplicates,
  ledgerVoucher,
  ledgerQuantity,
  ledgerTextAmount,
  ledgerTotal,
  modelMissing,
  modelOwnerInRoster,
  modelResults,
  modelPartyShare,
  legalStyle,
  legalDates,
  legalDuplicates,
  partyMembers,
  evaluationTotals,
  narrativeData,
  narrativeFields,
  textHygiene,
  textNumbers,
];
