/** Symbols stage: one namespace per package, module-private names, and clashes reported with both places. */
import { describe, expect, it } from "vitest";
import { SymbolTable } from "../../generator/targets/ts/symbols.ts";
import { argumentName } from "../../generator/targets/ts/naming.ts";
import { RUNTIME_ASSETS, runtimeExports } from "../../generator/targets/ts/runtime-exports.ts";
import { readAssets } from "../../generator/engine/assets.ts";
import { TARGETS } from "../../generator/targets/targets.ts";
import { resolveEncoding, wireEncoding } from "../../generator/resolve/encoding.ts";

describe("SymbolTable", () => {
  it("reports a clash once per pair of declarations, at the later spec place, naming the earlier", () => {
    const table = new SymbolTable();
    table.declare({
      name: "Thing",
      module: "a.ts",
      typeOnly: true,
      role: "the model 'Thing'",
      origin: "s.yaml:3:5",
    });
    table.declare({
      name: "Thing",
      module: "b.ts",
      typeOnly: true,
      role: "the parameters type of operation X",
      origin: "s.yaml:9:7",
    });
    table.declare({
      name: "Thing",
      module: "b.ts",
      typeOnly: true,
      role: "the parameters type of operation X",
      origin: "s.yaml:9:7",
    });
    expect(table.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      "s.yaml:9:7 'Thing' (the parameters type of operation X) is already declared by the model 'Thing' at s.yaml:3:5",
    ]);
  });

  it("a module-private name may repeat across modules but not shadow a package-wide one", () => {
    const table = new SymbolTable();
    table.declare({ name: "send", module: "rt.ts", typeOnly: false, role: "the runtime", origin: null });
    table.declareLocal({
      name: "checkA",
      module: "a.ts",
      typeOnly: false,
      role: "a check",
      origin: "s.yaml:1:1",
    });
    table.declareLocal({
      name: "checkA",
      module: "b.ts",
      typeOnly: false,
      role: "a check",
      origin: "s.yaml:2:1",
    });
    table.declareLocal({
      name: "send",
      module: "a.ts",
      typeOnly: false,
      role: "a helper",
      origin: "s.yaml:3:1",
    });
    expect(table.diagnostics.map((d) => d.line)).toEqual([3]);
    expect([
      table.declares("a.ts", "checkA"),
      table.declares("b.ts", "checkA"),
      table.declares("c.ts", "checkA"),
    ]).toEqual([true, true, false]);
  });
});

describe("naming and encoding rules", () => {
  it("renames a path argument named like any helper the runtime exports", () => {
    const helpers = runtimeExports(readAssets(TARGETS).get(RUNTIME_ASSETS)!).filter(
      (e) => !e.typeOnly && /^[a-z]/.test(e.name) && !e.name.endsWith("Core"),
    );
    expect(helpers.length).toBeGreaterThan(10);
    for (const { name } of helpers)
      expect(argumentName(name.charAt(0).toUpperCase() + name.slice(1)), name).toBe(`${name}Param`);
  });

  it.each([
    ["ServiceSid", "serviceSid"],
    ["Class", "classParam"],
    ["Client", "clientParam"],
    ["Options", "optionsParam"],
    ["default", "defaultParam"],
    ["Issues", "issuesParam"],
  ])("path argument %s is %s", (wire, want) => {
    expect(argumentName(wire)).toBe(want);
  });

  it.each([
    [{ type: "string" }, "query", "form", "text"],
    [{ type: "array", items: { type: "string" } }, "body", "form", "repeat"],
    [{ type: "array", items: { type: "array", items: { type: "string" } } }, "body", "form", null],
    [{ type: "map", values: { type: "string" } }, "body", "form", "json"],
    [{ type: "object", fields: [] }, "query", "form", "json"],
    [{ type: "integer" }, "body", "json", "json-body"],
    [{ type: "integer" }, "query", "json", "text"],
    [{ type: "map", values: { type: "json" }, keyPrefix: "AddOns" }, "query", "form", "dotted"],
    [{ type: "object", fields: [], keyPrefix: "Meta" }, "body", "form", "dotted"],
    [{ type: "map", values: { type: "json" }, keyPrefix: "AddOns" }, "body", "json", null],
    [{ type: "map", values: { type: "json" }, keyPrefix: "AddOns" }, "header", "form", null],
    [{ type: "string", keyPrefix: "AddOns" }, "query", "form", null],
    [
      { type: "array", items: { type: "string" }, style: "form", explode: false },
      "query",
      "form",
      "delimited",
    ],
    [{ type: "array", items: { type: "integer" }, style: "pipeDelimited" }, "query", "form", "delimited"],
    [
      { type: "array", items: { type: "integer" }, style: "spaceDelimited", explode: true },
      "query",
      "form",
      "repeat",
    ],
    [{ type: "array", items: { type: "string" } }, "header", "form", "delimited"],
    [{ type: "array", items: { type: "string" } }, "cookie", "form", null],
    [{ type: "array", items: { type: "string" }, explode: false }, "cookie", "form", "delimited"],
    [
      { type: "object", fields: [{ name: "a", type: "string" }], style: "form" },
      "query",
      "form",
      "form-object",
    ],
    [{ type: "map", values: { type: "string" }, style: "form" }, "query", "form", null],
    [{ type: "map", values: { type: "string" }, style: "deepObject" }, "query", "form", "deep-object"],
    [{ type: "array", items: { type: "string" }, style: "deepObject" }, "query", "form", null],
    [{ type: "string", style: "simple" }, "query", "form", null],
    [{ type: "string", style: "form" }, "body", "json", null],
  ] as const)("%j in %s with a %s body travels as %s", (expr, location, body, want) => {
    const resolved = resolveEncoding(expr as never, location, body);
    expect("encoding" in resolved ? resolved.encoding.kind : null).toBe(want);
  });

  it("dotted keys carry their prefix", () => {
    expect(wireEncoding({ type: "map", keyPrefix: "AddOns" }, "query", "form")).toEqual({
      kind: "dotted",
      prefix: "AddOns",
    });
  });
});
