/**
 * Documents as other people write them: both OAI Petstores, hey-api's `full.yaml` (3.0 and 3.1, with
 * their external `$ref`s) and every document under hey-api's `features/`, imported as they are (no
 * hand repairs), generated, type-checked strictly, and called. Each imported operation's request,
 * with a value for every required parameter, goes to Prism serving the original document: Prism
 * must find no violation in it and answer a status the document declares for it (a 2xx where it
 * declares one), unless the allowlist names the operation with the reason (Prism's own faults,
 * each probed). Every operation of the document is imported, or named by the warning that left it
 * out (a required body no client can send). The warnings of each import are asserted too
 * (test/import/example-warnings.json), so a new silent drop, or a new warning, fails here.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { findSpecs } from "../../generator/engine/find-specs.ts";
import { generate } from "../../generator/engine/generate.ts";
import { prepare, readSpecSource } from "../../generator/engine/prepare.ts";
import { importDocument } from "../../generator/import/import.ts";
import type { IrAuthScheme } from "../../generator/ir/types.ts";
import { tsView, type TsModel, type TsOperation, type TsType } from "../../generator/targets/ts/model.ts";
import { ROOT, sharedPresent, tempDir } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";
import { tsc } from "../helpers/tsc.ts";

const EXAMPLES = join(ROOT, "../shared/vendor/openapi-examples");
const present = sharedPresent(EXAMPLES, "the example documents' import, generate and Prism tests");
const WARNINGS = join(ROOT, "test/import/example-warnings.json");

const features = (version: string) =>
  present
    ? readdirSync(join(EXAMPLES, "hey-api", version, "features"))
        .sort()
        .map((name) => `hey-api/${version}/features/${name}`)
    : [];
const DOCUMENTS = [
  "oai/petstore.yaml",
  "oai/petstore-expanded.yaml",
  "hey-api/3.0.x/full.yaml",
  "hey-api/3.1.x/full.yaml",
  ...features("3.0.x"),
  ...features("3.1.x"),
];

/** Operations whose request Prism cannot judge, each with the reason (Prism's faults, not the client's). */
const PRISM_FAULTS: Record<string, string> = Object.fromEntries(
  ["3.0.x", "3.1.x"].flatMap((v) => [
    [
      `hey-api/${v}/full.yaml CallWithWeirdParameterNames`,
      "Prism cannot route a placeholder with dots ({parameter.path.1}): 404 NO_PATH_MATCHED (hey-api-full.test.ts checks this request on the wire)",
    ],
    [
      `hey-api/${v}/full.yaml CollectionFormat`,
      "Prism reads collectionFormat (Swagger 2's key, meaningless in OpenAPI 3) as nothing and wants every array repeated; the client sends what the document's authors meant (hey-api-full.test.ts checks it on the wire)",
    ],
    [
      `hey-api/${v}/full.yaml HeadCallWithoutParametersAndResponse`,
      "the operation declares no response, and Prism's 500 for that comes without a body on a HEAD request, so it cannot be told from another 500",
    ],
    [
      `hey-api/${v}/full.yaml Import`,
      "the document's oneOf cannot be met by an object: every object fits ModelWithArrayReadOnlyAndWriteOnly (no required property, no additionalProperties: false), so a value of the other branch fits both, and Prism also requires its readOnly bar in the request (the client validates and sends the first branch)",
    ],
    [
      `hey-api/${v}/full.yaml UploadFile`,
      "Prism parses every application/x-www-form-urlencoded body into an object, so a form body whose schema is one binary string (sent as its bytes) can never pass its validation: 422 Request body must be string",
    ],
    [
      `hey-api/${v}/full.yaml NonAscii`,
      "Prism matches a query key against the percent-encoding of the document's name (nonAsciiParam%C3%A6…), not the name itself: the client sends the name percent-encoded as UTF-8 (RFC 3986), which Prism decodes and then cannot match (422 required property); only a doubly encoded key passes (probed with curl)",
    ],
    [
      `hey-api/${v}/full.yaml MultipartResponse`,
      "Prism cannot serialize its own multipart/mixed answer (500: Cannot find serializer for multipart/mixed, probed with curl under Accept: multipart/mixed and */*); the client asks for multipart/mixed and returns the body's bytes",
    ],
    ...(v === "3.1.x"
      ? [
          [
            `hey-api/${v}/full.yaml DeprecatedCall`,
            'Prism does not deserialize a header whose schema is a oneOf (of DeprecatedModel and null): every value is text to it, so no value fits either branch (probed with {}, {"prop":"x"}, prop,x and null: 422 must be object / must be null)',
          ],
          [
            `hey-api/${v}/full.yaml Types`,
            'Prism does not deserialize a query parameter whose 3.1 type is a list: [object, "null"] is never an object to it (422 must be object,null for JSON text, a,b and every other value probed), and an exploded [array, "null"] of one item is a string',
          ],
        ]
      : []),
    [
      `hey-api/${v}/full.yaml GetApiVApiVersionSimpleOperation`,
      "the document declares a path parameter foo_param its path template (/simple:operation) has no place for; Prism requires it in the path all the same",
    ],
  ]),
);
PRISM_FAULTS["hey-api/3.1.x/features/pagination-ref.yaml GetFoo"] =
  'Prism reads one item of an array field of an exploded form object whose 3.1 type is a list ([array, "null"]) as a string (422 foo.sort must be array,null for sort=x; sort=x&sort=y passes), and it cannot answer the */* response: 406 under Accept: application/json, 500 NO_COMPLEX_OBJECT_TEXT under */* (probed with curl)';
