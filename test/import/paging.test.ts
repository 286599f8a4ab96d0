/**
 * Import: paging styles come only from the conventions (OpenAPI has no standard for them). A made-up
 * document whose lists page four vendors' ways imports each list with the declared style its
 * response has; without conventions every list reads one page, and the import says so.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { importDocument, reportText } from "../../generator/import/import.ts";
import { FIXTURES, ROOT, tempDir } from "../helpers/paths.ts";

const doc = (name: string) => join(FIXTURES, "import", name);
const run = (conventions: string | null) =>
  importDocument({
    document: doc("till.yaml"),
    outDir: join(tempDir(), "spec"),
    conventions: conventions && doc(conventions),
    dryRun: true,
    cwd: ROOT,
  });

describe("import: paging styles declared in the conventions", () => {
  it("gives each list the declared style its response has: has_more, a cursor field, offset and total, a Link header", async () => {
    const result = await run("till-conventions.yaml");
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.report!.unpaged).toEqual([]);
    const specs = new Map(result.files.map((f) => [f.name, parse(f.text)]));
    const listOf = (file: string) => specs.get(file).resources[0].operations[0];
    // The style the most lists use (on a tie, that of the first resource, in name order) is the service's.
    expect(specs.get("channel.yaml").service.pagination).toEqual({
      style: "cursor",
      metaKey: "response_metadata",
      metaModel: "ResponseMetadata",
      cursorField: "next_cursor",
      cursorParameter: "cursor",
      pageSizeParameter: "limit",
    });
    expect(listOf("channel.yaml").pagination).toBeUndefined();
    expect(listOf("charge.yaml").pagination).toEqual({
      style: "cursor",
      metaModel: "ChargeList",
      hasMoreField: "has_more",
      itemCursorField: "id",
      cursorParameter: "starting_after",
      pageSizeParameter: "limit",
    });
    expect(listOf("invoice.yaml").pagination).toMatchObject({ style: "offset", totalField: "total" });
    expect(listOf("repo.yaml").pagination).toEqual({
      style: "linkHeader",
      pageSizeParameter: "per_page",
      pageParameter: "page",
    });
    // The page fields are not items: the items are the one array beside them.
    expect(specs.get("charge.yaml").resources[0].listKey).toBe("data");
    expect(specs.get("channel.yaml").resources[0].listKey).toBe("channels");
    // The cursor and offset travel as the ordinary query parameters the document declares.
    expect(listOf("charge.yaml").parameters.map((p: { name: string }) => p.name)).toEqual([
      "limit",
      "starting_after",
    ]);
  });

  it("without conventions no style is inferred: each list reads one page, with a warning saying why", async () => {
    const result = await run(null);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const warnings = result.diagnostics.filter((d) => d.code === "unpaged-list");
    expect(warnings.map((d) => d.message)).toEqual(
      ["listCharges", "listChannels", "listRepos", "listInvoices"].map((id) =>
        expect.stringMatching(
          new RegExp(
            `^${id} answers a list, but no paging style is declared .*the importer infers none.*pagination: none.*first page only`,
          ),
        ),
      ),
    );
    expect(
      warnings.every((d) => d.severity === "warning" && d.file.endsWith("till.yaml") && d.line > 0),
    ).toBe(true);
    // The report says it too.
    expect(result.report!.unpaged).toEqual(["listChannels", "listCharges", "listInvoices", "listRepos"]);
    expect(reportText("till.yaml", result.report!)).toContain(
      "- lists that read one page (no declared paging style fits; OpenAPI has no standard, so none is inferred): listChannels, listCharges, listInvoices, listRepos",
    );
    for (const file of result.files) {
      const spec = parse(file.text);
      expect(spec.service.pagination).toBeUndefined();
      expect(spec.resources[0].operations[0].pagination).toBe("none");
    }
  });

  it("bad paging conventions get positioned diagnostics and nothing is imported", async () => {
    const result = await run("bad-paging-conventions.yaml");
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /bad-paging-conventions\.yaml:5:12 error\[invalid-conventions\] pagination\.0\.style must be one of nextUrl, cursor, linkHeader, offset/,
      ),
      expect.stringMatching(
        /:6:5 error\[invalid-conventions\] pagination\.1 is a cursor style, which needs 'cursorParameter'/,
      ),
      expect.stringMatching(
        /:9:5 error\[invalid-conventions\] pagination\.2 must give either cursorField, or hasMoreField with itemCursorField/,
      ),
      expect.stringMatching(
        /:10:16 error\[invalid-conventions\] pagination\.2\.metaModel names no model of the conventions' models/,
      ),
      expect.stringMatching(
        /:18:5 error\[invalid-conventions\] pagination\.3\.pageParameter is not a key of the offset style/,
      ),
    ]);
  });
});
