/** Import: bad documents give positioned diagnostics and write nothing; re-imports are byte-identical and never lose an edit. */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { renderSpecs } from "../../generator/engine/generate.ts";
import { importDocument } from "../../generator/import/import.ts";
import { FIXTURES, ROOT, sharedPresent, snapshotTree, tempDir, TWILIO_OAI } from "../helpers/paths.ts";

const doc = (name: string) => join(FIXTURES, "import", name);

describe("import: bad input", () => {
  it.each([
    [
      "swagger2.yaml",
      null,
      [
        "test/fixtures/import/swagger2.yaml:1:1 error[not-openapi] expected OpenAPI 3.x, found a Swagger 2 document",
      ],
    ],
    [
      "unresolved-ref.yaml",
      null,
      [
        "test/fixtures/import/unresolved-ref.yaml:12:23 error[unresolved-ref] '#/components/schemas/widget' points at nothing in this document",
      ],
    ],
    [
      "ref-cycle.yaml",
      null,
      [
        "test/fixtures/import/ref-cycle.yaml:13:31 error[ref-cycle] '#/components/schemas/a' leads back to itself",
      ],
    ],
    [
      "undeclared-path-parameter.yaml",
      null,
      [
        "test/fixtures/import/undeclared-path-parameter.yaml:15:11 error[invalid-parameter] a parameter needs a non-empty 'name' and an 'in' of path, query, header or cookie",
        "test/fixtures/import/undeclared-path-parameter.yaml:23:7 warning[undeclared-path-parameter] the path's placeholder {Sid} is not declared as a path parameter of this operation: imported as a string",
      ],
    ],
    [
      "widgets.yaml",
      "/v2",
      [
        "test/fixtures/import/widgets.yaml:1:1 error[no-matching-path] no path of the document with an operation starts with '/v2'",
      ],
    ],
  ])("%s (path %s): file:line:col diagnostics, nothing written", async (name, prefix, wanted) => {
    const out = join(tempDir(), "spec");
    const result = await importDocument({ document: doc(name), outDir: out, prefix, cwd: ROOT });
    expect(result.ok).toBe(false);
    const lines = result.diagnostics.map(formatDiagnostic);
    for (const [i, want] of wanted.entries()) expect(lines[i]).toContain(want);
    expect(existsSync(out)).toBe(false);
  });

  it("the CLI exits 1 with the diagnostics, and 2 for a usage error", () => {
    const run = (args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, ["bin/generate.js", "import", ...args], {
            cwd: ROOT,
            encoding: "utf8",
            stdio: "pipe",
          }),
        };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    };
    const bad = run(["test/fixtures/import/swagger2.yaml", "--out", join(tempDir(), "x")]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("error[not-openapi]");
    expect(run(["test/fixtures/import/widgets.yaml"]).code).toBe(2);
  });
});

