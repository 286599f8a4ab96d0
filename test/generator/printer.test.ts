/**
 * The builder's own printer against ts-morph's, the definition: the package and every fixture are
 * rendered twice in memory, once with every module printed by ts-morph and once by the own printer
 * and every finished (formatted) file is the same bytes. The own
 * printer must print every module of them; a structure it does not model goes to ts-morph.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ClassDeclarationStructure, FunctionDeclarationStructure } from "ts-morph";
import { afterAll, describe, expect, it } from "vitest";
import { printStatements } from "../../generator/targets/ts/printer.ts";
import { StructureKind, usePrinter } from "../../generator/targets/ts/builder.ts";
import { filesFor } from "../helpers/render.ts";
import { FIXTURES, SPEC_FILES } from "../helpers/paths.ts";

const PACKAGES = [
  { name: "generated", specs: SPEC_FILES },
  ...readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, "expected")))
    .map((name) => ({
      name,
      specs: readdirSync(join(FIXTURES, name))
        .filter((file) => file.endsWith(".yaml"))
        .map((file) => join(FIXTURES, name, file)),
    })),
];

afterAll(() => {
  usePrinter("own");
});

describe("the builder's own printer", () => {
  it("reads the packages", () => {
    expect(PACKAGES.length).toBeGreaterThan(8);
  });

  it.each(PACKAGES)(
    "$name: every file the same bytes as with ts-morph's printer, every module printed by the own printer",
    async ({ specs }) => {
      usePrinter("ts-morph");
      const byTsMorph = await filesFor(...specs);
      const before = { ...usePrinter("own") };
      const byOwn = await filesFor(...specs);
      const after = { ...usePrinter("own") };
      expect(after.tsMorph).toBe(before.tsMorph);
      expect(after.own).toBeGreaterThan(before.own);
      expect(byOwn.map((f) => f.path)).toEqual(byTsMorph.map((f) => f.path));
      for (const [i, file] of byOwn.entries()) expect(file.content, file.path).toBe(byTsMorph[i]!.content);
    },
    120_000,
  );

  it("leaves to ts-morph what it does not model", () => {
    const fn: FunctionDeclarationStructure = {
      kind: StructureKind.Function,
      name: "f",
      statements: ["return 1;"],
    };
    expect(printStatements([fn])).toBe("function f() {\nreturn 1;\n}\n");
    // A property it does not know, a kind it does not print, a writer function: not printed here.
    expect(printStatements([{ ...fn, isGenerator: true }])).toBeNull();
    expect(
      printStatements([{ kind: StructureKind.Class, name: "C" } as ClassDeclarationStructure]),
    ).toBeNull();
    expect(printStatements([{ ...fn, statements: [() => {}] as never }])).toBeNull();
    expect(printStatements([{ ...fn, isExported: "yes" as never }])).toBeNull();
  });
});
