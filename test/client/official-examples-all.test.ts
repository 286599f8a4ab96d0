/**
 * Every response example of Twilio's official Verify v2 document, for every operation, decoded by the
 * generated decoder of the model our emitted OpenAPI document names for that response (for a list:
 * each item, and the paging block). Each wire field must come out under its client name, with its
 * value (dates as `Date`s). The decoders check every field the spec marks always sent, so this also
 * proves each such decision against the official examples. Reads ../shared/vendor/twilio-oai/twilio_verify_v2.yaml when present;
 * says so and skips when absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GENERATED, SHARED_OAI, sharedPresent } from "../helpers/paths.ts";

const present = sharedPresent(SHARED_OAI, "the official-example tests (all operations)");

type Json = Record<string, unknown>;
type Decoder = (wire: unknown) => Json;

const METHODS = ["get", "post", "put", "patch", "delete"];
const ref = (schema: Json | undefined) => String(schema?.["$ref"] ?? "").replace("#/components/schemas/", "");

/** Every exported `decode…` function of the generated package's decoder modules. */
async function decoders(): Promise<Map<string, Decoder>> {
  const out = new Map<string, Decoder>();
  const src = join(GENERATED, "src/verify");
  const modules = [
    join(src, "decoders.ts"),
    ...readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(src, e.name, "decoders.ts")))
      .map((e) => join(src, e.name, "decoders.ts")),
  ];
  for (const file of modules)
    for (const [name, value] of Object.entries(await import(file)))
      if (name.startsWith("decode") && typeof value === "function") out.set(name, value as Decoder);
  return out;
}

const camel = (wire: string) => wire.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Each wire field of `wire` is in `decoded` under its client name, with the same value. */
function expectDecoded(decoded: Json, wire: Json, at: string): void {
  for (const [key, value] of Object.entries(wire)) {
    const name = camel(key);
    expect(Object.keys(decoded), `${at}: ${key}`).toContain(name);
    const got = decoded[name];
    if (got instanceof Date) expect(got.getTime(), `${at}: ${key}`).toBe(Date.parse(String(value)));
    else if (
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      got &&
      typeof got === "object"
    )
      // A nested object is either decoded field by field (camel-cased) or kept as JSON.
      expect(
        JSON.stringify(got) === JSON.stringify(value) || Object.keys(value).every((k) => camel(k) in got),
        `${at}: ${key}`,
      ).toBe(true);
    else if (typeof value !== "object" || value === null) expect(got, `${at}: ${key}`).toEqual(value);
  }
}

describe.skipIf(!present)("every official response example decodes (all 57 operations)", async () => {
  const official = present ? (parse(readFileSync(SHARED_OAI, "utf8")) as Json) : { paths: {} };
  const ours = parse(readFileSync(join(GENERATED, "openapi.yaml"), "utf8")) as Json;
  const schemas = (ours["components"] as Json)["schemas"] as Record<string, Json>;
  const all = present ? await decoders() : new Map<string, Decoder>();

  const cases: { id: string; status: string; title: string; value: Json; schema: Json }[] = [];
  const ourOps = new Map<string, Json>();
  for (const item of Object.values(ours["paths"] as Record<string, Json>))
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (op) ourOps.set(op["operationId"] as string, op);
    }
  for (const item of Object.values(official["paths"] as Record<string, Json>))
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      for (const [status, response] of Object.entries(op["responses"] as Record<string, Json>)) {
        const media = ((response["content"] as Json | undefined)?.["application/json"] ?? {}) as Json;
        for (const [title, example] of Object.entries((media["examples"] ?? {}) as Record<string, Json>)) {
          const mine = ourOps.get(op["operationId"] as string);
          const responses = (mine?.["responses"] ?? {}) as Record<string, Json>;
          // An error example is answered by the error body of the status class (4XX, 5XX).
          const content = (responses[status] ?? responses[`${status[0]}XX`])?.["content"] as Json | undefined;
          cases.push({
            id: op["operationId"] as string,
            status,
            title,
            value: example["value"] as Json,
            schema: ((content?.["application/json"] as Json | undefined)?.["schema"] ?? {}) as Json,
          });
        }
      }
    }

  it("the document has an example for most operations, and ours answers each with a schema", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const c of cases) expect(ref(c.schema), `${c.id} ${c.status} ${c.title}`).not.toBe("");
  });

  it.each(cases.map((c) => [`${c.id} ${c.status} ${c.title}`, c] as const))("%s", (_, c) => {
    const name = ref(c.schema);
    const schema = schemas[name]!;
    const properties = (schema["properties"] ?? {}) as Record<string, Json>;
    const listKey = Object.keys(properties).find((k) => properties[k]!["type"] === "array");
    const meta = Object.keys(properties).find((k) => ref(properties[k]) !== "");
    if (name.endsWith("Response") && listKey && meta && !all.has(`decode${name}`)) {
      // A list envelope: each item by the item model's decoder, the paging block by its own.
      const items = c.value[listKey] as Json[];
      const decodeItem = all.get(`decode${ref(properties[listKey]!["items"] as Json)}`)!;
      const decodeMeta = all.get(`decode${ref(properties[meta])}`)!;
      items.forEach((item, i) => expectDecoded(decodeItem(item), item, `${listKey}[${i}]`));
      expectDecoded(decodeMeta(c.value[meta]), c.value[meta] as Json, meta);
    } else {
      const decode = all.get(`decode${name}`);
      expect(decode, `decode${name}`).toBeTypeOf("function");
      expectDecoded(decode!(c.value), c.value, name);
    }
  });
});