describe("import: documents written the common way, not Twilio's", () => {
  it("a server URL with a path and a variable, path-level parameters, camelCase operationIds, bounds a spec cannot hold", async () => {
    const result = await importDocument({
      document: doc("pets.yaml"),
      outDir: tempDir(),
      dryRun: true,
      cwd: ROOT,
    });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const spec = parse(result.files.find((f) => f.name === "pet.yaml")!.text) as {
      service: { baseUrl: string; version: string; serverVariables?: unknown };
      resources: {
        paths: { list: string; instance: string };
        pathParameters: Record<string, unknown>[];
        operations: {
          id: string;
          kind: string;
          summary: string;
          response?: string;
          parameters?: Record<string, unknown>[];
        }[];
        models: { fields: Record<string, unknown>[] }[];
      }[];
    };
    // The server's path prefix goes into the base URL (its trailing slash left out), its variable
    // becomes a createClient option with its default; the operations' paths are the document's.
    expect(spec.service).toMatchObject({
      baseUrl: "https://{region}.pets.example.com/api/v3",
      serverVariables: { region: { default: "eu", description: "" } },
      version: "v3",
    });
    const [pets] = spec.resources;
    expect(pets!.paths).toEqual({ list: "/pets", instance: "/pets/{petId}" });
    // Declared once on the path item, with its bounds.
    expect(pets!.pathParameters).toEqual([
      { name: "petId", type: "string", minLength: 1, maxLength: 36, description: "The pet's id." },
    ]);
    expect(pets!.operations.map((o) => o.id)).toEqual(["ListPets", "ShowPetById", "UpdatePet"]);
    // A response given by reference to the document's responses still returns its model.
    expect(pets!.operations[1]).toMatchObject({ kind: "fetch", response: "Pet" });
    // OpenAPI 3.1's "null" among a field's types makes it nullable.
    expect(pets!.models[0]!.fields.find((f) => f["name"] === "tag")).toMatchObject({ nullable: true });
    // A length pair whose lower bound exceeds its upper one, and an empty pattern, are left out.
    const name = pets!.operations[2]!.parameters!.find((p) => p["name"] === "name")!;
    expect(name).not.toHaveProperty("minLength");
    expect(name).not.toHaveProperty("maxLength");
    expect(pets!.models[0]!.fields.find((f) => f["name"] === "name")).not.toHaveProperty("pattern");
    // A path with no operation is not paired with the list path above it.
    const owners = parse(result.files.find((f) => f.name === "owner.yaml")!.text) as typeof spec;
    expect(owners.resources[0]!.paths).toEqual({ list: "/owners" });
    // An operation with neither summary nor description is summarized from its id.
    expect(owners.resources[0]!.operations[0]).toMatchObject({ id: "ListOwners", summary: "List owners." });
    // And the imported specs generate.
    const rendered = await renderSpecs(result.files.map((f) => ({ file: `spec/${f.name}`, text: f.text })));
    expect(rendered.ok ? [] : rendered.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("a document without an absolute server URL imports with a warning at its servers, and the placeholder origin", async () => {
    const dir = tempDir();
    const pets = readFileSync(doc("pets.yaml"), "utf8");
    const relative = pets.replace(/servers:\n(?:  .*\n|    .*\n)+/, "servers:\n  - url: /api/v3\n");
    expect(relative).not.toBe(pets);
    const none = pets.replace(/servers:\n(?:  .*\n|    .*\n)+/, "");
    writeFileSync(join(dir, "relative.yaml"), relative);
    writeFileSync(join(dir, "none.yaml"), none);
    for (const [name, at] of [
      ["relative.yaml", `:${relative.split("\n").indexOf("servers:") + 2}:`],
      ["none.yaml", ":1:1 "],
    ] as const) {
      const result = await importDocument({
        document: join(dir, name),
        outDir: tempDir(),
        dryRun: true,
        cwd: dir,
      });
      expect(result.ok, name).toBe(true);
      expect(result.diagnostics.map(formatDiagnostic), name).toEqual([
        expect.stringContaining(`${name}${at}`),
      ]);
      expect(result.diagnostics[0]).toMatchObject({ code: "no-server-origin", severity: "warning" });
      const spec = parse(result.files[0]!.text) as { service: { baseUrl: string } };
      // A relative server URL's path stays the base URL's prefix, below the placeholder origin.
      expect(spec.service.baseUrl).toBe(
        name === "relative.yaml" ? "https://api.example.com/api/v3" : "https://api.example.com",
      );
    }
  });

  it("brings in a file beside the document, placing what it says of it in that file; a URL $ref is refused", async () => {
    const out = join(tempDir(), "spec");
    const result = await importDocument({ document: doc("external/main.yaml"), outDir: out, cwd: ROOT });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}[${d.code}]`)).toEqual(
      [
        "test/fixtures/import/external/main.yaml:10:7 warning[undeclared-path-parameter]",
        "test/fixtures/import/external/shared.yaml:16:11 warning[field-not-carried]",
      ],
    );
    const spec = parse(readFileSync(join(out, "book.yaml"), "utf8"));
    expect(spec.resources[0].models.map((m: { name: string }) => m.name)).toEqual(["Book", "Author"]);
    expect(spec.resources[0].pathParameters).toEqual([{ name: "id", type: "string", description: "" }]);
    const remote = await importDocument({ document: doc("external/remote.yaml"), outDir: out, cwd: ROOT });
    expect(remote.diagnostics.map(formatDiagnostic)).toEqual([
      "test/fixtures/import/external/remote.yaml:14:23 error[remote-ref] 'https://example.com/schemas.json#/Thing' is a URL: the importer never reads the network\n  hint: save that document beside this one and refer to it by a relative path",
    ]);
  });

  it("prints one line per warning code with a count; --verbose lists each", () => {
    const child = spawnSync(
      process.execPath,
      ["bin/generate.js", "import", doc("external/main.yaml"), "--out", join(tempDir(), "spec")],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(child.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(
        /^warning\[field-not-carried\] 1x, first at test\/fixtures\/import\/external\/shared\.yaml:16:11: /,
      ),
      expect.stringMatching(
        /^warning\[undeclared-path-parameter\] 1x, first at test\/fixtures\/import\/external\/main\.yaml:10:7: /,
      ),
      "2 warning(s) in all; --verbose lists each",
    ]);
    const verbose = spawnSync(
      process.execPath,
      ["bin/generate.js", "import", doc("external/main.yaml"), "--out", join(tempDir(), "spec"), "--verbose"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(verbose.stderr).toContain(
      "test/fixtures/import/external/shared.yaml:16:11 warning[field-not-carried]",
    );
    const strict = spawnSync(
      process.execPath,
      ["bin/generate.js", "import", doc("external/main.yaml"), "--out", join(tempDir(), "spec"), "--strict"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("2 problem(s); nothing was written.");
  });

  it("never lifts an enumeration the document's default contradicts, nor one of signs ('+', '-')", async () => {
    const out = join(tempDir(), "spec");
    const result = await importDocument({ document: doc("order-by.yaml"), outDir: out, cwd: ROOT });
    expect(result.ok).toBe(true);
    const spec = parse(readFileSync(join(out, "invitation.yaml"), "utf8"));
    const params = spec.resources[0].operations[0].parameters as Record<string, unknown>[];
    expect(params.map((p) => [p["name"], p["enum"] ?? null, p["default"] ?? null])).toEqual([
      ["order_by", null, "-created_at"],
      ["sort", null, null],
      ["status", ["pending", "accepted", "revoked"], "pending"],
    ]);
    expect(result.report!.lifted).toEqual({ enum: 1 });
    expect(result.report!.unlifted).toEqual([
      {
        where: "ListInvitations order_by",
        sentence:
          'One of `created_at`, `email_address` or `invited_at`. (the schema\'s default "-created_at" is not among the values)',
      },
      {
        where: "ListInvitations sort",
        sentence: "Can be one of `created_at`, `email_address`, `invited_at`, `+` or `-`.",
      },
    ]);
  });

  it("a field the spec format cannot hold is left out with a warning at it; --strict refuses the document", async () => {
    const out = join(tempDir(), "spec");
    const result = await importDocument({ document: doc("unmappable-name.yaml"), outDir: out, cwd: ROOT });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      'test/fixtures/import/unmappable-name.yaml:30:11 warning[field-not-carried] the property "content-type" of #/components/schemas/Widget is left out: no field can be named so',
    );
    const spec = parse(readFileSync(join(out, "widget.yaml"), "utf8"));
    expect(spec.resources[0].models[0].fields.map((f: { name: string }) => f.name)).toEqual(["sid"]);
    const strictOut = join(tempDir(), "spec");
    const strict = await importDocument({
      document: doc("unmappable-name.yaml"),
      outDir: strictOut,
      cwd: ROOT,
      strict: true,
    });
    expect(strict.ok).toBe(false);
    expect(strict.diagnostics.map(formatDiagnostic)).toContain(
      'test/fixtures/import/unmappable-name.yaml:30:11 error[field-not-carried] the property "content-type" of #/components/schemas/Widget is left out: no field can be named so',
    );
    expect(existsSync(strictOut)).toBe(false);
  });
});

describe("import: safe to re-run", () => {
  it("writes one spec per resource, quoting each lifted rule's sentence, and passes the check stage", async () => {
    const out = tempDir();
    const result = await importDocument({ document: doc("widgets.yaml"), outDir: out, cwd: ROOT });
    expect(result.ok).toBe(true);
    expect(result.written).toEqual(["widget.yaml"]);
    const text = readFileSync(join(out, "widget.yaml"), "utf8");
    expect(text).toContain(
      '# lifted (range) from: "Must be between 1 and 10, inclusive."\n            minimum: 1\n            maximum: 10',
    );
    expect(text).toContain('# lifted (default) from: "Defaults to 5."\n            default: 5');
    expect(text).toContain('# lifted (onlyWhen) from: "Used when `kind` is `square`."');
    expect(result.report!.unlifted).toEqual([
      { where: "CreateWidget Label", sentence: "The default value is set by the shop." },
    ]);
  });

  it("importing twice gives identical bytes", async () => {
    const out = tempDir();
    await importDocument({ document: doc("widgets.yaml"), outDir: out, cwd: ROOT });
    const first = snapshotTree(out);
    const again = await importDocument({ document: doc("widgets.yaml"), outDir: out, cwd: ROOT });
    expect(again.written).toEqual([]);
    expect(again.unchanged).toEqual(["widget.yaml"]);
    expect(snapshotTree(out)).toEqual(first);
  });

  it("refuses to overwrite an edited spec (or one it did not write) without --force, and overwrites with it", async () => {
    const out = tempDir();
    await importDocument({ document: doc("widgets.yaml"), outDir: out, cwd: ROOT });
    const path = join(out, "widget.yaml");
    const edited = readFileSync(path, "utf8").replace(
      "description: The Widget resource.",
      "description: A reviewed description.",
    );
    writeFileSync(path, edited);
    const refused = await importDocument({ document: doc("widgets.yaml"), outDir: out, cwd: ROOT });
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics[0]).toMatchObject({ code: "edited-spec", line: 1, column: 1 });
    expect(readFileSync(path, "utf8")).toBe(edited);
    writeFileSync(path, "# hand-written\n");
    expect(
      (await importDocument({ document: doc("widgets.yaml"), outDir: out, cwd: ROOT })).diagnostics[0]
        ?.message,
    ).toContain("not written by an import");
    const forced = await importDocument({
      document: doc("widgets.yaml"),
      outDir: out,
      cwd: ROOT,
      force: true,
    });
    expect(forced.written).toEqual(["widget.yaml"]);
    expect(readFileSync(path, "utf8")).toContain("The Widget resource.");
  });
});

describe("import: x-twilio.conditional", () => {
  it.skipIf(
    !sharedPresent(join(TWILIO_OAI, "twilio_api_v2010.yaml"), "the x-twilio.conditional import test"),
  )("becomes atLeastOneOf (API v2010's CreateCall: Url, Twiml or ApplicationSid)", async () => {
    const result = await importDocument({
      document: join(ROOT, "../shared/vendor/twilio-oai/twilio_api_v2010.yaml"),
      outDir: join(tempDir(), "api"),
      prefix: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
      conventions: join(ROOT, "spec/import/twilio.yaml"),
      dryRun: true,
      cwd: ROOT,
    });
    expect(result.ok).toBe(true);
    const call = result.files.find((f) => f.text.includes("id: CreateCall"))!.text;
    expect(call).toContain(
      "atLeastOneOf:\n          -\n            - Url\n            - Twiml\n            - ApplicationSid",
    );
    expect(result.report!.lifted["conditional"]).toBe(1);
    // Twilio's conventions give every package the webhook signature scheme.
    expect(call).toContain(
      "  webhooks:\n    signature:\n      header: X-Twilio-Signature\n      algorithm: hmac-sha1\n",
    );
  });
});

describe("import: a vendor extension, as the conventions name it", () => {
  const run = (conventions: string | null) =>
    importDocument({
      document: doc("gadgets.yaml"),
      outDir: join(tempDir(), "spec"),
      conventions: conventions && doc(conventions),
      dryRun: true,
      cwd: ROOT,
    });

  it("reads the extension the conventions declare: a path's kind, the resource's name, at-least-one-of groups, the title's prefix", async () => {
    const result = await run("acme-conventions.yaml");
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const names = result.files.map((f) => f.name).sort();
    // The response model names the first resource; the extension names the second.
    expect(names).toEqual(["component.yaml", "gizmo-record.yaml"]);
    const gizmo = parse(result.files.find((f) => f.name === "gizmo-record.yaml")!.text);
    expect(gizmo.service.name).toBe("Gadgets");
    expect(gizmo.package.name).toBe("acme-gadgets");
    expect(gizmo.resources[0].operations[0].atLeastOneOf).toEqual([["Color", "Shade"]]);
    const part = parse(result.files.find((f) => f.name === "component.yaml")!.text);
    // The extension's `list` wins over the placeholder the path ends in.
    expect(part.resources[0].operations[0].path).toBe("list");
    expect(result.report!.lifted["conditional"]).toBe(1);
  });

  it("without those conventions the extension is only unknown data: nothing read from it", async () => {
    const result = await run(null);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const texts = result.files.map((f) => f.text).join("\n");
    expect(texts).not.toContain("atLeastOneOf");
    expect(texts).toContain("name: AcmeGadgets"); // the title as it is, prefix and all
    expect(result.files.map((f) => f.name)).not.toContain("component.yaml");
  });

  it("a bad conventions file gets positioned diagnostics and nothing is imported", async () => {
    const result = await run("bad-conventions.yaml");
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/import\/bad-conventions\.yaml:1:14 error\[invalid-conventions\] titlePrefix is not a valid regular expression/,
      ),
      expect.stringMatching(
        /^test\/fixtures\/import\/bad-conventions\.yaml:3:9 error\[invalid-conventions\] extension\.name must be the extension's key, starting with x-/,
      ),
      expect.stringMatching(/:4:13 error\[invalid-conventions\] extension\.pathKind must be a field name/),
      expect.stringMatching(/:5:3 error\[invalid-conventions\] extension\.colour is not an extension key/),
      expect.stringMatching(/:9:1 error\[invalid-conventions\] paging is not a conventions key/),
    ]);
  });
});