PRISM_FAULTS["hey-api/3.0.x/features/content-binary.json GetBar"] =
  "Prism cannot serialize its own application/zip answer (500: Cannot find serializer for application/zip)";

/** The models of the package being called, by name (a `ref` type's value is one of them). */
let models = new Map<string, TsModel>();

/** A value of `type` that its rules accept (the first enum value, the minimum, a short string). */
function sample(type: TsType): unknown {
  switch (type.kind) {
    case "string":
      return "x".repeat(Math.max(1, type.minLength ?? 1));
    case "integer":
    case "number":
      return type.minimum ?? type.maximum ?? 1;
    case "boolean":
      return true;
    case "binary":
      return new Uint8Array([1, 2, 3]);
    case "enum":
      return type.values[0];
    case "date-time":
      return new Date("2024-01-01T00:00:00Z");
    case "array":
      return Array.from({ length: Math.max(1, type.minItems ?? 1) }, () => sample(type.items));
    case "map":
    case "json":
      return {};
    case "object":
      return Object.fromEntries(type.fields.filter((f) => f.required).map((f) => [f.tsName, sample(f.type)]));
    case "variants": {
      const first = type.cases[0]!;
      return {
        [type.byTsName]: first.value,
        ...Object.fromEntries(first.fields.filter((f) => f.required).map((f) => [f.tsName, sample(f.type)])),
      };
    }
    case "union":
      return sample(type.branches[0]!.type);
    case "ref": {
      const fields = models.get(type.model)?.fields ?? [];
      return Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.tsName, sample(f.type)]));
    }
  }
}

/** The document being called, for its `$ref`s. */
let root: Record<string, any> = {};

/** A schema with a local `$ref` followed. */
function resolve(node: any): any {
  return typeof node?.$ref === "string" && node.$ref.startsWith("#/")
    ? resolve(
        node.$ref
          .slice(2)
          .split("/")
          .reduce((n: any, k: string) => n?.[k], root),
      )
    : node;
}

