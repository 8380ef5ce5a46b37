/* A run-level content control (w:sdt) tagged "dvk:<key>", holding the figure's text: what the
 * Word pane finds with contentControls.getByTag() and refreshes. docx has no such class, so it
 * is built from its XmlComponent primitives. */
import { StringValueElement, TextRun, XmlComponent } from "docx";
import { FIELD_TAG_PREFIX } from "../core/report/fields";

class SdtProperties extends XmlComponent {
  constructor(tag: string, alias: string) {
    super("w:sdtPr");
    this.root.push(new StringValueElement("w:alias", alias));
    this.root.push(new StringValueElement("w:tag", tag));
  }
}

class SdtContent extends XmlComponent {
  constructor(run: TextRun) {
    super("w:sdtContent");
    this.root.push(run);
  }
}

/** The tag of a figure: "dvk:" + its data key. */
export function fieldTag(key: string): string {
  return `${FIELD_TAG_PREFIX}${key}`;
}

export class FieldRun extends XmlComponent {
  constructor(key: string, run: TextRun) {
    super("w:sdt");
    this.root.push(new SdtProperties(fieldTag(key), key));
    this.root.push(new SdtContent(run));
  }
}
