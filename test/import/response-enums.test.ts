/**
 * The importer keeps a response field's enum, whether inline or by `$ref` to an enum schema, at any
 * depth: the generator then types it open (the known values or any other string).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument } from "../../generator/import/import.ts";
import { ROOT, tempDir } from "../helpers/paths.ts";

const DOCUMENT = `openapi: 3.0.3
info: { title: Things, version: 1.0.0 }
servers: [{ url: "https://api.things.example.com" }]
paths:
  /things/{thingId}:
    parameters:
      - { name: thingId, in: path, required: true, schema: { type: string } }
    get:
      operationId: fetchThing
      summary: Fetch a thing.
      responses:
        "200":
          description: The thing.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
components:
  schemas:
    thing_enum_status: { type: string, enum: [pending, done] }
    Thing:
      type: object
      properties:
        id: { type: string }
        status: { $ref: "#/components/schemas/thing_enum_status" }
        kind: { type: string, enum: [big, small] }
        tags: { type: array, items: { type: string, enum: [red, blue] } }
        owner:
          type: object
          properties:
            role: { $ref: "#/components/schemas/thing_enum_status" }
`;

describe("import: response enums", () => {
  it("a response field's enum, inline or by $ref, in arrays and nested objects, becomes a spec enum", async () => {
    const dir = tempDir();
    const document = join(dir, "things.yaml");
    writeFileSync(document, DOCUMENT);
    const result = await importDocument({ document, outDir: dir, dryRun: true, cwd: ROOT });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const spec = parse(result.files.find((f) => f.name === "thing.yaml")!.text) as {
      resources: { models: { name: string; fields: Record<string, any>[] }[] }[];
    };
    const fields = spec.resources[0]!.models.find((m) => m.name === "Thing")!.fields;
    const field = (name: string) => fields.find((f) => f["name"] === name)!;
    expect(field("status")).toMatchObject({ type: "string", enum: ["pending", "done"] });
    expect(field("kind")).toMatchObject({ type: "string", enum: ["big", "small"] });
    expect(field("tags")).toMatchObject({ type: "array", items: { type: "string", enum: ["red", "blue"] } });
    expect(field("owner")["fields"]).toEqual([
      expect.objectContaining({ name: "role", type: "string", enum: ["pending", "done"] }),
    ]);
  });
});