/** Whether `value` fits `node` (the JSON Schema keywords the example documents' unions use). */
function fitsSchema(value: unknown, node: any): boolean {
  const schema = resolve(node);
  if (!schema || typeof schema !== "object") return true;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  const kind =
    value === null
      ? "null"
      : Array.isArray(value)
        ? "array"
        : Number.isInteger(value)
          ? "integer"
          : typeof value;
  const types = [schema.type].flat().filter((t) => typeof t === "string");
  const typed = types.some((t) => t === kind || (t === "number" && kind === "integer"));
  if (types.length && !typed && !(value === null && schema.nullable === true)) return false;
  if (kind === "object") {
    const object = value as Record<string, unknown>;
    if ((schema.required ?? []).some((k: string) => !(k in object))) return false;
    const extra = schema.additionalProperties;
    for (const [k, v] of Object.entries(object)) {
      const own = schema.properties?.[k];
      if (own ? !fitsSchema(v, own) : typeof extra === "object" && !fitsSchema(v, extra)) return false;
    }
  }
  if (kind === "array" && !(value as unknown[]).every((item) => fitsSchema(item, schema.items))) return false;
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((b: any) => fitsSchema(value, b)).length !== 1)
    return false;
  return true;
}

/** A value of a schema's own type: its first enum value, else a short one of its type. */
function valueOf(node: any): unknown {
  const schema = resolve(node);
  if (Array.isArray(schema?.enum)) return schema.enum[0];
  const type = [schema?.type].flat()[0];
  return { string: "x", integer: 1, number: 1, boolean: true, array: [], object: {} }[type as string] ?? "x";
}

/**
 * A value of a oneOf of objects that fits exactly one branch, as oneOf requires: a branch's
 * properties, then, for each other branch it still fits, a property of that branch which it does
 * not declare, with a value that branch refuses. Undefined when there is none such.
 */
function oneOfSample(node: any): unknown {
  const branches: any[] = (resolve(node)?.oneOf ?? []).map(resolve);
  for (const branch of branches) {
    const value: Record<string, unknown> = Object.fromEntries(
      Object.entries(branch?.properties ?? {}).map(([k, v]) => [k, valueOf(v)]),
    );
    for (const other of branches.filter((b) => b !== branch && fitsSchema(value, b))) {
      const key = Object.keys(other?.properties ?? {}).find((k) => !(k in (branch?.properties ?? {})));
      const refused = [12345, "x", false, [], {}].find((w) => !fitsSchema(w, other.properties[key!]));
      if (key !== undefined && refused !== undefined) value[key] = refused;
    }
    if (branches.filter((b) => fitsSchema(value, b)).length === 1) return value;
  }
  return undefined;
}

/**
 * A value the document's own schema for the parameter gives (its example, default, first enum
 * value, or one of its format), else one of the spec's type.
 */
function documentSample(schema: any, type: TsType): unknown {
  const formats: Record<string, string> = {
    uuid: "123e4567-e89b-12d3-a456-426614174000",
    email: "someone@example.com",
    date: "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    uri: "https://example.com/",
  };
  if (type.kind === "json" && Array.isArray(resolve(schema)?.oneOf))
    return oneOfSample(schema) ?? sample(type);
  if (type.kind !== "string" || !schema || typeof schema !== "object") return sample(type);
  // A value of the document's that the spec's rules refuse (an empty default of a required query
  // parameter, which OpenAPI reads as no value) is not sent.
  const fits = (v: unknown): v is string => typeof v === "string" && v.length >= (type.minLength ?? 0);
  if (fits(schema.example)) return schema.example;
  if (fits(schema.default)) return schema.default;
  if (Array.isArray(schema.enum) && typeof schema.enum[0] === "string") return schema.enum[0];
  return formats[schema.format] ?? sample(type);
}

/** The call's arguments: each path parameter, then the required parameters at their places. */
function argumentsOf(
  op: TsOperation,
  declared: Record<string, any>[],
  properties: Record<string, any>,
): unknown[] {
  const schemaOf = (name: string) => declared.find((p) => p["name"] === name)?.["schema"] ?? properties[name];
  const params: Record<string, unknown> = {};
  for (const p of op.parameters.filter((p) => p.required)) {
    let node = params;
    p.tsPath.slice(0, -1).forEach((key) => (node = (node[key] ??= {}) as Record<string, unknown>));
    node[p.tsPath[p.tsPath.length - 1]!] = documentSample(schemaOf(p.wireName), p.type);
  }
  const body = op.requestBody;
  return [
    ...op.pathParameters.map((p) => documentSample(schemaOf(p.wireName), p.type)),
    ...(body === null
      ? []
      : [body.kind === "json" ? sample(body.type) : body.kind === "text" ? "x" : new Uint8Array([1, 2, 3])]),
    ...(op.hasParams ? [params] : []),
  ];
}

