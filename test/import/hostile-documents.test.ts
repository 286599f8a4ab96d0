/**
 * Hostile OpenAPI documents end in positioned diagnostics or a one-line refusal, never a stack
 * trace or a hang: self-containing schemas, malformed and non-string references, deep nesting, FIFOs.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import { ROOT, tempDir } from "../helpers/paths.ts";

const HEAD = `openapi: 3.0.3
info: { title: Loops, version: 1.0.0 }
servers: [{ url: https://loops.example.com }]
paths:
  /loops:
    get:
      operationId: listLoops
      responses:
        "200":
          description: The loops.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/L" }
components:
  schemas:
`;

async function importText(schema: string) {
  const dir = tempDir();
  writeFileSync(join(dir, "doc.yaml"), `${HEAD}    L: ${schema}\n`);
  return importDocument({
    document: join(dir, "doc.yaml"),
    outDir: join(dir, "out"),
    dryRun: true,
    cwd: dir,
  });
}

describe("import: hostile documents", () => {
  it("a schema containing itself through array items imports, the inner occurrence as any JSON", async () => {
    const result = await importText('{ type: array, items: { $ref: "#/components/schemas/L" } }');
    expect(result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    const spec = parse(result.files[0]!.text) as { resources: { operations: { response: unknown }[] }[] };
    expect(spec.resources[0]!.operations[0]!.response).toEqual({ type: "array", items: { type: "json" } });
  });

  it.each([
    [
      '{ type: object, properties: { a: { $ref: "#/components/schemas/%E0%A4%A" } } }',
      "has a malformed percent-escape",
    ],
    ["{ type: object, properties: { a: { $ref: 42 } } }", "'$ref' must be a string, found 42"],
  ])("%s: error[invalid-ref] at the reference", async (schema, message) => {
    const result = await importText(schema);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        new RegExp(`^doc\\.yaml:16:\\d+ error\\[invalid-ref\\] .*${message.replace(/[$']/g, ".")}`),
      ),
    ]);
  });

  it.each([300, 2000])(
    "%i levels of nesting: error[too-deep], not a parser's stack overflow",
    async (levels) => {
      const nested =
        "{ type: object, properties: { a: ".repeat(levels) + "{ type: string }" + " } }".repeat(levels);
      const result = await importText(nested);
      expect(result.ok).toBe(false);
      const lines = result.diagnostics.map(formatDiagnostic);
      expect(lines).toEqual([expect.stringMatching(/^doc\.yaml:\d+:\d+ error\[too-deep\] /)]);
      expect(lines.join("\n")).not.toMatch(/call stack/);
    },
  );

  it("a FIFO (or any file that is not regular) is refused in one line, exit 2, without waiting on it", () => {
    const dir = tempDir();
    const fifo = join(dir, "doc.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "bin/generate.js"), "import", fifo, "--out", join(dir, "out")],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `generate import: cannot read a file it was given (${fifo}): not a regular file`,
    );
    const folder = spawnSync(
      process.execPath,
      [join(ROOT, "bin/generate.js"), "import", dir, "--out", join(dir, "out")],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(folder.status).toBe(2);
  }, 120_000);
});
