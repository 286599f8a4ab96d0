/**
 * Import, resources: groups a document's paths into resources (a list path and the instance path
 * below it, or a path alone), using what the conventions' vendor extension declares (a path's kind,
 * a resource's name) where the document has it, and classifies each operation (create, fetch, list, update, delete, action).
 */
import { isReservedWord } from "../targets/ts/naming.ts";
import { camelCase, pascalCase } from "../naming.ts";
import type { HttpMethod, OperationKind } from "../load/spec-types.ts";
import { declaredPathKind, declaredResourceName, type Conventions } from "./conventions.ts";
import { deref, isObject, METHODS, type Json, type JsonObject } from "./openapi.ts";

/** One path of the document with its item. */
export interface DocPath {
  readonly path: string;
  readonly item: JsonObject;
  readonly type: "list" | "instance";
  /** The resource name the document's vendor extension gives the path, PascalCase, or null. */
  readonly declaredName: string | null;
}

/** A resource's paths: a list path, an instance path, or both. */
export interface PathGroup {
  readonly list: DocPath | null;
  readonly instance: DocPath | null;
}

/** One operation of a group, before conversion. */
export interface DocOperation {
  readonly path: DocPath;
  readonly method: HttpMethod;
  readonly operation: JsonObject;
  readonly pathKind: "list" | "instance";
}

// Some APIs end every path in `.json`; pairing compares paths without it.
const base = (path: string) => path.replace(/\.json$/, "");

/** The paths of the document (those under `prefix`, when given), grouped into resources in path order. */
export function groupPaths(paths: JsonObject, prefix: string | null, conventions: Conventions): PathGroup[] {
  const all: DocPath[] = Object.entries(paths)
    // A path with no operation is no resource's path (nor a list's partner).
    .filter(
      ([path, item]) =>
        isObject(item) &&
        METHODS.some((m) => isObject((item as JsonObject)[m])) &&
        (prefix === null || path.startsWith(prefix)),
    )
    .map(([path, item]) => {
      const declared = declaredPathKind(item as JsonObject, conventions);
      const type = declared ?? (base(path).endsWith("}") ? "instance" : "list");
      const name = declaredResourceName(item as JsonObject, conventions);
      return { path, item: item as JsonObject, type, declaredName: name ? pascalCase(name) || null : null };
    });
  const lists = new Map(all.filter((p) => p.type === "list").map((p) => [base(p.path), p]));
  const paired = new Set<DocPath>();
  const groups: PathGroup[] = [];
  for (const p of all) {
    if (p.type !== "instance") continue;
    const parent = lists.get(base(p.path).replace(/\/\{[^}/]+\}$/, ""));
    if (parent && base(p.path) !== base(parent.path) && !paired.has(parent)) {
      paired.add(parent);
      paired.add(p);
      groups.push({ list: parent, instance: p });
    }
  }
  for (const p of all)
    if (!paired.has(p))
      groups.push(p.type === "list" ? { list: p, instance: null } : { list: null, instance: p });
  const first = (g: PathGroup) => (g.list ?? g.instance)!.path;
  return groups.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

/** The operations of a group, list path first, in method order. */
export function operationsOf(group: PathGroup): DocOperation[] {
  const out: DocOperation[] = [];
  for (const [path, pathKind] of [
    [group.list, "list"],
    [group.instance, "instance"],
  ] as const) {
    if (!path) continue;
    for (const key of METHODS) {
      const operation = path.item[key];
      if (isObject(operation))
        out.push({ path, method: key.toUpperCase() as HttpMethod, operation, pathKind });
    }
  }
  return out;
}

/** The kind of an operation, from its method and path; `paged` says whether its response is a page. */
export function kindOf(op: DocOperation, paged: boolean): OperationKind {
  // HEAD and OPTIONS are named actions: the kinds name what GET, POST... do to a resource.
  if (op.method === "HEAD" || op.method === "OPTIONS") return "action";
  if (op.pathKind === "list") {
    if (op.method === "GET") return paged ? "list" : "fetch";
    return op.method === "POST" ? "create" : "action";
  }
  if (op.method === "GET") return "fetch";
  if (op.method === "DELETE") return "delete";
  return "update";
}

/** The literal segments of a path (placeholders and the `.json` suffix left out). */
export function literalSegments(path: string): string[] {
  return base(path)
    .split("/")
    .filter((s) => s && !s.includes("{"));
}

/** A camelCase function name from an operation id (`UpdateChallengePasskeys` -> `updateChallengePasskeys`). */
export function functionNameFromId(id: string): string {
  const name = camelCase(id);
  // A reserved word (`export`, `delete`) can name no function: it is called as the rest are not.
  return /^[a-z]/.test(name) && !isReservedWord(name) ? name : `call${pascalCase(id)}`;
}

/**
 * The success statuses of an operation, in order: its 2xx ones, else (an operation the API answers
 * with a redirect by design, such as an OAuth authorize endpoint) its 3xx ones; 200 when the
 * document gives neither.
 */
export function successStatuses(operation: JsonObject): number[] {
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  const of = (pattern: RegExp) =>
    Object.keys(responses)
      .filter((s) => pattern.test(s))
      .map(Number)
      .sort((a, b) => a - b);
  const ok = of(/^2\d\d$/);
  const redirects = of(/^3\d\d$/).filter((s) => s !== 304);
  return ok.length ? ok : redirects.length ? redirects : [200];
}

/** The JSON schema of an operation's first success response with a body (`$ref`s followed), or null. */
export function responseSchema(operation: JsonObject, root: JsonObject): Json | null {
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  for (const status of successStatuses(operation).map(String)) {
    const response = deref(root, responses[status]);
    const content = isObject(response) ? response["content"] : undefined;
    if (!isObject(content)) continue;
    const media = Object.keys(content).find((m) => /json/.test(m));
    const schema = media && isObject(content[media]) ? (content[media] as JsonObject)["schema"] : undefined;
    if (schema !== undefined) return schema;
  }
  return null;
}
