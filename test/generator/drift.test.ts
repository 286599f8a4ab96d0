/** generated/ is exactly what the generator makes from spec/ today. */
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.ts";
import { FACTOR_SPEC, GENERATED, ROOT } from "../helpers/paths.ts";

describe("drift", () => {
  it("generated/ equals a fresh generation of spec/", async () => {
    const result = await generate({ specFiles: [FACTOR_SPEC], outDir: GENERATED, cwd: ROOT, check: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ missing: result.comparison!.missing, stale: result.comparison!.stale, extra: result.comparison!.extra }).toEqual({ missing: [], stale: [], extra: [] });
  });
});
