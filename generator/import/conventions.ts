/**
 * The conventions reader: what an API does beyond what its OpenAPI documents state (credentials,
 * the error body, paging, how the local server imitates it, the vendor extension its documents
 * carry), read from a conventions file with positioned diagnostics. The rest of the importer asks
 * this module what a vendor extension declares; no other module knows an extension's name.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { loadFile, locate, pathText, type NodePath } from "../load/load.ts";
import type {
  RawBasicAuth,
  RawCredential,
  RawModel,
  RawPackage,
  RawPagination,
  RawService,
} from "../load/spec-types.ts";
import { isObject, type JsonObject } from "./openapi.ts";
import { checkPagingConventions } from "./paging.ts";

/** What the document cannot say: the package, and the API's conventions (auth, errors, paging, local server). */
export interface Conventions {
  /** `{service}` in the name or description becomes the service name (kebab case in the name). */
  readonly package: RawPackage;
  readonly service: Omit<RawService, "name" | "baseUrl" | "version" | "pagination" | "auth">;
  /**
   * The createClient options of each kind of security scheme the documents declare (which
   * schemes exist, and which operations need them, the documents say).
   */
  readonly auth?: AuthConventions;
  /**
   * How the API pages, as styles to recognise (OpenAPI has no standard, so none is inferred): a
   * list operation takes the first whose shape its response has (the field the style reads, under
   * `metaKey` or beside the items without one; a declared `Link` header for `linkHeader`).
   */
  readonly pagination?: readonly RawPagination[];
  /** Models the files carry (the error body, and the page metadata of the styles a document uses). */
  readonly models: readonly RawModel[];
  /**
   * Schema formats of object parameters that travel as dotted keys: `format` is a regular
   * expression over the schema's `format`, and `keyPrefix` the prefix, where `$1` stands for its
   * first group (`prefixed-collapsible-map-AddOns` -> `AddOns`).
   */
  readonly dottedFormats?: readonly { readonly format: string; readonly keyPrefix: string }[];
  /** A regular expression matching the vendor's prefix of the document title, left out of the service name. */
  readonly titlePrefix?: string;
  /** The vendor extension the documents carry on path items and operations, and what its fields mean. */
  readonly extension?: VendorExtension;
}

/** The options, environment variables and descriptions of each kind of scheme; defaults where not given. */
export interface AuthConventions {
  /** Every HTTP Basic scheme: its credential pairs, the preferred first. */
  readonly basic?: { readonly credentials: RawBasicAuth["credentials"] };
  /** Every HTTP Bearer scheme: the token's option. */
  readonly bearer?: { readonly token: RawCredential };
  /** Every API key scheme: the key's option. */
  readonly apiKey?: { readonly key: RawCredential };
  /** Every OAuth2 scheme: the access token's option and, for a client-credentials flow, how the client fetches tokens. */
  readonly oauth2?: {
    readonly token?: RawCredential;
    readonly clientCredentials?: {
      readonly clientId: RawCredential;
      readonly clientSecret: RawCredential;
      readonly clientAuthentication?: "basic" | "body";
      readonly scopes?: readonly string[];
      readonly tokenUrlOption?: string;
    };
  };
}

/** A vendor extension (`x-acme`) and the fields of it the importer reads. */
export interface VendorExtension {
  /** The extension's key on path items and operations. */
  readonly name: string;
  /** Its field on a path item that says whether the path is a `list` or an `instance` path. */
  readonly pathKind?: string;
  /** Its fields on a path item that name the resource, in order of preference. */
  readonly resourceName?: readonly string[];
  /** Its field on an operation: groups of parameter names of which at least one must be given. */
  readonly atLeastOneOf?: string;
}

/**
 * Conventions for an API the importer knows nothing about: an error body with a message, no paging,
 * and the default options of each kind of security scheme (`username`/`password`, `token`,
 * `apiKey`, `accessToken`, `clientId`/`clientSecret`/`tokenUrl`).
 */
export const GENERIC_CONVENTIONS: Conventions = {
  package: {
    name: "{service}-client",
    version: "0.1.0",
    license: "UNLICENSED",
    description: "A client for the {service} API.",
  },
  service: {
    errors: { model: "ApiErrorBody", messageField: "message" },
  },
  models: [
    {
      name: "ApiErrorBody",
      description: "The body of an error response.",
      fields: [{ name: "message", type: "string", nullable: true, description: "What went wrong." }],
    },
  ],
};

const KEYS = new Set([
  "package",
  "service",
  "auth",
  "pagination",
  "models",
  "dottedFormats",
  "titlePrefix",
  "extension",
]);
const EXTENSION_KEYS = new Set(["name", "pathKind", "resourceName", "atLeastOneOf"]);

/**
 * Reads a conventions file. Its shape is checked here where only this file can say what is wrong
 * (unknown keys, the extension, regular expressions); the parts that become spec keys are checked
 * again, with the spec format's own rules, in the specs the import writes.
 */
