/** Reading manifest.xml for structural tests (fast-xml-parser, document order kept). */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Text content directly inside the element. */
  readonly text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNode(entry: Ordered): XmlNode | null {
  const name = Object.keys(entry).find((k) => k !== ":@");
  if (!name || name === "#text" || name === "?xml") return null;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry[":@"] ?? {}))
    attrs[k.replace(/^@_/, "")] = String(v);
  const raw = (entry[name] as Ordered[]) ?? [];
  const children = raw.map(toNode).filter((n): n is XmlNode => n !== null);
  const text = raw
    .map((c) => (c["#text"] === undefined ? "" : String(c["#text"])))
    .join("")
    .trim();
  return { name, attrs, children, text };
}

/** Parses XML text; throws with the parser's message when it is not well-formed. */
export function parseXml(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new Error(
      `XML not well-formed: ${valid.err.msg} (line ${valid.err.line})`,
    );
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
  });
  const doc = parser.parse(text) as Ordered[];
  const root = doc.map(toNode).find((n) => n !== null);
  if (!root) throw new Error("empty XML");
  return root;
}

/** Every node below `node` (depth first), itself included. */
export function walk(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(walk)];
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}
