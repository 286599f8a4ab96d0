/**
 * Compares our OpenAPI document with Twilio's official one, operation by operation, and lists every
 * difference as one line of text: things that disagree, and things ours says that the official one
 * does not (constraints stated only in prose there, conditional rules, error responses).
 */
type Json = Record<string, unknown>;

const METHODS = ["get", "post", "put", "patch", "delete"];

function deref(doc: Json, value: unknown): Json {
  let node = value as Json;
  for (let i = 0; i < 10 && node && typeof node["$ref"] === "string"; i++) {
    node = (node["$ref"] as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((n, key) => (n as Json)[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc) as Json;
  }
  return node ?? {};
}

function operations(
  doc: Json,
  ids: ReadonlySet<string> | null,
): Map<string, { path: string; method: string; op: Json }> {
  const out = new Map<string, { path: string; method: string; op: Json }>();
  for (const [path, item] of Object.entries(doc["paths"] as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (op && (!ids || ids.has(op["operationId"] as string)))
        out.set(op["operationId"] as string, { path, method, op });
    }
  }
  return out;
}

interface Param {
  readonly schema: Json;
  readonly required: boolean;
}

function parameters(doc: Json, op: Json, where: "path" | "query"): Map<string, Param> {
  const list = ((op["parameters"] as Json[] | undefined) ?? [])
    .map((p) => deref(doc, p))
    .filter((p) => p["in"] === where);
  return new Map(
    list.map((p) => [
      p["name"] as string,
      { schema: deref(doc, p["schema"]), required: p["required"] === true },
    ]),
  );
}

function body(doc: Json, op: Json): { props: Map<string, Json>; required: string[]; schema: Json } {
  const content = ((op["requestBody"] as Json | undefined)?.["content"] as Json | undefined) ?? {};
  const media = (content["application/x-www-form-urlencoded"] ?? content["application/json"]) as
    Json | undefined;
  const schema = deref(doc, media?.["schema"] ?? {});
  const props = new Map(
    Object.entries((schema["properties"] as Json | undefined) ?? {}).map(([k, v]) => [k, deref(doc, v)]),
  );
  return { props, required: [...((schema["required"] as string[] | undefined) ?? [])].sort(), schema };
}

function successStatuses(op: Json): string[] {
  return Object.keys(op["responses"] as Json)
    .filter((s) => /^2\d\d$/.test(s))
    .sort();
}

/** Property names of the success response (for a list: of its items and of its meta block). */
function responseFields(doc: Json, op: Json): string[] {
  const status = successStatuses(op)[0];
  const content = (((op["responses"] as Json)[status!] as Json)["content"] as Json | undefined) ?? {};
  const schema = deref(doc, (content["application/json"] as Json | undefined)?.["schema"]);
  const props = (schema["properties"] as Json | undefined) ?? {};
  const out: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    const resolved = deref(doc, value);
    const type = resolved["type"];
    const isArray = type === "array" || (Array.isArray(type) && type.includes("array"));
    const items = isArray ? deref(doc, resolved["items"]) : null;
    if (items)
      out.push(...Object.keys((items["properties"] as Json | undefined) ?? {}).map((f) => `${name}[].${f}`));
    else if (resolved["properties"])
      out.push(...Object.keys(resolved["properties"] as Json).map((f) => `${name}.${f}`));
    else out.push(name);
  }
  return out.sort();
}

const CONSTRAINTS = [
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "contentEncoding",
  "contentMediaType",
  "default",
];

function compareSchemas(label: string, ours: Json, theirs: Json, out: string[]): void {
  const ourEnum = (ours["enum"] as unknown[] | undefined)
    ?.filter((v) => v !== null)
    .map(String)
    .sort();
  const theirEnum = (theirs["enum"] as unknown[] | undefined)?.map(String).sort();
  if (JSON.stringify(ourEnum) !== JSON.stringify(theirEnum))
    out.push(
      `${label}: enum ${JSON.stringify(ourEnum ?? null)}, official ${JSON.stringify(theirEnum ?? null)}`,
    );
  for (const key of CONSTRAINTS) {
    if (JSON.stringify(ours[key]) === JSON.stringify(theirs[key])) continue;
    out.push(
      `${label}: ${key} ${JSON.stringify(ours[key] ?? null)}, official ${JSON.stringify(theirs[key] ?? null)}`,
    );
  }
}

function compareSets(label: string, ours: Iterable<string>, theirs: Iterable<string>, out: string[]): void {
  const a = new Set(ours);
  const b = new Set(theirs);
  for (const x of a) if (!b.has(x)) out.push(`${label}: ${x} only in ours`);
  for (const x of b) if (!a.has(x)) out.push(`${label}: ${x} only in the official document`);
}

/** Every difference between the two documents over the operations ours defines. */
export function differences(ours: Json, official: Json): string[] {
  const out: string[] = [];
  const mine = operations(ours, null);
  const theirs = operations(official, new Set(mine.keys()));
  for (const [id, a] of mine) {
    const b = theirs.get(id);
    if (!b) {
      out.push(`${id}: missing from the official document`);
      continue;
    }
    if (a.path !== b.path || a.method !== b.method)
      out.push(`${id}: ${a.method.toUpperCase()} ${a.path}, official ${b.method.toUpperCase()} ${b.path}`);
    compareSets(`${id} tags`, a.op["tags"] as string[], b.op["tags"] as string[], out);
    compareSets(`${id} success status`, successStatuses(a.op), successStatuses(b.op), out);
    compareSets(`${id} response fields`, responseFields(ours, a.op), responseFields(official, b.op), out);
    for (const where of ["path", "query"] as const) {
      const pa = parameters(ours, a.op, where);
      const pb = parameters(official, b.op, where);
      compareSets(`${id} ${where} parameters`, pa.keys(), pb.keys(), out);
      for (const [name, p] of pa) {
        const q = pb.get(name);
        if (!q) continue;
        if (p.required !== q.required)
          out.push(`${id} ${where} ${name}: required ${p.required}, official ${q.required}`);
        compareSchemas(`${id} ${where} ${name}`, p.schema, q.schema, out);
      }
    }
    const ba = body(ours, a.op);
    const bb = body(official, b.op);
    compareSets(`${id} body parameters`, ba.props.keys(), bb.props.keys(), out);
    if (JSON.stringify(ba.required) !== JSON.stringify(bb.required))
      out.push(
        `${id} body required: ${JSON.stringify(ba.required)}, official ${JSON.stringify(bb.required)}`,
      );
    for (const [name, schema] of ba.props) {
      const theirsSchema = bb.props.get(name);
      if (theirsSchema) compareSchemas(`${id} body ${name}`, schema, theirsSchema, out);
    }
    if (ba.schema["allOf"]) out.push(`${id} body: conditional rules (allOf if/then) only in ours`);
    if (ba.schema["x-resource-state-rules"])
      out.push(`${id} body: rules on the stored resource (x-resource-state-rules) only in ours`);
  }
  return out.sort();
}
