/* functions.json written from the registry, in the shape Excel reads (and custom-functions-metadata
 * wrote when the functions were declared in JSDoc). */
import { dvkFunctions, type FunctionSpec } from "../core/functions/registry";
import { functionsJson, functionsMetadata } from "./metadata";

describe("functions.json from the registry", () => {
  const meta = functionsMetadata();

  test("every registry function, in order, with its id as name and its description", () => {
    expect(meta.allowCustomDataForDataTypeAny).toBe(true);
    expect(meta.functions.map((f) => f.id)).toEqual(Object.keys(dvkFunctions));
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description).toBe(dvkFunctions[f.id].description);
      expect(f.parameters.map((p) => p.description)).toEqual(
        dvkFunctions[f.id].params.map((p) => p.description),
      );
    }
  });

  test("one function in full: matrix parameters and results, optional ones; nothing false, scalar or any", () => {
    expect(meta.functions[0]).toEqual({
      description: dvkFunctions.DOCSO.description,
      id: "DOCSO",
      name: "DOCSO",
      parameters: [
        {
          description: dvkFunctions.DOCSO.params[0].description,
          dimensionality: "matrix",
          name: "so",
          type: "any",
        },
        {
          description: dvkFunctions.DOCSO.params[1].description,
          name: "donvi",
          optional: true,
          type: "string",
        },
        {
          description: dvkFunctions.DOCSO.params[2].description,
          name: "kieu",
          optional: true,
          type: "string",
        },
      ],
      result: { dimensionality: "matrix" },
    });
    const tong = meta.functions.find((f) => f.id === "TONG")!;
    expect(tong.parameters[0]).toMatchObject({
      dimensionality: "matrix",
      repeating: true,
    });
    expect(tong.result).toEqual({ type: "number" });
    expect(meta.functions.find((f) => f.id === "TYLE")!.result).toEqual({
      type: "string",
    });
  });

  test("the text: keys in custom-functions-metadata's order, four-space indent", () => {
    const spec: FunctionSpec = {
      description: "Thử.",
      example: "DVK.THU(1)",
      params: [
        {
          name: "x",
          type: "number",
          matrix: true,
          optional: true,
          repeating: true,
          description: "X.",
        },
      ],
      result: "number",
      evaluate: () => 1,
    };
    expect(functionsJson({ THU: spec })).toBe(
      [
        "{",
        '    "allowCustomDataForDataTypeAny": true,',
        '    "functions": [',
        "        {",
        '            "description": "Thử.",',
        '            "id": "THU",',
        '            "name": "THU",',
        '            "parameters": [',
        "                {",
        '                    "description": "X.",',
        '                    "dimensionality": "matrix",',
        '                    "name": "x",',
        '                    "optional": true,',
        '                    "repeating": true,',
        '                    "type": "number"',
        "                }",
        "            ],",
        '            "result": {',
        '                "type": "number"',
        "            }",
        "        }",
        "    ]",
        "}",
      ].join("\n"),
    );
    expect(JSON.parse(functionsJson())).toEqual(meta);
  });
});
