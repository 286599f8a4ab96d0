/**
 * Load stage, positions: what the js-yaml listener's records say about a node's place is exactly what
 * `yaml`'s positioned document says, for every node (value and key) of every spec, every example
 * document and Twilio's smaller documents, and of texts written to stress what YAML allows. Where
 * the records cannot say, `locate` falls back to `yaml` and still gives its answer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadFile, locate, parsedFile, type NodePath } from "../../generator/load/load.ts";
import { ReadPositions } from "../../generator/load/read-positions.ts";
import { ROOT, SPEC_FILES, sharedPresent, TWILIO_OAI } from "../helpers/paths.ts";

const EXAMPLES = join(ROOT, "../shared/vendor/openapi-examples");

// Every node path of a value: mapping keys and sequence indexes.
function paths(value: unknown, path: NodePath = [], out: NodePath[] = []): NodePath[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...path, i], out));
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) paths(item, [...path, key], out);
  return out;
}

/** Compares both ways of locating over every path; returns how many the records answered. */
function compare(name: string, text: string): { answered: number; total: number } {
  const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) ?? null;
  const reference = parsedFile(name, text, value);
  const read = ReadPositions.read(text);
  const loaded = loadFile(name, text).loaded!;
  let answered = 0;
  let total = 0;
  // Every path, and below each one a key and an index that do not exist (the deepest ancestor's place).
  const all = paths(value);
  for (const path of [...all, ...all.map((p) => [...p, "missing"]), ...all.map((p) => [...p, 999])]) {
    for (const at of ["value", "key"] as const) {
      const expected = reference.position(path, at);
      const found = read?.position(path, at);
      total++;
      if (found) {
        answered++;
        expect(found, `${name} ${JSON.stringify(path)} ${at}`).toEqual(expected);
      }
      // Whatever the records answer, locate answers as `yaml` does.
      expect(locate(loaded, path, at), `${name} ${JSON.stringify(path)} ${at}`).toEqual(expected);
    }
  }
  return { answered, total };
}

const STRESS: Record<string, string> = {
  "block and flow": [
    "# a comment first",
    "a: 1",
    "b:   two   # trailing comment",
    "c:",
    "  - x",
    "  -   y",
    "  - { k: v, 'q': \"w\", n: [1, 2, {z: 3}] }",
    "  - - nested",
    "    - list",
    "  - key: in item",
    "    other: 2",
    "d: [a, b,",
    "  c]",
    "",
    "# between",
    "e:",
    "",
    "  # indented comment",
    "  f: g",
    '"quoted key": 1',
    "'single': 2",
    "200: numeric key",
    "true: boolean key",
    "null: null",
    "tilde: ~",
    "empty:",
    "last: end",
  ].join("\n"),
  "block scalars": "a: |\n  line one\n  line two\nb: >-\n  folded\n  text\nc: |+\n  kept\n\nd: 4\n",
  "anchors and aliases":
    "base: &b\n  x: 1\nuse: *b\nlist: &l [1, 2]\nagain: *l\nscalar: &s value\ncopy: *s\nnone: &e []\nalso: *e\n",
  tags: "a: !!str 1\nb: !!int '2'\nc: !!float 3\n",
  "explicit keys": "? a\n: 1\n? [x, y]\n: 2\nplain: 3\n",
  "windows line ends": "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: {d: e}\r\n",
  "byte order mark": "\ufeffa: 1\nb:\n  c: d\n",
  json: '{\n  "a": 1,\n  "b": [true, null, {"c": "d"}],\n  "e": {}, "f": []\n}\n',
  "json on one line": '{"a":{"b":[1,2,{"c":"d"}]},"e":"f"}',
  "document markers": "%YAML 1.2\n---\na: 1\nb:\n  - c\n...\n",
  "empty items": "a:\n  -\n  - x\n  - \nb: [ ]\nc: { }\nd: []\ne: {}\n",
  "multi-line plain": "a: this is\n  a long\n  plain scalar\nb: 2\n",
  unicode: "ü: ß\n名前: 値\nemoji: 😀 text\nafter: 1\n",
  "colons in values": "url: http://example.com:8080/a\ntime: 12:30\nb: 'a: b'\n",
};

describe("positions from the js-yaml listener", () => {
  it.each(Object.entries(STRESS))("%s: every node where yaml puts it", (name, text) => {
    compare(name, text);
  });

  it("every spec in spec/: every node, and the records answer for every one", () => {
    for (const file of SPEC_FILES) {
      const { answered, total } = compare(file, readFileSync(file, "utf8"));
      expect(answered, file).toBe(total);
    }
  });

  it("every example document by other authors", () => {
    if (!sharedPresent(EXAMPLES, "the example documents' positions")) return;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ya?ml|json)$/.test(entry.name)) files.push(path);
      }
    };
    walk(EXAMPLES);
    expect(files.length).toBeGreaterThan(10);
    let answered = 0;
    let total = 0;
    for (const file of files) {
      const counts = compare(file, readFileSync(file, "utf8"));
      answered += counts.answered;
      total += counts.total;
    }
    // The records model what real documents are written with; the fallback is for the rare rest.
    expect(answered / total).toBeGreaterThan(0.99);
  });

  it("Twilio's smaller documents", () => {
    if (!sharedPresent(TWILIO_OAI, "Twilio's documents' positions")) return;
    const small = readdirSync(TWILIO_OAI)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join(TWILIO_OAI, f))
      .filter((f) => readFileSync(f, "utf8").length < 40_000);
    expect(small.length).toBeGreaterThan(5);
    for (const file of small) {
      const { answered, total } = compare(file, readFileSync(file, "utf8"));
      expect(answered, file).toBe(total);
    }
  });

  it("a text the listener cannot read gives no records (the caller falls back)", () => {
    expect(ReadPositions.read("a: [unclosed")).toBeUndefined();
  });
});
