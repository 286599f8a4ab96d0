/**
 * The generated clients beside twilio-node, request for request: each sampled operation is called
 * through both, with the same arguments, against one capture server, and what reached the wire is
 * compared (see `exchanges.ts`). A list is compared on its first page and on the request for the
 * next page (the link the first page gives). twilio-node runs unchanged, its HTTP client pointed at
 * the capture server.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { TsIr, TsOperation, TsParameter, TsType } from "../../../generator/targets/ts/model.ts";
import { accessorTable, follow, type AccessorTable } from "./accessors.ts";
import { CaptureServer, type Exchange } from "./capture-server.ts";
import { answerFor, compareExchange } from "./exchanges.ts";
import { argumentsFor, clientParams, twilioNodeName, type Arguments } from "./values.ts";

const require = createRequire(import.meta.url);
export const ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
export const AUTH_TOKEN = "capture-token";
/** The OAuth2 access token the generated clients of OAuth2 APIs are given. */
export const ACCESS_TOKEN = "capture-access-token";

/** One operation's outcome: the differences found (none: the same requests), or why it was not compared. */
export interface Outcome {
  readonly document: string;
  readonly operation: string;
  readonly kind: string;
  /** Requests compared: 1, or 2 for a list (its first page and the next). */
  readonly requests: number;
  readonly differences: readonly string[];
  /** Parameters the sample left out, and why (a pattern no sample value matches, a rule it broke). */
  readonly left: readonly string[];
  /** Why the operation could not be compared (null when it was). */
  readonly skipped: string | null;
}

/** A generated package, its IR, and the operations of it to compare. */
export interface Target {
  readonly document: string;
  readonly ir: TsIr;
  /** The package folder (with `dist/`). */
  readonly packageDir: string;
  readonly operations: readonly TsOperation[];
}

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;
type Paged = { nextPage(options?: object): Promise<unknown> };
type Call = (...args: unknown[]) => Promise<unknown>;

/** Compares every target's operations; the capture server lives for the whole run. */
export async function compareWithTwilioNode(targets: readonly Target[]): Promise<Outcome[]> {
  const server = new CaptureServer();
  await server.start();
  try {
    const twilio = twilioNodeClient(server.origin);
    const out: Outcome[] = [];
    for (const target of targets) {
      const api = (await import(pathToFileURL(join(target.packageDir, "dist/index.js")).href)) as Api;
      // Basic credentials for the APIs that declare HTTP Basic, an access token for those that
      // declare OAuth2 (Organizations); each package reads the options of its own schemes.
      const client = (api["createClient"] as unknown as (o: object) => unknown)({
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        accessToken: ACCESS_TOKEN,
        baseUrl: server.origin,
      });
      const base = target.ir.services[0]!.baseUrl;
      const tables = new Map<string, { version: object; table: AccessorTable } | null>();
      for (const op of target.operations) {
        const prefix = `/${op.pathTemplate.split("/")[1]}`;
        if (!tables.has(prefix)) {
          const version = quietly(() => twilioNodeVersion(twilio, base, prefix.slice(1)));
          tables.set(prefix, version ? { version, table: quietly(() => accessorTable(version)) } : null);
        }
        const named = { document: target.document, operation: op.id, kind: op.kind };
        try {
          out.push({ ...named, ...(await compareOne(op, prefix, tables.get(prefix)!, api, client, server)) });
        } catch (error) {
          out.push({ ...named, requests: 0, differences: [], left: [], skipped: `failed: ${String(error)}` });
        }
      }
    }
    return out;
  } finally {
    await server.close();
  }
}

async function compareOne(
  op: TsOperation,
  prefix: string,
  twilio: { version: object; table: AccessorTable } | null,
  api: Api,
  client: unknown,
  server: CaptureServer,
): Promise<Omit<Outcome, "document" | "operation" | "kind">> {
  const skip = (skipped: string, left: readonly string[] = []) => ({
    requests: 0,
    differences: [],
    left,
    skipped,
  });
  if (!twilio) return skip(`twilio-node has no version object for ${prefix}`);
  const ways = twilio.table.get(op.pathTemplate.slice(prefix.length).replace(/\{[^}]+\}/g, "{}"));
  if (!ways) return skip("twilio-node has no resource at this path");
  const validate = api[
    `validate${op.functionName.charAt(0).toUpperCase()}${op.functionName.slice(1)}`
  ] as Call;
  const args = argumentsFor(op, (path, params) => validate(...path, params) as unknown as { path: string }[]);
  if (!args) return skip("no arguments the generated validator accepts could be made from the types");
  const pathValues = args.path.slice(0, op.pathParameters.length) as (string | number)[];
  const resources = ways.map((steps) => follow(twilio.version, steps, pathValues));
  const resource = resources.find((r) => twilioNodeMethod(op, r) !== null);
  if (!resource) return skip(`twilio-node's resource has no method for ${op.method}`, args.left);
  const method = twilioNodeMethod(op, resource)!;
  const paged = op.kind === "list" && op.paging !== null;
  const theirs = await run(server, op, async () => {
    const result = await (resource[method] as Call).call(resource, ...twilioNodeArguments(op, args));
    if (paged) await (result as Paged).nextPage();
  });
  const ours = await run(server, op, async () => {
    const params = op.paramsTypeName ? [clientParams(args.params)] : [];
    const result = await api[op.functionName]!(client, ...args.path, ...params, { maxRetries: 0 });
    if (paged) await (result as Paged).nextPage({ maxRetries: 0 });
  });
  const expected = paged ? 2 : 1;
  const differences: string[] = [];
  if (theirs.length !== expected || ours.length !== expected)
    differences.push(
      `requests: twilio-node sent ${theirs.length}, ours ${ours.length}, expected ${expected}`,
    );
  for (let i = 0; i < Math.min(theirs.length, ours.length); i++)
    differences.push(...compareExchange(op, theirs[i]!, ours[i]!).map((d) => (i ? `next page: ${d}` : d)));
  return { requests: Math.min(theirs.length, ours.length), differences, left: args.left, skipped: null };
}

