/**
 * The workbook data a report section carries ("Số liệu chèn" of the narrative sheet): one
 * renderer per data block of `DataBlock`. A block whose sentence the section's text already
 * quotes (the text holds one of its fields) prints only its tables, so an imported paragraph
 * and the data never say the same thing twice.
 */
import { EvaluationSubject, Rating } from "../model/enums";
import type { DataBlock } from "../model/report-outlines";
import type { Figure } from "../figures/figures";
import type { ModelRow } from "../model/records";
import type { WorkbookData } from "../sheets/read";
import { figureInline } from "./figure-inline";
import {
  donations,
  modelParagraphs,
  situation,
  statisticsTables,
} from "./sections";
import { modelsSpec } from "../sheets/specs/models";
import { MODEL_TEXT, modelText } from "./narrative";
import { field, para, prompt, text, type Block, type Inline } from "./tree";

export interface DataBlockContext {
  readonly data: WorkbookData;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly year: number;
  /** The field keys the section's own text prints. */
  readonly quoted: ReadonlySet<string>;
  /** Appendices collect here (the long ledger), printed after the signature. */
  readonly appendix: Block[];
  /** The model the report is about (the registration form's). */
  readonly model: ModelRow | null;
  /** Whether the section has a text of its own: a model detail then stays out. */
  readonly hasText: boolean;
  /** Whether the report's own text (any section) already names this, folded. */
  readonly mentions: (name: string) => boolean;
}

/** A registration detail of the model, one paragraph per line of its cell, unless the
 *  section's own text replaces it. */
const detail =
  (k: keyof typeof MODEL_TEXT) =>
  (ctx: DataBlockContext): Block[] => {
    if (ctx.hasText) return [];
    const lines = (modelText(ctx.model, k) ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) {
      const header = modelsSpec.columns.find((c) => c.key === k)?.header ?? k;
      return [
        para(
          [
            prompt(
              `${MODEL_TEXT[k]} (cột “${header}” của sheet ${modelsSpec.sheetName})`,
            ),
          ],
          { indent: true },
        ),
      ];
    }
    return lines.map((l, i) =>
      para(
        [field(lines.length === 1 ? `model.${k}` : `model.${k}.${i + 1}`, l)],
        { indent: true },
      ),
    );
  };

/** Whether the section text already quotes a field starting with one of the prefixes. */
const quotes = (ctx: DataBlockContext, ...prefixes: string[]) =>
  [...ctx.quoted].some((k) =>
    prefixes.some(
      (p) => k === p || k.startsWith(`${p}.`) || k.startsWith(`${p}:`),
    ),
  );

export const DATA_BLOCKS: Readonly<
  Record<DataBlock, (ctx: DataBlockContext) => Block[]>
> = {
  situation: (ctx) => [
    ...(quotes(ctx, "staff.total", "students.total", "students.classes")
      ? []
      : [situation(ctx.data)]),
    ...statisticsTables(ctx.data),
  ],
  party: (ctx) =>
    quotes(
      ctx,
      "party",
      "staff.party",
      "staff.partyFull",
      "staff.partyProbationary",
    )
      ? []
      : partyParagraphs(ctx),
  evaluations: (ctx) =>
    quotes(ctx, "evaluations") ? [] : evaluationParagraphs(ctx),
  collectiveModels: (ctx) =>
    modelParagraphs(ctx.data, "collective", ctx.mentions),
  individualModels: (ctx) =>
    modelParagraphs(ctx.data, "individual", ctx.mentions),
  // Both kinds under a lead each; a kind the school has none of is left out (a prompt when it
  // has no model at all).
  models: (ctx) => {
    const has = (k: "collective" | "individual") =>
      ctx.data.models?.rows.some((r) => r.value.kind === k) ?? false;
    const kinds = (["collective", "individual"] as const).filter(has);
    return (kinds.length ? kinds : (["collective"] as const)).flatMap((k) => {
      const models = modelParagraphs(ctx.data, k, ctx.mentions);
      return models.length
        ? [
            para(
              [
                text(
                  k === "collective" ? "Mô hình tập thể:" : "Mô hình cá nhân:",
                  { italic: true },
                ),
              ],
              { indent: true },
            ),
            ...models,
          ]
        : [];
    });
  },
  donations: (ctx) => {
    const d = donations(ctx.data, ctx.year, {
      sentence: !quotes(ctx, "donations.total", "donations.count"),
    });
    ctx.appendix.push(...d.appendix);
    return d.body;
  },
  modelTimeframe: detail("timeframe"),
  modelPlace: detail("place"),
  modelSituation: detail("situation"),
  modelGoals: detail("goals"),
  modelSteps: detail("steps"),
  modelSolutions: detail("solutions"),
  modelResults: detail("results"),
};

/** "Chi bộ … trực thuộc …, hiện có 03 tổ đảng, 38 đảng viên (37 chính thức, 1 dự bị). Ban chi ủy
 *  gồm 5 đồng chí: …" (seed 004), from "Tổ chức Đảng", the staff sheet filling in. */
