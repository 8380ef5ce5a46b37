import { SchoolLevel } from "../../core/model/enums";
import { TEMPLATE_IDS, TEMPLATE_NAMES } from "../../core/sheets/registry";
import { SCHOOL_LEVELS, TEMPLATE_CHOICES } from "./template-choices";

describe("the first screen's plain copies (no zod in the pane's first chunk)", () => {
  test("every template, in the registry's order, with its sheet name", () => {
    expect(TEMPLATE_CHOICES.map((t) => t.id)).toEqual(TEMPLATE_IDS);
    for (const t of TEMPLATE_CHOICES) expect(t.name).toBe(TEMPLATE_NAMES[t.id]);
  });

  test("the school levels and their labels, in order", () => {
    expect(Object.entries(SCHOOL_LEVELS)).toEqual(Object.entries(SchoolLevel));
    for (const label of Object.values(SCHOOL_LEVELS))
      expect(label.normalize("NFC")).toBe(label);
  });
});