/** One client's call, answered as the operation's API would (minimally); a rejected call still sent its requests. */
async function run(
  server: CaptureServer,
  op: TsOperation,
  call: () => Promise<unknown>,
): Promise<Exchange[]> {
  server.take();
  server.arm((request) => answerFor(op, request, server.origin));
  try {
    await call();
  } catch {
    // The answers are minimal ({} where a model is due): only the requests matter here.
  }
  return server.take();
}

/** Runs `work` without twilio-node's deprecation notices (looking for resources reads deprecated aliases). */
function quietly<T>(work: () => T): T {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return work();
  } finally {
    console.warn = warn;
  }
}

/** twilio-node with its HTTP client's requests sent to the capture server instead of Twilio. */
function twilioNodeClient(origin: string): object {
  const twilio = require("twilio") as (sid: string, token: string, options: object) => object;
  const RequestClient = require("twilio/lib/base/RequestClient") as new () => {
    request(opts: { uri: string }): Promise<unknown>;
  };
  class ToCaptureServer extends RequestClient {
    override request(opts: { uri: string }) {
      return super.request({ ...opts, uri: opts.uri.replace(/^https?:\/\/[^/]+/, origin) });
    }
  }
  return twilio(ACCOUNT_SID, AUTH_TOKEN, { httpClient: new ToCaptureServer() });
}

/** The twilio-node version object (`client.verify.v2`) of an API origin and its first path segment. */
function twilioNodeVersion(client: object, origin: string, segment: string): object | null {
  const Version = (require("twilio/lib/base/Version") as { default: new (...a: unknown[]) => object })
    .default;
  const getters = (o: object) => {
    const out: string[] = [];
    for (let p = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
      if (/Base$/.test(p.constructor.name) || p === Object.getPrototypeOf(client))
        for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (d.get) out.push(key);
    return out;
  };
  const named = (version: unknown) =>
    version instanceof Version && (version as { _version?: string })._version === segment ? version : null;
  for (const name of getters(client)) {
    const domain = (client as Record<string, unknown>)[name] as { baseUrl?: string } | undefined;
    if (domain?.baseUrl !== origin) continue;
    for (const key of getters(domain)) {
      const version = named((domain as Record<string, unknown>)[key]);
      if (version) return version;
    }
    // A version reached only through a resource of the domain itself (previewIam's organization).
    for (
      let p = Object.getPrototypeOf(domain);
      p && !/Base$/.test(p.constructor.name);
      p = Object.getPrototypeOf(p)
    )
      for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
        const version = d.get
          ? named(((domain as Record<string, unknown>)[key] as { _version?: unknown })?._version)
          : null;
        if (version) return version;
      }
  }
  return null;
}

/** The twilio-node method of an operation: by HTTP method, as twilio-node names them. */
function twilioNodeMethod(op: TsOperation, resource: Record<string, unknown>): string | null {
  const has = (m: string) => (typeof resource[m] === "function" ? m : null);
  switch (op.method) {
    case "GET":
      return op.kind === "list" ? has("page") : has("fetch");
    case "POST":
      return has("create") ?? has("update");
    case "PUT":
    case "PATCH":
      return has("update");
    case "DELETE":
      return has("remove");
    case "HEAD":
    case "OPTIONS":
      // twilio-node has no such methods (Twilio's documents declare none).
      return null;
  }
}

/**
 * twilio-node's arguments: its parameters object under its own names (a JSON body's properties
 * under their wire names, as it sends that object as the body), then, for a JSON body, the headers.
 */
function twilioNodeArguments(op: TsOperation, args: Arguments): unknown[] {
  const params: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const json = op.bodyEncoding === "json";
  for (const [p, value] of args.params) {
    if (json && p.location === "body") params[p.wireName] = wireValue(p.type, value);
    else if (json && p.location === "header") headers[p.wireName] = headerText(p, value);
    // A value the generated client sends as JSON text is the text twilio-node takes (or makes of an object).
    else
      params[twilioNodeName(p.wireName, op)] =
        p.encoding.kind === "json" ? JSON.stringify(wireValue(p.type, value)) : value;
  }
  // A JSON body taken whole is twilio-node's parameters, under the wire names (the sample took the union's first branch).
  const whole = op.requestBody;
  if (whole?.kind === "json") {
    const type = whole.type.kind === "union" ? whole.type.branches[0]!.type : whole.type;
    return [wireValue(type, args.path[op.pathParameters.length]), headers];
  }
  if (json) return [params, headers];
  return Object.keys(params).length || op.paramsRequired ? [params] : [];
}

/** A value as the API's JSON holds it: object fields under their wire names (twilio-node sends what it is given). */
function wireValue(type: TsType, value: unknown): unknown {
  if (type.kind === "array" && Array.isArray(value)) return value.map((item) => wireValue(type.items, item));
  if (type.kind === "object" && value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const f of type.fields) {
      const v = (value as Record<string, unknown>)[f.tsName];
      if (v !== undefined) out[f.wireName] = wireValue(f.type, v);
    }
    return out;
  }
  return value;
}

function headerText(p: TsParameter, value: unknown): string {
  return p.encoding.kind === "json" ? JSON.stringify(value) : String(value);
}
