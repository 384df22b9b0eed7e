import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { indentedJson, jsonDocument, jsonListItem } from "../../src/render/json.js";
import { FIXTURES, ORIGINAL, REWRITE, ROOT, hasArticles } from "../helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "docs", "schema", "pair.schema.json"), "utf8"));
const validate = new Ajv2020.default({ allErrors: true }).compile(schema);

function documentFor(oldPath: string, newPath: string): object {
  return jsonDocument(compareTexts({ path: oldPath, text: readFileSync(oldPath, "utf8") }, { path: newPath, text: readFileSync(newPath, "utf8") }));
}

describe("the JSON document matches docs/schema/pair.schema.json", () => {
  it.each(["demo", "added-removed", "moved-paragraph", "identical"])("fixtures/%s", (name) => {
    const document = documentFor(join(FIXTURES, name, "old.txt"), join(FIXTURES, name, "new.txt"));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it.skipIf(!hasArticles)("the real pair in ../shared/articles", () => {
    expect(validate(documentFor(ORIGINAL, REWRITE)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects a document that breaks the contract (the schema can fail)", () => {
    const document = documentFor(join(FIXTURES, "demo", "old.txt"), join(FIXTURES, "demo", "new.txt")) as { pairs: { op: string }[] };
    document.pairs[0]!.op = "replaced";
    expect(validate(document)).toBe(false);
  });
});

describe("streamed JSON documents", async () => {
  const { openJsonStream, jsonStreamItem, closeJsonStream } = await import("../../src/render/json.js");
  it("parse as one document with or without items", () => {
    const empty = openJsonStream("files") + closeJsonStream(false, { errors: [] });
    expect(JSON.parse(empty)).toEqual({ version: 1, files: [], errors: [] });
    const two = openJsonStream("stories") + jsonStreamItem(jsonListItem({ a: [1] }, 2), true) + jsonStreamItem(jsonListItem({ b: 2 }, 2), false) + closeJsonStream(true, { errors: [{ path: "p", message: "m" }] });
    expect(JSON.parse(two)).toEqual({ version: 1, stories: [{ a: [1] }, { b: 2 }], errors: [{ path: "p", message: "m" }] });
  });
});

describe("indentedJson", () => {
  it("indents a value as it reads at a depth of the document, with nothing around it", () => {
    const value = { a: [1, { b: "x\ny" }], c: [], d: {} };
    expect(indentedJson(value, 0)).toBe(JSON.stringify(value, null, 2));
    expect(indentedJson(value, 2)).toBe(JSON.stringify(value, null, 2).replaceAll("\n", "\n    "));
    expect(indentedJson([], 1)).toBe("[]");
    expect(indentedJson("text", 3)).toBe('"text"');
  });
});

describe("jsonListItem", () => {
  it("is a comma, a line break, the depth's indent and the value indented as indentedJson indents it", () => {
    const values = [{ a: [1, { b: "x,\ny" }], c: [], d: {} }, [], "a, b", 0, null, [[null, ","]]];
    for (const value of values) for (const depth of [1, 2, 4]) expect(jsonListItem(value, depth)).toBe(`,\n${"  ".repeat(depth)}${indentedJson(value, depth)}`);
  });
});
