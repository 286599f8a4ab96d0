/** OpenAPI emitter: the JSON Schema of every type kind and of each parameter encoding, given and wanted. */
import { describe, expect, it } from "vitest";
import { fieldSchema, parameterSchema, typeSchema } from "../../generator/targets/openapi/schemas.ts";
import {
  arr,
  bool,
  date,
  field,
  int,
  irField,
  irParam,
  irType,
  json,
  knownOf,
  map,
  obj,
  oneOf,
  param,
  ref,
  str,
} from "./fragments.ts";

describe("typeSchema", () => {
  it.each([
    ["string", str({ minLength: 1, format: "uri" }), { type: "string", format: "uri", minLength: 1 }],
    ["integer", int(0, 9), { type: "integer", minimum: 0, maximum: 9 }],
    ["boolean", bool, { type: "boolean" }],
    ["enum", oneOf("a"), { type: "string", enum: ["a"] }],
    // An open (response) enum: its values listed without `enum`, so a value added later validates.
    ["open enum", knownOf("a", "b"), { type: "string", "x-extensible-enum": ["a", "b"], examples: ["a"] }],
    ["date-time", date, { type: "string", format: "date-time" }],
    ["array", arr(str(), 1), { type: "array", items: { type: "string" }, minItems: 1 }],
    ["map", map(int()), { type: "object", additionalProperties: { type: "integer" } }],
    ["json", json, {}],
    ["ref", ref("Address"), { $ref: "#/components/schemas/Address" }],
  ] as const)("%s", (_, type, want) => {
    expect(typeSchema(irType(type), "response")).toEqual(want);
  });

  it("an object is a component reference in responses and inline in requests", () => {
    const thing = obj("Thing", [field("a_b", "aB", int())]);
    expect(typeSchema(irType(thing), "response")).toEqual({ $ref: "#/components/schemas/Thing" });
    expect(typeSchema(irType(thing), "input")).toEqual({
      type: "object",
      properties: { a_b: { type: "integer", description: "a_b" } },
      required: ["a_b"],
    });
  });

  it("nullable fields allow null in the type, the enum, or beside a reference", () => {
    expect(fieldSchema(irField(field("k", "k", oneOf("a"), { nullable: true })))).toEqual({
      type: ["string", "null"],
      enum: ["a", null],
      description: "k",
    });
    expect(fieldSchema(irField(field("o", "o", knownOf("a"), { nullable: true })))).toEqual({
      type: ["string", "null"],
      "x-extensible-enum": ["a"],
      examples: ["a"],
      description: "o",
    });
    expect(fieldSchema(irField(field("r", "r", ref("X"), { nullable: true })))).toEqual({
      anyOf: [{ $ref: "#/components/schemas/X" }, { type: "null" }],
      description: "r",
    });
  });
});

describe("parameterSchema by encoding", () => {
  it("JSON text: a string with its content schema and the text's length bounds", () => {
    expect(
      parameterSchema(irParam(param("M", ["m"], map(str(), 99), { encoding: { kind: "json" } }))),
    ).toEqual({
      type: "string",
      contentMediaType: "application/json",
      contentSchema: { type: "object", additionalProperties: { type: "string" } },
      maxLength: 99,
      description: "M",
    });
  });

  it("repeated keys: an array whose object items are JSON text", () => {
    const schema = parameterSchema(
      irParam(param("N", ["n"], arr(obj("Note", [])), { encoding: { kind: "repeat" } })),
    );
    expect(schema).toMatchObject({
      type: "array",
      items: { type: "string", contentMediaType: "application/json" },
    });
  });
});
