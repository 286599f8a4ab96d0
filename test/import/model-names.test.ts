/**
 * Import, model names: an inline response schema never takes the name of another schema (a
 * component, or another inline schema of other fields). It takes a name derived from its operation
 * (`CreateBulkLookupResponse`), numbered as a last resort, with `warning[model-name-taken]` at the
 * schema; an inline schema with the same fields as the holder shares its name without a warning.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { prepare } from "../../generator/engine/prepare.ts";
import { renderSpecs } from "../../generator/engine/generate.ts";
import { importDocument } from "../../generator/import/import.ts";
import { ROOT, sharedPresent, tempDir, TWILIO_OAI } from "../helpers/paths.ts";

interface Model {
  name: string;
  fields: { name: string }[];
}
interface Spec {
  models?: Model[];
  resources: { models?: Model[]; operations: { id: string; response?: string }[] }[];
}

/** Every operation's response model, with the fields of that model in the spec that declares the operation. */
function responses(files: readonly { text: string }[]): Map<string, { model: string; fields: string[] }> {
  const out = new Map<string, { model: string; fields: string[] }>();
  for (const file of files) {
    const spec = parse(file.text) as Spec;
    const models = [...(spec.models ?? []), ...spec.resources.flatMap((r) => r.models ?? [])];
    for (const op of spec.resources.flatMap((r) => r.operations)) {
      if (!op.response) continue;
      const model = models.find((m) => m.name === op.response);
      out.set(op.id, { model: op.response, fields: (model?.fields ?? []).map((f) => f.name) });
    }
  }
  return out;
}

/** A small document: a component, and inline response schemas titled as it, or as each other. */
const DOCUMENT = `openapi: 3.0.3
info: { title: Widgets, version: "1" }
servers: [{ url: "https://widgets.example.com" }]
paths:
  /widgets/{id}:
    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
    get:
      operationId: fetchWidget
      responses:
        "200":
          description: The widget.
          content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } } }
  /widgets:
    post:
      operationId: createWidget
      responses:
        "201":
          description: A receipt, titled as the component.
          content:
            application/json:
              schema:
                type: object
                title: Widget
                properties:
                  receipt: { type: string }
  /gadgets/{id}:
    get:
      operationId: fetchGadget
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200":
          description: The component's very fields, written inline.
          content:
            application/json:
              schema:
                type: object
                title: Widget
                properties:
                  id: { type: string }
                  name: { type: string }
  /things:
    post:
      operationId: createThing
      responses:
        "200":
          description: Titled as the component, and the operation's name is a component's too.
          content:
            application/json:
              schema:
                type: object
                title: Widget
                properties:
                  thing: { type: integer }
  /reports/{id}:
    get:
      operationId: fetchReport
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200":
          description: The first schema titled Summary.
          content:
            application/json:
              schema: { type: object, title: Summary, properties: { total: { type: integer } } }
  /audits/{id}:
    get:
      operationId: fetchAudit
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200":
          description: Another schema titled Summary, of other fields.
          content:
            application/json:
              schema: { type: object, title: Summary, properties: { findings: { type: string } } }
  /tallies/{id}:
    get:
      operationId: fetchTally
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200":
          description: The first Summary's fields again.
          content:
            application/json:
              schema: { type: object, title: Summary, properties: { total: { type: integer } } }
components:
  schemas:
    Widget:
      type: object
      properties:
        id: { type: string }
        name: { type: string }
    CreateThingResponse:
      type: object
      properties:
        unrelated: { type: boolean }
`;

describe("import: an inline schema never takes another schema's model name", () => {
  it("a component keeps its name and fields; an inline schema of other fields takes its operation's name, with a warning at it; identical schemas share a name", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "widgets.yaml"), DOCUMENT);
    const result = await importDocument({
      document: join(dir, "widgets.yaml"),
      outDir: tempDir(),
      dryRun: true,
      cwd: dir,
    });
    expect(result.ok).toBe(true);
    const lines = DOCUMENT.split("\n");
    // Each inline schema's `type: object` (its first key), below the given operation.
    const schemaLine = (operationId: string) =>
      lines.findIndex(
        (l, i) =>
          i > lines.findIndex((o) => o.includes(`operationId: ${operationId}`)) &&
          l.trim() === "type: object",
      ) + 1;
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^widgets\\.yaml:${schemaLine("createWidget")}:17 warning\\[model-name-taken\\] .*'Widget', a name the component #/components/schemas/Widget holds with other fields, so its model is named 'CreateWidgetResponse'`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^widgets\\.yaml:${schemaLine("createThing")}:17 warning\\[model-name-taken\\] .*'Widget', .* so its model is named 'CreateThingResponse2'`,
        ),
      ),
      // Paths are read in the document's order of resources: /audits before /reports.
      expect.stringMatching(
        /^widgets\.yaml:\d+:23 warning\[model-name-taken\] .*'Summary', a name the inline schema FetchAudit answers holds with other fields, so its model is named 'FetchReportResponse'/,
      ),
    ]);
    const got = responses(result.files);
    expect(Object.fromEntries(got)).toEqual({
      FetchWidget: { model: "Widget", fields: ["id", "name"] },
      CreateWidget: { model: "CreateWidgetResponse", fields: ["receipt"] },
      // The component's fields, written inline: one model, no warning.
      FetchGadget: { model: "Widget", fields: ["id", "name"] },
      CreateThing: { model: "CreateThingResponse2", fields: ["thing"] },
      FetchAudit: { model: "Summary", fields: ["findings"] },
      FetchReport: { model: "FetchReportResponse", fields: ["total"] },
      // FetchReport's schema again (title and fields): it shares that model, warned about once.
      FetchTally: { model: "FetchReportResponse", fields: ["total"] },
    });
    const prepared = prepare(
      result.files.map((f) => ({ file: f.name, text: f.text })),
      { warnings: false },
    );
    expect(prepared.ok ? [] : prepared.diagnostics.map(formatDiagnostic)).toEqual([]);
    // Deterministic: a second import gives the same bytes.
    const again = await importDocument({
      document: join(dir, "widgets.yaml"),
      outDir: tempDir(),
      dryRun: true,
      cwd: dir,
    });
    expect(again.files.map((f) => f.text)).toEqual(result.files.map((f) => f.text));
  });
});