/** The parameters the document declares for an operation (path item's and its own, local refs followed: see `root`). */
function documentParameters(document: Record<string, any>, method: string, template: string): any[] {
  const item = document["paths"]?.[template] ?? {};
  return [...(item.parameters ?? []), ...(item[method.toLowerCase()]?.parameters ?? [])].map(resolve);
}

/** The properties of an operation's request body, as the document declares them (its first media type's). */
function documentBodyProperties(
  document: Record<string, any>,
  method: string,
  template: string,
): Record<string, any> {
  const body = resolve(document["paths"]?.[template]?.[method.toLowerCase()]?.["requestBody"]);
  const media = Object.values(body?.content ?? {})[0] as Record<string, any> | undefined;
  return resolve(media?.["schema"])?.properties ?? {};
}

/** A value for every credential option of the package's schemes. */
function credentials(schemes: readonly IrAuthScheme[]): Record<string, string> {
  const options = schemes.flatMap((s): string[] => {
    switch (s.kind) {
      case "basic":
        return s.credentials.flatMap((c) => [c.username.option, c.password.option]);
      case "bearer":
        return [s.token.option];
      case "apiKey":
        return [s.key.option];
      case "oauth2":
        return [s.token.option];
    }
  });
  return Object.fromEntries(options.map((option) => [option, "secret"]));
}

/** The statuses the document declares for the operation the request went to. */
function declaredStatuses(document: Record<string, any>, method: string, template: string): string[] {
  const responses = document["paths"]?.[template]?.[method.toLowerCase()]?.["responses"] ?? {};
  return Object.keys(responses);
}

const observed: Record<string, string[]> = {};
afterAll(() => {
  // Written for a reviewer comparing a changed expectation, never read by the test.
  if (Object.keys(observed).length === DOCUMENTS.length)
    writeFileSync(join(ROOT, "test/.tmp/example-warnings.json"), `${JSON.stringify(observed, null, 2)}\n`);
});