export function readConventions(
  file: string,
  text: string,
): { conventions?: Conventions; diagnostics: Diagnostic[] } {
  const { loaded, diagnostics } = loadFile(file, text);
  if (!loaded) return { diagnostics };
  const problems: Diagnostic[] = [];
  const report = (path: NodePath, message: string, at: "value" | "key" = "value") =>
    problems.push({
      code: "invalid-conventions",
      severity: "error",
      message: path.length ? `${pathText(path)} ${message}` : message,
      file: loaded.file,
      ...locate(loaded, path, at),
      path: pathText(path),
    });
  const value = loaded.value;
  if (!isObject(value)) {
    report([], "must be a mapping of package, service, models and the optional keys");
    return { diagnostics: problems };
  }
  for (const key of Object.keys(value))
    if (!KEYS.has(key)) report([key], `is not a conventions key (${[...KEYS].join(", ")})`, "key");
  for (const key of ["package", "service"]) if (!isObject(value[key])) report([key], "must be a mapping");
  if (isObject(value["service"]) && value["service"]["auth"] !== undefined)
    report(
      ["service", "auth"],
      "is no longer read: the documents declare their security schemes; give each kind's options under the top-level auth (basic, bearer, apiKey, oauth2)",
      "key",
    );
  const auth = value["auth"];
  if (auth !== undefined && !isObject(auth))
    report(["auth"], "must be a mapping of basic, bearer, apiKey and oauth2");
  if (isObject(auth))
    for (const key of Object.keys(auth))
      if (!["basic", "bearer", "apiKey", "oauth2"].includes(key))
        report(["auth", key], "is not a kind of scheme (basic, bearer, apiKey, oauth2)", "key");
  if (!Array.isArray(value["models"])) report(["models"], "must be a list of models");
  checkPagingConventions(value["pagination"], value["models"], report);
  checkRegex(value["titlePrefix"], ["titlePrefix"], report);
  const dotted = value["dottedFormats"];
  if (dotted !== undefined && !Array.isArray(dotted)) report(["dottedFormats"], "must be a list");
  if (Array.isArray(dotted))
    dotted.forEach((d, i) => {
      if (!isObject(d) || typeof d["keyPrefix"] !== "string")
        report(["dottedFormats", i], "must have a format and a keyPrefix");
      else checkRegex(d["format"], ["dottedFormats", i, "format"], report, true);
    });
  checkExtension(value["extension"], report);
  return problems.length
    ? { diagnostics: problems }
    : { conventions: value as unknown as Conventions, diagnostics: [] };
}

type Report = (path: NodePath, message: string, at?: "value" | "key") => void;

function checkRegex(value: unknown, path: NodePath, report: Report, required = false): void {
  if (value === undefined && !required) return;
  if (typeof value !== "string") return report(path, "must be a regular expression (a string)");
  try {
    new RegExp(value, "u");
  } catch (error) {
    report(path, `is not a valid regular expression: ${(error as Error).message}`);
  }
}

function checkExtension(value: unknown, report: Report): void {
  if (value === undefined) return;
  if (!isObject(value)) return report(["extension"], "must be a mapping with the extension's name");
  for (const key of Object.keys(value))
    if (!EXTENSION_KEYS.has(key))
      report(["extension", key], `is not an extension key (${[...EXTENSION_KEYS].join(", ")})`, "key");
  if (typeof value["name"] !== "string" || !/^x-[\w.-]+$/.test(value["name"]))
    report(["extension", "name"], "must be the extension's key, starting with x-");
  for (const key of ["pathKind", "atLeastOneOf"])
    if (value[key] !== undefined && (typeof value[key] !== "string" || value[key] === ""))
      report(["extension", key], "must be a field name");
  const names = value["resourceName"];
  if (names !== undefined && (!Array.isArray(names) || !names.every((n) => typeof n === "string" && n)))
    report(["extension", "resourceName"], "must be a list of field names");
}

/** The vendor extension's object on a path item or operation, or null. */
function extensionOf(node: JsonObject, conventions: Conventions): JsonObject | null {
  const name = conventions.extension?.name;
  const ext = name === undefined ? undefined : node[name];
  return isObject(ext) ? ext : null;
}

/** What the extension says a path is (`list` or `instance`), or null when it says nothing. */
export function declaredPathKind(item: JsonObject, conventions: Conventions): "list" | "instance" | null {
  const field = conventions.extension?.pathKind;
  const kind = field === undefined ? undefined : extensionOf(item, conventions)?.[field];
  return kind === "list" || kind === "instance" ? kind : null;
}

/** The resource name the extension gives a path item (its first non-empty name field), or null. */
export function declaredResourceName(item: JsonObject, conventions: Conventions): string | null {
  const ext = extensionOf(item, conventions);
  for (const field of conventions.extension?.resourceName ?? []) {
    const name = ext?.[field];
    if (typeof name === "string" && name) return name;
  }
  return null;
}

/**
 * The groups of parameter names of which the extension says at least one must be given, as the
 * document writes them, with where they were read (`x-acme.conditional`) for the import's notes.
 */
export function declaredAtLeastOneOf(
  operation: JsonObject,
  conventions: Conventions,
): { readonly groups: readonly unknown[]; readonly source: string } {
  const field = conventions.extension?.atLeastOneOf;
  const groups = field === undefined ? undefined : extensionOf(operation, conventions)?.[field];
  return {
    groups: Array.isArray(groups) ? groups : [],
    source: `${conventions.extension?.name ?? ""}.${field ?? ""}`,
  };
}

/** The document's title without the vendor's prefix the conventions name. */
export function serviceTitle(title: string, conventions: Conventions): string {
  return conventions.titlePrefix ? title.replace(new RegExp(conventions.titlePrefix, "u"), "") : title;
}