const LOOKUPS = join(TWILIO_OAI, "twilio_lookups_v2.yaml");

describe.skipIf(!sharedPresent(TWILIO_OAI, "Lookups v2's model names"))("import: Lookups v2", () => {
  it("FetchPhoneNumber answers the LookupResponse component's fields; CreateBulkLookup's inline schema titled LookupResponse is CreateBulkLookupResponse, with a warning at it", async () => {
    const result = await importDocument({
      document: LOOKUPS,
      outDir: tempDir(),
      conventions: join(ROOT, "spec/import/twilio.yaml"),
      dryRun: true,
      cwd: ROOT,
    });
    expect(result.ok).toBe(true);
    const text = readFileSync(LOOKUPS, "utf8").split("\n");
    const warnings = result.diagnostics.filter((d) => d.code === "model-name-taken");
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    // The inline schema: its first key, `type: object`, then its title, below CreateBulkLookup's 200.
    expect(warning).toMatchObject({ severity: "warning", line: 773, column: 17 });
    expect(formatDiagnostic(warning!)).toMatch(/twilio_lookups_v2\.yaml:773:17 warning\[model-name-taken\]/);
    expect(text[772]!.trim()).toBe("type: object");
    expect(text[773]!.trim()).toBe("title: LookupResponse");
    const operations = text.flatMap((l, n) => (l.includes("operationId:") ? [n] : []));
    // Below CreateBulkLookup's id and above the next path's operations.
    expect(text[operations.filter((n) => n < 772).at(-1)!]!.trim()).toBe("operationId: CreateBulkLookup");
    expect(
      text
        .slice(
          772,
          operations.find((n) => n > 772),
        )
        .some((l) => /^  \/v2/.test(l)),
    ).toBe(true);
    expect(warning!.message).toContain("#/components/schemas/LookupResponse");
    const got = responses(result.files);
    expect(got.get("FetchPhoneNumber")!.model).toBe("LookupResponse");
    expect(got.get("FetchPhoneNumber")!.fields).toEqual(
      expect.arrayContaining([
        "calling_country_code",
        "country_code",
        "phone_number",
        "national_format",
        "valid",
        "validation_errors",
        "caller_name",
        "line_type_intelligence",
        "sms_pumping_risk",
      ]),
    );
    expect(got.get("FetchPhoneNumber")!.fields).not.toContain("phone_numbers");
    expect(got.get("CreateBulkLookup")).toEqual({
      model: "CreateBulkLookupResponse",
      fields: ["phone_numbers"],
    });
    const prepared = prepare(
      result.files.map((f) => ({ file: f.name, text: f.text })),
      { warnings: false },
    );
    expect(prepared.ok ? [] : prepared.diagnostics.map(formatDiagnostic)).toEqual([]);
    // The generated client decodes FetchPhoneNumber's official example with the component's model.
    const rendered = await renderSpecs(result.files.map((f) => ({ file: `spec/${f.name}`, text: f.text })));
    expect(rendered.ok ? [] : rendered.diagnostics.map(formatDiagnostic)).toEqual([]);
    if (!rendered.ok) return;
    const out = tempDir();
    for (const file of rendered.files) {
      mkdirSync(dirname(join(out, file.path)), { recursive: true });
      writeFileSync(join(out, file.path), file.content);
    }
    const decoders = (await import(join(out, "src/lookups/phone-number/decoders.ts"))) as Record<
      string,
      (wire: unknown) => Record<string, unknown>
    >;
    const document = parse(readFileSync(LOOKUPS, "utf8")) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const example = (
      document.paths["/v2/PhoneNumbers/{PhoneNumber}"]!["get"]!.responses["200"] as {
        content: { "application/json": { examples: { fetch: { value: Record<string, unknown> } } } };
      }
    ).content["application/json"].examples.fetch.value;
    const decoded = decoders["decodeLookupResponse"]!(example);
    expect(decoded).toMatchObject({
      callingCountryCode: example["calling_country_code"],
      countryCode: example["country_code"],
      phoneNumber: example["phone_number"],
      nationalFormat: example["national_format"],
    });
    expect(decoded).not.toHaveProperty("phoneNumbers");
  });
});
