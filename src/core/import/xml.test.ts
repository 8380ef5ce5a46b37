import {
  childElements,
  decodeEntities,
  parseXml,
  textOf,
  XmlError,
} from "./xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("parseXml", () => {
  test("elements, attributes and text in document order", () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:p xmlns:w="${W}"><w:r><w:t xml:space="preserve"> 65 </w:t></w:r><w:r><w:tab/><w:t>cán bộ</w:t></w:r></w:p>`,
    );
    expect(root.name).toBe("w:p");
    const runs = childElements(root, "w:r");
    expect(runs).toHaveLength(2);
    const t = childElements(runs[0], "w:t")[0];
    expect(t.attrs["xml:space"]).toBe("preserve");
    expect(textOf(t)).toBe(" 65 ");
    expect(childElements(runs[1]).map((e) => e.name)).toEqual(["w:tab", "w:t"]);
  });

  test("decodes the predefined entities and character references, in text and attributes", () => {
    const root = parseXml(
      `<a v="&quot;x&quot; &amp; &#x1EA1;"><b>&lt;b&gt; &amp;amp; &#273;&#x1EA1;i &apos;</b></a>`,
    );
    expect(root.attrs.v).toBe('"x" & ạ');
    expect(textOf(childElements(root)[0])).toBe("<b> &amp; đại '");
    expect(decodeEntities("&unknown; &#0;")).toBe("&unknown; &#0;");
  });

  test("CDATA is text; comments and processing instructions are skipped", () => {
    const root = parseXml(
      `<a><!-- note --><?pi x?><![CDATA[<not a tag> & ]]>tail</a>`,
    );
    expect(root.children).toEqual(["<not a tag> & ", "tail"]);
  });

  test("a quoted '>' or '/' inside an attribute does not end the tag", () => {
    const root = parseXml(`<a x="1 > 0" y='a/b'/>`);
    expect(root.attrs).toEqual({ x: "1 > 0", y: "a/b" });
    expect(root.children).toEqual([]);
  });

  test("names get the conventional prefix of their namespace, whatever the producer wrote", () => {
    const root = parseXml(
      `<ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p ns0:rsidR="1"/></ns0:body></ns0:document>`,
    );
    expect(root.name).toBe("w:document");
    const p = childElements(childElements(root)[0])[0];
    expect(p.name).toBe("w:p");
    expect(p.attrs).toEqual({ "w:rsidR": "1" });
    // A default namespace works the same; Strict OOXML maps to "w" too.
    const strict = parseXml(
      `<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body/></document>`,
    );
    expect(strict.name).toBe("w:document");
    expect(childElements(strict)[0].name).toBe("w:body");
  });

  test.each([
    ["<a><b></a>", /không khớp/],
    ["<a>", /không được đóng/],
    ["<a x=1/>", /Thuộc tính hỏng/],
    ["<!DOCTYPE a [<!ENTITY x 'y'>]><a/>", /DOCTYPE/],
    ["<a/><b/>", /nhiều hơn một/],
    ["text", /ngoài phần tử gốc/],
    ["", /Không có phần tử/],
  ])("refuses what is not well-formed: %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
