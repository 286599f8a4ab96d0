/** The generated docs: examples that pass the generated validators, and spec text shown literally. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as client from "twilio-verify-rest-client";
import { pascalCase } from "../../generator/naming.ts";
import { tsView } from "../../generator/targets/ts/model.ts";
import { FACTOR_SPEC, FIXTURES, GENERATED } from "../helpers/paths.ts";
import { filesFor, irFor } from "../helpers/render.ts";

describe("docs", async () => {
  const resource = tsView(await irFor(FACTOR_SPEC)).ir.services[0]!.resources[0]!;

  it("every example in the spec passes the generated validators", () => {
    const validators = client as unknown as Record<string, (...args: unknown[]) => unknown[]>;
    let checked = 0;
    for (const op of resource.operations) {
      for (const example of op.examples) {
        const params: Record<string, unknown> = {};
        for (const { wireName, value } of example.params) {
          const path = op.parameters.find((p) => p.wireName === wireName)!.tsPath;
          let node = params;
          for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
          node[path[path.length - 1]!] = value;
        }
        const validate = validators[`validate${pascalCase(op.functionName)}`]!;
        expect(validate(...op.pathParameters.map((p) => p.example), params), example.title).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(5);
  });

  it("the reference covers signature, method and path, parameter rules, models, push and totp examples, list vs stream, verification", () => {
    const doc = readFileSync(join(GENERATED, "docs/factor.md"), "utf8");
    for (const text of [
      "createFactor(client, serviceSid, identity, params: CreateFactorParams, options?: RequestOptions): Promise<NewFactor>",
      "`POST` `/v2/Services/{ServiceSid}/Entities/{Identity}/Factors`",
      "required when FactorType is push; only when FactorType is push",
      "3 to 8",
      "32 to 255 characters",
      "Base32 \\(RFC 4648\\)",
      'factorType: "push"',
      'factorType: "totp"',
      'authPayload: "123456"',
      "### List versus stream",
      "## Rules only the API checks on `updateFactor`",
      "### `NewFactor`",
      "`config` when `factor_type` is `totp`: `FactorTotpConfig`",
    ]) {
      expect(doc).toContain(text);
    }
  });

  it("headings and sentences read cleanly for any API: no '.:' after a summary, no empty tag list", async () => {
    for (const fixture of ["kinds", "paging", "unions"]) {
      const files = await filesFor(join(FIXTURES, fixture, "spec.yaml"));
      for (const page of files.filter((f) => f.path.endsWith(".md"))) {
        expect(page.content, `${fixture}/${page.path}`).not.toMatch(/[.;]:\n/);
        expect(page.content, `${fixture}/${page.path}`).not.toContain("(tags -)");
      }
    }
    const factor = readFileSync(join(GENERATED, "docs/verification-check.md"), "utf8");
    expect(factor).not.toContain("Verification Check.:");
  });

  it("shows hostile spec text literally: escaped for Markdown, never raw HTML", async () => {
    const files = await filesFor(join(FIXTURES, "hostile/spec.yaml"));
    const doc = files.find((f) => f.path === "docs/thing.md")!.content;
    const readme = files.find((f) => f.path === "README.md")!.content;
    expect(doc).not.toContain("<script>");
    expect(doc).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(doc).toContain("`pi\\|pe`");
    expect(doc).toContain("`` `tick` ``");
    expect(doc).toContain("Create \\*/ a thing \\`now\\` $\\{later\\}");
    expect(readme).toContain("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    expect(readme).not.toContain("<script>");
  });
});

describe("the project docs and the package docs list every operation", () => {
  const openapi = readFileSync(join(GENERATED, "openapi.yaml"), "utf8");
  const ids = [...openapi.matchAll(/^\s+operationId: (\w+)$/gm)].map((m) => m[1]!);

  it("the resource table of docs/verify-package.md names each of the 57 operation ids", () => {
    const readme = readFileSync(join(GENERATED, "../docs/verify-package.md"), "utf8");
    expect(ids).toHaveLength(57);
    for (const id of ids) expect(readme, id).toContain(`(${id})`);
  });

  it("the generated package names each operation id in the TSDoc of its function", () => {
    const dir = join(GENERATED, "src/verify");
    const sources = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => readFileSync(join(dir, e.name, "operations.ts"), "utf8"))
      .join("\n");
    for (const id of ids) expect(sources, id).toContain(`(operation \`${id}\`)`);
  });

  it("the docs index links every resource page, and each page exists", () => {
    const index = readFileSync(join(GENERATED, "docs/README.md"), "utf8");
    const pages = [...index.matchAll(/\]\(([\w-]+\.md)\)/g)].map((m) => m[1]!);
    expect(pages.length).toBe(18);
    for (const page of pages) expect(readFileSync(join(GENERATED, "docs", page), "utf8")).toContain("## `");
  });
});
