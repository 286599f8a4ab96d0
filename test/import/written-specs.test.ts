/**
 * An import's specs are checked without reading their text back: the YAML writer hands over the data
 * and every node's position. Here both are compared with what reading the text gives: the data
 * (js-yaml, as the load stage reads it) and, for every node path and a path below each that does
 * not exist, the position `locate` finds in `yaml`'s positioned document, as value and as key.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../generator/import/import.ts";
import { loadFile, locate, type NodePath } from "../../generator/load/load.ts";
import { FIXTURES, ROOT, SHARED_OAI } from "../helpers/paths.ts";

const DOCUMENTS = [
  SHARED_OAI,
  ...readdirSync(join(FIXTURES, "import"))
    .filter((n) => /\.ya?ml$/.test(n) && !n.includes("conventions"))
    .map((n) => join(FIXTURES, "import", n)),
];

describe("written specs", () => {
  it.each(DOCUMENTS)(
    "%s: the written data and positions are what reading the text gives",
    async (document) => {
      const imported = await importDocument({
        document,
        outDir: join(ROOT, "spec/written-test"),
        conventions: join(ROOT, "spec/import/twilio.yaml"),
        dryRun: true,
      });
      if (!imported.ok) return; // a document the importer refuses writes no spec
      for (const file of imported.files) {
        const written = file.written!;
        expect(written.value).toEqual(jsYaml.load(file.text, { schema: jsYaml.CORE_SCHEMA }));
        const read = loadFile(file.name, file.text).loaded!;
        const fast = loadFile(file.name, file.text, written).loaded!;
        expect(fast.value).toBe(written.value);
        const paths = [...written.positions.keys()].map((k) => JSON.parse(k) as NodePath);
        expect(paths.length).toBeGreaterThan(10);
        for (const path of [
          ...paths,
          ...paths.map((p) => [...p, "missing"]),
          ...paths.map((p) => [...p, 999]),
        ])
          for (const at of ["value", "key"] as const)
            expect(locate(fast, path, at), `${file.name} ${JSON.stringify(path)} ${at}`).toEqual(
              locate(read, path, at),
            );
      }
    },
  );
});
