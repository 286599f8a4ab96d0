/** Every list has its stream unless the spec turns it off with `stream: false`. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { FIXTURES } from "../helpers/paths.ts";
import { irFor } from "../helpers/render.ts";

const BASE = readFileSync(join(FIXTURES, "base-spec.yaml"), "utf8");

function listStream(text: string) {
  const prepared = prepare([{ file: "spec.yaml", text }]);
  if (!prepared.ok) throw new Error(prepared.diagnostics.map(formatDiagnostic).join("\n"));
  const ops = prepared.ir.services.flatMap((s) => s.resources.flatMap((r) => r.operations));
  return ops.find((o) => o.kind === "list")!.stream;
}

describe("streams", () => {
  it("a list without a `stream:` key gets one, with a summary of its own", () => {
    expect(BASE).not.toMatch(/^\s+stream:/m);
    expect(listStream(BASE)).toMatchObject({
      name: null,
      summary: "Stream every item of ListWidget, fetching pages as they are consumed.",
    });
  });

  it("`stream: false` turns it off", () => {
    const off = BASE.replace(
      "        summary: List widgets.\n",
      "        summary: List widgets.\n        stream: false\n",
    );
    expect(off).not.toBe(BASE);
    expect(listStream(off)).toBeNull();
  });

  it("the kinds fixture's ListStation, which has no `stream:` key, gets streamStations", async () => {
    const ir = await irFor(join(FIXTURES, "kinds/spec.yaml"));
    const op = ir.services[0]!.resources.flatMap((r) => r.operations).find((o) => o.id === "ListStation")!;
    expect(op.stream).not.toBeNull();
    const operations = readFileSync(join(FIXTURES, "kinds/expected/src/depot/station/operations.ts"), "utf8");
    expect(operations).toContain("export function streamStations(");
  });
});
