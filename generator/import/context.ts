/**
 * Import, shared state: the conventions an import is given, the report it fills, and the context
 * every builder reads (the document, the model table, the names already taken).
 */
import type { NodePath } from "../load/load.ts";
import type { RawModel, RawPackage, RawPagination, RawService, RawSpec } from "../load/spec-types.ts";
import type { JsonObject } from "./openapi.ts";
import type { Lifted } from "./phrases.ts";
import type { ModelTable } from "./schemas.ts";

/** What the document cannot say: the package, and the API's conventions (auth, errors, paging, local server). */
export interface Conventions {
  /** `{service}` in the name or description becomes the service name (kebab case in the name). */
  readonly package: RawPackage;
  readonly service: Omit<RawService, "name" | "baseUrl" | "version" | "pagination">;
  /**
   * How the API pages, as styles to recognise: a list operation takes the first whose shape its
   * response has (a field `nextUrlField` under `metaKey`, or beside the items without one).
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
}

/** A rule lifted from prose: where it went in the spec file, and the sentence it came from. */
export interface LiftNote {
  readonly path: NodePath;
  /** The phrase rule's kind, or `x-twilio.conditional` for a rule the document states as data. */
  readonly kind: Lifted["kind"] | "conditional";
  readonly sentence: string;
}

/** One imported resource: its file name, spec and lift notes. */
export interface ImportedSpec {
  readonly fileName: string;
  readonly spec: RawSpec;
  readonly notes: readonly LiftNote[];
}

/** What an import did, for the report. */
export interface ImportReport {
  operations: number;
  parameters: number;
  readonly lifted: Record<string, number>;
  readonly unlifted: { readonly where: string; readonly sentence: string }[];
}

/** What every builder of one import reads and fills. */
export interface Context {
  readonly root: JsonObject;
  readonly conventions: Conventions;
  readonly models: ModelTable;
  readonly report: ImportReport;
  readonly functions: Set<string>;
  readonly resources: Set<string>;
  /** Models made from inline response schemas. */
  readonly inlineModels: Map<string, RawModel>;
  /** Names the runtime and JavaScript take. */
  readonly reserved: ReadonlySet<string>;
  /** Reports a warning at a node of the document (what the import could not carry as the document says). */
  readonly warn: (path: NodePath, code: string, message: string, hint?: string) => void;
}

/**
 * A response: its model (a component, or one made from an inline schema); for a list, the key of
 * its items and how it pages (`none`: one response holds the whole list).
 */
export interface Response {
  readonly model: string | null;
  readonly listKey: string | null;
  readonly paging: RawPagination | "none" | null;
}

/** A parameter being built: the spec keys lifted rules are set on. */
export type MutableParameter = Record<string, unknown>;