for (const name of DOCUMENTS) {
  describe.skipIf(!present)(name, () => {
    const file = join(EXAMPLES, name);
    let spec: string[] = [];
    let dir = "";
    let warnings: string[] = [];
    beforeAll(async () => {
      dir = tempDir("example-");
      const imported = await importDocument({ document: file, outDir: join(dir, "spec"), cwd: ROOT });
      if (!imported.ok) throw new Error(imported.diagnostics.map(formatDiagnostic).join("\n"));
      warnings = imported.diagnostics.map(
        (d) => `${d.file.replace(/^.*openapi-examples\//, "")}:${d.line}:${d.column} ${d.code}: ${d.message}`,
      );
      observed[name] = warnings;
      spec = imported.files.length ? findSpecs(join(dir, "spec")) : [];
    }, 120_000);

    it("imports as it is, with exactly the warnings listed", () => {
      const expected = JSON.parse(readFileSync(WARNINGS, "utf8")) as Record<string, string[]>;
      expect(warnings).toEqual(expected[name]);
    });

    describe("generated and called", () => {
      let api: Record<string, any> = {};
      let operations: TsOperation[] = [];
      let options: Record<string, string> = {};
      let prism: Prism;
      beforeAll(async () => {
        if (!spec.length) return;
        const generated = await generate({ specFiles: spec, outDir: join(dir, "pkg"), cwd: ROOT });
        if (!generated.ok) throw new Error(generated.diagnostics.map(formatDiagnostic).join("\n"));
        const prepared = prepare(await Promise.all(spec.map((f) => readSpecSource(f, ROOT))), {
          warnings: false,
        });
        if (!prepared.ok) throw new Error("the imported specs do not pass the check stage");
        const services = tsView(prepared.ir).ir.services;
        operations = services.flatMap((s) => s.resources.flatMap((r) => r.operations));
        models = new Map(
          services
            .flatMap((s) => [...s.models, ...s.resources.flatMap((r) => r.models)])
            .map((m) => [m.name, m]),
        );
        options = credentials(prepared.ir.auth.schemes);
        api = await import(pathToFileURL(join(dir, "pkg/dist/index.js")).href);
        if (operations.length) prism = await startPrism(file);
      }, 180_000);
      afterAll(() => prism?.close());

      it("type-checks strictly", () => {
        if (!spec.length) return;
        writeFileSync(
          join(dir, "pkg/tsconfig.strict.json"),
          JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: "NodeNext",
              moduleResolution: "NodeNext",
              strict: true,
              exactOptionalPropertyTypes: true,
              noUncheckedIndexedAccess: true,
              noEmit: true,
              lib: ["ES2022", "DOM"],
              types: [],
            },
            include: ["src"],
            exclude: ["src/mock"],
          }),
        );
        expect(tsc(join(dir, "pkg/tsconfig.strict.json"))).toBe("");
      }, 120_000);

      it("imports every operation of the document, or says at it why not", () => {
        const document = parse(readFileSync(file, "utf8")) as Record<string, any>;
        const imported = new Set(operations.map((op) => `${op.method} ${op.pathTemplate}`));
        const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
        const missing = Object.entries(document["paths"] ?? {})
          .flatMap(([path, item]: [string, any]) =>
            METHODS.filter((m) => item?.[m]).map((m) => `${m.toUpperCase()} ${path}`),
          )
          .filter((op) => !imported.has(op));
        // Each one left out is named by a warning at it (which example-warnings.json asserts).
        expect(
          missing.filter(
            (op) =>
              !warnings.some((w) => w.includes(`(${op}) is left out`) || w.includes(`${op} is left out`)),
          ),
        ).toEqual([]);
      });

      it("sends every operation's request as the document says, and gets a status it declares", async () => {
        const document = parse(readFileSync(file, "utf8")) as Record<string, any>;
        root = document;
        const problems: string[] = [];
        for (const op of operations) {
          if (PRISM_FAULTS[`${name} ${op.id}`]) continue;
          const sent: { status: number; violations: string; type: string }[] = [];
          const client = api["createClient"]({
            baseUrl: prism.url,
            ...options,
            // Prism says what it found in the answer itself (never in its log, which may come later):
            // request violations in `sl-violations`, its own errors as a problem type in the body.
            fetch: (async (url: string, init: RequestInit) => {
              const response = await fetch(url, init);
              const type =
                response.status >= 400 ? /"type":"([^"]*)"/.exec(await response.clone().text())?.[1] : "";
              sent.push({
                status: response.status,
                violations: response.headers.get("sl-violations") ?? "",
                type: type ?? "",
              });
              return response;
            }) as typeof fetch,
          });
          const before = prism.log().length;
          await api[op.functionName](
            client,
            ...argumentsOf(
              op,
              documentParameters(document, op.method, op.pathTemplate),
              documentBodyProperties(document, op.method, op.pathTemplate),
            ),
          ).catch(() => undefined);
          const log = prism.log().slice(before);
          const declared = declaredStatuses(document, op.method, op.pathTemplate);
          const status = sent[0]?.status;
          const twoHundreds = declared.filter((s) => /^2/.test(s));
          const fits =
            status !== undefined &&
            (twoHundreds.length
              ? twoHundreds.some((s) => s === String(status) || s === "2XX")
              : declared.includes(String(status)) ||
                declared.includes("default") ||
                // Prism's answer to a valid request of an operation that declares no response.
                (!declared.length &&
                  status === 500 &&
                  sent[0]!.type.endsWith("#NO_RESPONSE_RESPONSE_DEFINED")));
          const violated =
            sent.some((r) => r.type.endsWith("#UNPROCESSABLE_ENTITY")) ||
            sent.some((r) => /"location":\["request"/.test(r.violations));
          if (violated || !fits)
            problems.push(
              `${op.id} ${op.method} ${op.pathTemplate}: status ${status} (declared ${declared.join(", ")})\n${log}`,
            );
        }
        expect(problems).toEqual([]);
      }, 180_000);
    });
  });
}
