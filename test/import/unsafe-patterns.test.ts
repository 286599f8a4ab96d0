/**
 * Catastrophic regular expressions (ReDoS) never reach the validators: a hand-written spec's is an
 * error at its place; an imported document's is dropped with a warning at its place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { backtrackingRisk } from "../../generator/check/backtracking.ts";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { checkSpecs } from "../../generator/engine/check-specs.ts";
import { importDocument } from "../../generator/import/import.ts";
import { FIXTURES, tempDir } from "../helpers/paths.ts";

const CATASTROPHIC = ["^(a+)+$", "^(\\w+\\s?)*$", "(a|a)*b", "^([0-9a-f]+)+$", "^(a|aa)+$"];
const SAFE = ["^VA[0-9a-fA-F]{32}$", "^\\+[1-9]\\d{1,14}$", "^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", "^https?://"];

describe("catastrophic patterns", () => {
  it("the detector refuses each catastrophic pattern and passes the safe ones, each within seconds", () => {
    for (const pattern of CATASTROPHIC) {
      const started = performance.now();
      expect(backtrackingRisk(pattern), pattern).not.toBeNull();
      expect(performance.now() - started, pattern).toBeLessThan(10_000);
    }
    for (const pattern of SAFE) expect(backtrackingRisk(pattern), pattern).toBeNull();
  });

  it("a hand-written spec: error[unsafe-pattern] at the pattern, for a parameter and a field", () => {
    const text = readFileSync(join(FIXTURES, "base-spec.yaml"), "utf8");
    const lines = text.split("\n");
    const at = lines.findIndex((l) => /^\s+type: string\s*$/.test(l));
    expect(at).toBeGreaterThan(0);
    const indent = lines[at]!.match(/^\s*/)![0];
    lines.splice(at + 1, 0, `${indent}pattern: ^(a+)+$`);
    const { diagnostics } = checkSpecs([{ file: "spec/w.yaml", text: lines.join("\n") }]);
    const errors = diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^spec/w\\.yaml:${at + 2}:\\d+ error\\[unsafe-pattern\\]`)),
    ]);
  });

  it("an import: the pattern is left out with a warning at its place; safe patterns are kept", async () => {
    const dir = tempDir();
    const document = `openapi: 3.0.3
info: { title: Ropes, version: 1.0.0 }
servers: [{ url: https://ropes.example.com }]
paths:
  /ropes:
    get:
      operationId: listRopes
      parameters:
        - name: Knot
          in: query
          schema: { type: string, pattern: "^(a+)+$" }
        - name: Sid
          in: query
          schema: { type: string, pattern: "^RP[0-9a-f]{32}$" }
      responses:
        "200":
          description: The ropes.
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Rope" } }
components:
  schemas:
    Rope:
      type: object
      properties:
        name: { type: string, pattern: "^(\\\\w+\\\\s?)*$" }
        broken: { type: string, pattern: "[" }
`;
    writeFileSync(join(dir, "ropes.yaml"), document);
    const result = await importDocument({
      document: join(dir, "ropes.yaml"),
      outDir: join(dir, "out"),
      dryRun: true,
      cwd: dir,
    });
    expect(result.ok).toBe(true);
    const dropped = result.diagnostics.filter((d) => d.code === "pattern-dropped").map(formatDiagnostic);
    expect(dropped).toEqual([
      expect.stringMatching(/^ropes\.yaml:11:\d+ warning\[pattern-dropped\] .*backtrack catastrophically/),
      expect.stringMatching(/^ropes\.yaml:26:\d+ warning\[pattern-dropped\] .*backtrack catastrophically/),
      expect.stringMatching(
        /^ropes\.yaml:27:\d+ warning\[pattern-dropped\] .*not an ECMAScript regular expression/,
      ),
    ]);
    const text = result.files.map((f) => f.text).join("\n");
    expect(text).not.toContain("(a+)+");
    expect(text).not.toContain("\\s?)*");
    expect(text).toContain("^RP[0-9a-f]{32}$");
    const specs = result.files.map((f) => parse(f.text) as object);
    expect(specs.length).toBeGreaterThan(0);
  });
});
