/** Serializers and decoders emitters: the wire encoding of each kind and the decoding back, given and wanted. */
import { describe, expect, it } from "vitest";
import { decoderStatements } from "../../generator/targets/client/decoders.ts";
import { serializerStatements } from "../../generator/targets/client/serializers.ts";
import { Uses } from "../../generator/targets/ts/builder.ts";
import type { TsModel } from "../../generator/targets/ts/model.ts";
import { arr, date, field, int, json, map, obj, operation, param, str } from "./fragments.ts";

const bodyOf = (statements: ReturnType<typeof serializerStatements>, name: string) =>
  (statements.find((s) => "name" in s && s.name === name) as { statements: string[] }).statements;

describe("serializers", () => {
  it("form: text, repeated keys, JSON text, ISO dates, nested objects by their wire encoder", () => {
    const op = operation([
      param("Name", ["name"], str()),
      param("Count", ["count"], int()),
      param("At", ["at"], date),
      param("Tags", ["tags"], arr(str()), { encoding: { kind: "repeat" } }),
      param("Meta", ["meta"], map(str()), { encoding: { kind: "json" } }),
      param("Box", ["box"], obj("MakeThingBox", [field("wide_side", "wideSide", int())]), {
        encoding: { kind: "json" },
      }),
      param("Group.Inner", ["group", "inner"], str()),
    ]);
    const statements = serializerStatements([op], new Uses());
    expect(bodyOf(statements, "encodeMakeThingForm")).toEqual([
      'let out = "";',
      'if (params.name !== undefined) out = formPair(out, "Name", params.name);',
      'if (params.count !== undefined) out = formPair(out, "Count", String(params.count));',
      'if (params.at !== undefined) out = formPair(out, "At", params.at.toISOString());',
      'if (params.tags !== undefined) for (const item of params.tags) out = formPair(out, "Tags", item);',
      'if (params.meta !== undefined) out = formPair(out, "Meta", JSON.stringify(params.meta));',
      'if (params.box !== undefined) out = formPair(out, "Box", JSON.stringify(wireMakeThingBox(params.box)));',
      'if (params.group?.inner !== undefined) out = formPair(out, "Group.Inner", params.group?.inner);',
      "return out;",
    ]);
    expect(bodyOf(statements, "wireMakeThingBox")).toContain(
      'if (value.wideSide !== undefined) out["wide_side"] = value.wideSide;',
    );
  });

  it("JSON body: one object under the wire names, dates inside arrays as ISO text", () => {
    const op = operation(
      [
        param("when", ["when"], arr(date), { encoding: { kind: "json-body" } }),
        param("note", ["note"], json, { encoding: { kind: "json-body" } }),
      ],
      { bodyEncoding: "json" },
    );
    expect(bodyOf(serializerStatements([op], new Uses()), "encodeMakeThingBody")).toEqual([
      "const out: Record<string, unknown> = {};",
      'if (params.when !== undefined) out["when"] = params.when.map((item) => item.toISOString());',
      'if (params.note !== undefined) out["note"] = params.note;',
      "return out;",
    ]);
  });
});

describe("decoders", () => {
  it("dates, arrays of objects, maps of dates and references; null where the API may omit", () => {
    const model: TsModel = {
      name: "Thing",
      description: "A thing.",
      extends: null,
      fields: [
        field("made_at", "madeAt", date),
        field("seen_at", "seenAt", date, { nullable: true }),
        field("parts", "parts", arr(obj("ThingPartsItem", [field("n", "n", int())]))),
        field("times", "times", map(date), { required: false }),
        field("home", "home", { kind: "ref", model: "Address" }),
        field("label", "label", str(), { required: false }),
      ],
    };
    const uses = new Uses();
    const [decoder] = decoderStatements([model], [], () => undefined, uses);
    expect((decoder as { statements: string[] }).statements).toEqual([
      // Required fields are checked present (a missing one is a typed error naming it); optional ones become null.
      'return { madeAt: parseDate(present(wire.made_at, "Thing", "made_at")), seenAt: decodeDate(wire.seen_at), ' +
        'parts: present(wire.parts, "Thing", "parts").map((item) => decodeThingPartsItem(item)), ' +
        "times: wire.times == null ? null : Object.fromEntries(Object.entries(wire.times).map(([key, entry]) => [key, parseDate(entry)])), " +
        'home: decodeAddress(present(wire.home, "Thing", "home")), label: orNull(wire.label) };',
    ]);
    expect([...uses].sort()).toEqual([
      "Thing",
      "ThingPartsItem",
      "Wire",
      "decodeAddress",
      "decodeDate",
      "decodeThingPartsItem",
      "orNull",
      "parseDate",
      "present",
    ]);
  });
});
