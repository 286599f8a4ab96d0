/** The reporters: text as before, JSON of the whole result, GitHub Actions annotations. */
import { describe, expect, it } from "vitest";
import type { RunResult } from "../../generator/tool/api.ts";
import { printRun } from "../../generator/tool/report.ts";

const base: RunResult = {
  exitCode: 1,
  diagnostics: [],
  problem: null,
  notices: [],
  specFiles: [],
  outDir: "/p/generated",
  outName: "generated",
  regenerate: "npm run generate",
  seconds: 0.5,
};
const broken: RunResult = {
  ...base,
  diagnostics: [
    {
      code: "range-inverted",
      severity: "error",
      message: "min 8 > max 3, 100%",
      file: "spec/a,b.yaml",
      line: 4,
      column: 7,
      path: "x",
      hint: "swap them",
    },
  ],
};
const stale: RunResult = {
  ...base,
  comparison: { missing: [], stale: ["src/a.ts"], extra: ["old.md"], unchanged: 3, byManifest: false },
};

describe("reporters", () => {
  it("text: compiler-style lines, and --check's hint names the project's command", () => {
    expect(printRun(broken, "text").stderr).toBe(
      "spec/a,b.yaml:4:7 error[range-inverted] min 8 > max 3, 100%\n  hint: swap them\n1 problem(s); nothing was written.\n",
    );
    expect(printRun(stale, "text").stderr).toBe(
      "stale    src/a.ts\nextra    old.md\n2 file(s) out of date in generated; run npm run generate.\n",
    );
  });

  it("json: the whole result on stdout", () => {
    const printed = printRun(broken, "json");
    expect(printed.stderr).toBe("");
    expect(JSON.parse(printed.stdout)).toEqual(broken);
  });

  it("github: one workflow command per diagnostic and per out-of-date file, escaped as the runner expects", () => {
    expect(printRun(broken, "github").stdout).toBe(
      "::error file=spec/a%2Cb.yaml,line=4,col=7,title=error[range-inverted]::min 8 > max 3, 100%25%0Ahint: swap them\n",
    );
    expect(printRun(stale, "github").stdout.split("\n")).toEqual([
      "::error file=generated/src/a.ts,title=stale generated file::src/a.ts is stale in generated; run npm run generate",
      "::error file=generated/old.md,title=extra generated file::old.md is no longer generated in generated; run npm run generate",
      "",
    ]);
  });
});
