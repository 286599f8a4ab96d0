/** Types emitter: the TypeScript type text of every type kind, given and wanted. */
import { describe, expect, it } from "vitest";
import { fieldType, typeText } from "../../generator/targets/ts/ts-types.ts";
import { Uses } from "../../generator/targets/ts/builder.ts";
import type { TsType } from "../../generator/targets/ts/model.ts";
import { arr, bool, date, field, int, json, knownOf, map, num, obj, oneOf, ref, str } from "./fragments.ts";

describe("typeText", () => {
  it.each<[string, TsType, string, string[]]>([
    ["string", str({ maxLength: 3 }), "string", []],
    ["integer", int(1, 2), "number", []],
    ["number", num(), "number", []],
    ["boolean", bool, "boolean", []],
    ["enum", oneOf("a", "b"), '"a" | "b"', []],
    ["date-time", date, "Date", []],
    ["array of strings", arr(str()), "readonly string[]", []],
    ["array of an enum", arr(oneOf("x", "y")), 'ReadonlyArray<"x" | "y">', []],
    // A response's enum is open: the known literals, then any other string the API adds.
    ["open enum", knownOf("a", "b"), '"a" | "b" | (string & {})', []],
    ["array of an open enum", arr(knownOf("x")), 'ReadonlyArray<"x" | (string & {})>', []],
    ["map of an open enum", map(knownOf("x")), 'Readonly<Record<string, "x" | (string & {})>>', []],
    ["object", obj("Thing", []), "Thing", ["Thing"]],
    ["map", map(int()), "Readonly<Record<string, number>>", []],
    ["json", json, "unknown", []],
    [
      "variants",
      {
        kind: "variants",
        by: "kind",
        byTsName: "kind",
        cases: [{ value: "a", typeName: "ThingA", fields: [] }],
      },
      "ThingA | { readonly [key: string]: unknown }",
      ["ThingA"],
    ],
    ["ref", ref("Address"), "Address", ["Address"]],
    ["array of objects", arr(obj("Item", [])), "readonly Item[]", ["Item"]],
  ])("%s", (_, type, want, used) => {
    const uses = new Uses();
    expect(typeText(type, uses)).toBe(want);
    expect([...uses]).toEqual(used);
  });

  it("types a field null unless it is required and not nullable; json stays unknown", () => {
    const uses = new Uses();
    expect(fieldType(field("a", "a", str()), uses)).toBe("string");
    expect(fieldType(field("a", "a", str(), { nullable: true }), uses)).toBe("string | null");
    expect(fieldType(field("a", "a", date, { required: false }), uses)).toBe("Date | null");
    expect(fieldType(field("a", "a", json, { nullable: true }), uses)).toBe("unknown");
    expect(fieldType(field("a", "a", knownOf("x"), { nullable: true }), uses)).toBe(
      '"x" | (string & {}) | null',
    );
  });
});
