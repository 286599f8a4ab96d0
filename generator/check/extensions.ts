/** Check stage, files beside a spec: a mock extension is TypeScript copied into the package, so it must parse. */
import { createRequire } from "node:module";
import type * as Oxc from "oxc-transform";
import type { Diagnostic } from "../diagnostics.ts";

// oxc parses in-process (native code, about a millisecond), loaded only for specs with extensions.
let oxc: typeof Oxc | undefined;

/** The first syntax error of a mock extension's text, as a diagnostic in its own file, or null. */
export function extensionSyntaxProblem(file: string, text: string): Diagnostic | null {
  oxc ??= createRequire(import.meta.url)("oxc-transform") as typeof Oxc;
  const error = oxc
    .transformSync(file, text, { lang: "ts", sourceType: "module" })
    .errors.find((e) => e.severity === "Error");
  if (!error) return null;
  // oxc counts UTF-8 bytes; lines and columns here count UTF-16 code units, as the editors do.
  const bytes = Buffer.from(text, "utf8");
  const start = error.labels[0]?.start ?? 0;
  const before = bytes.subarray(0, start).toString("utf8");
  const line = before.split("\n").length;
  const found = bytes.subarray(start, error.labels[0]?.end ?? start).toString("utf8");
  const unexpected = error.message === "Unexpected token" && found ? ` ${JSON.stringify(found)}` : "";
  return {
    code: "mock-extension-syntax",
    severity: "error",
    message: `the mock extension does not parse: ${error.message}${unexpected}`,
    file,
    line,
    column: before.length - before.lastIndexOf("\n"),
    path: "",
    hint: "fix the TypeScript of the extension file",
  };
}