function partyParagraphs(ctx: DataBlockContext): Block[] {
  const p = ctx.data.party?.values;
  const f = ctx.figures;
  const pick = (own: string, staff: string) => {
    const a = f.get(own);
    return a && a.value !== null ? a : f.get(staff);
  };
  const unit = ctx.data.general?.values.unitName;
  const first: Inline[] = [
    text(p?.branchName ? "" : "Chi bộ "),
    p?.branchName
      ? field("party.branchName", p.branchName)
      : unit
        ? text(unit)
        : prompt("tên chi bộ"),
  ];
  if (p?.parentBody)
    first.push(text(" trực thuộc "), field("party.parentBody", p.parentBody));
  first.push(text(", hiện có "));
  if (p?.partyGroups !== null && p?.partyGroups !== undefined)
    first.push(figureInline(f.get("party.partyGroups")), text(" tổ đảng, "));
  const full = pick("party.fullMembers", "staff.partyFull");
  const probationary = pick(
    "party.probationaryMembers",
    "staff.partyProbationary",
  );
  const members = pick("party.members", "staff.party");
  first.push(
    figureInline(members, { prompt: "số đảng viên" }),
    text(" đảng viên ("),
    figureInline(full, { prompt: "số chính thức" }),
    text(" đảng viên chính thức, "),
    figureInline(probationary, { prompt: "số dự bị" }),
    text(" đảng viên dự bị)."),
  );
  const out: Block[] = [para(first, { indent: true })];
  if (p && (p.committeeMembers !== null || p.secretary || p.deputySecretary)) {
    const second: Inline[] = [text("Ban chi ủy chi bộ gồm ")];
    second.push(
      figureInline(f.get("party.committeeMembers"), {
        prompt: "số chi ủy viên",
      }),
      text(" đồng chí"),
    );
    const roles: Inline[][] = [];
    if (p.secretary)
      roles.push([
        text("Bí thư: đồng chí "),
        field("party.secretary", p.secretary),
      ]);
    if (p.deputySecretary)
      roles.push([
        text("Phó Bí thư: đồng chí "),
        field("party.deputySecretary", p.deputySecretary),
      ]);
    if (roles.length)
      second.push(
        text("; "),
        ...roles.flatMap((r, i) => (i ? [text(", "), ...r] : r)),
      );
    second.push(text("."));
    out.push(para(second, { indent: true }));
  }
  if (p && (p.admitted !== null || p.officialised !== null)) {
    const third: Inline[] = [text("Trong kỳ, chi bộ")];
    if (p.admitted !== null)
      third.push(
        text(" kết nạp "),
        figureInline(f.get("party.admitted")),
        text(" đảng viên mới"),
      );
    if (p.admitted !== null && p.officialised !== null) third.push(text(";"));
    if (p.officialised !== null)
      third.push(
        text(" xét công nhận đảng viên chính thức cho "),
        figureInline(f.get("party.officialised")),
        text(" đồng chí"),
      );
    third.push(text("."));
    out.push(para(third, { indent: true }));
  }
  return out;
}

/** "Kết quả đánh giá, xếp loại chất lượng viên chức năm học 2023-2024, có 6 viên chức được xếp
 *  loại “Hoàn thành xuất sắc nhiệm vụ” và 26 …" (seed 003): one sentence per subject rated;
 *  blank ratings are left out (never printed as 0). */
function evaluationParagraphs(ctx: DataBlockContext): Block[] {
  const rows = ctx.data.evaluations?.rows.map((r) => r.value) ?? [];
  const out: Block[] = [];
  const done = new Set<string>();
  for (const r of rows) {
    if (!r.subject || done.has(r.subject)) continue;
    done.add(r.subject);
    const who = EvaluationSubject[r.subject].toLocaleLowerCase("vi");
    const parts = (Object.keys(Rating) as (keyof typeof Rating)[])
      .filter((k) => r[k] !== null && r[k] !== 0)
      .map((k) => [
        figureInline(ctx.figures.get(`evaluations.${r.subject}.${k}`)),
        text(` ${who} được xếp loại “${Rating[k]}”`),
      ]);
    if (!parts.length) continue;
    const inlines: Inline[] = [
      text(`Kết quả đánh giá, xếp loại chất lượng ${who}`),
      ...(r.period
        ? [
            text(" "),
            field(`evaluations.${r.subject}.period`, midSentence(r.period)),
          ]
        : []),
      text(", có "),
    ];
    parts.forEach((p, i) =>
      inlines.push(
        ...(i === 0 ? [] : [text(i === parts.length - 1 ? " và " : ", ")]),
        ...p,
      ),
    );
    inlines.push(text("."));
    out.push(para(inlines, { indent: true }));
  }
  if (!out.length && ctx.data.evaluations)
    out.push(
      para(
        [
          prompt(
            "kết quả đánh giá, xếp loại (sheet Đánh giá, xếp loại còn trống)",
          ),
        ],
        { indent: true },
      ),
    );
  return out;
}

/** "Năm học 2023-2024" as it reads inside a sentence: "năm học 2023-2024". */
function midSentence(period: string): string {
  return /^(Năm|Học kỳ|Kỳ)(?=\s|$)/u.test(period)
    ? period.charAt(0).toLocaleLowerCase("vi") + period.slice(1)
    : period;
}
