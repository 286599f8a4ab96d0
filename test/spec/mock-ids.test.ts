/** A created record the local server cannot give an id is a warning saying how to fix it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { checkSpecs } from "../../generator/engine/check-specs.ts";
import { FIXTURES } from "../helpers/paths.ts";

const BASE = readFileSync(join(FIXTURES, "base-spec.yaml"), "utf8");
const warnings = (text: string) =>
  checkSpecs([{ file: "spec.yaml", text }])
    .diagnostics.filter((d) => d.code === "mock-id")
    .map(formatDiagnostic);
const SID = "          - name: sid\n            type: string\n";

describe("mock-id warnings", () => {
  it("warns at the create's response when the service has no mock.idHexDigits, naming the fix", () => {
    expect(warnings(BASE)).toEqual([
      "spec.yaml:68:19 warning[mock-id] the local server cannot make an id for 'sid' of Widget: the service sets no mock.idHexDigits, so the records it creates have no id of their own\n" +
        "  hint: give 'sid' a pattern such as ^XX[0-9a-f]{32}$ and the service mock: { idHexDigits: 32 }, or set it in the resource's mockExtension",
    ]);
  });

  const withDigits = BASE.replace(
    "  errors: { model: ShopError }\n",
    "  errors: { model: ShopError }\n  mock: { idHexDigits: 32 }\n",
  );

  it("warns when the id field's pattern is not a prefix and that many hex digits", () => {
    expect(withDigits).not.toBe(BASE);
    const [warning] = warnings(withDigits.replace(SID, `${SID}            pattern: ^WI[0-9]+$\n`));
    expect(warning).toContain("its pattern is not a literal prefix and 32 hex digits");
  });

  it("is quiet for an id the server can make, and for an id the client chooses", () => {
    expect(warnings(withDigits.replace(SID, `${SID}            pattern: ^WI[0-9a-f]{32}$\n`))).toEqual([]);
    const chosen = BASE.replace(
      "        parameters:\n          - name: Kind\n",
      "        parameters:\n          - { name: Sid, in: body, type: string, description: The id. }\n          - name: Kind\n",
    );
    expect(chosen).not.toBe(BASE);
    expect(warnings(chosen)).toEqual([]);
  });
});
