/**
 * Import, shared state: the conventions an import is given, the report it fills, and the context
 * every builder reads (the document, the model table, the names already taken).
 */
import type { NodePath } from "../load/load.ts";
import type { RawModel, RawOperation, RawPagination, RawSpec, RawTypeExpr } from "../load/spec-types.ts";
import type { Conventions } from "./conventions.ts";
import type { ImportedSecurity } from "./security.ts";
import type { JsonObject } from "./openapi.ts";
import type { Lifted } from "./phrases.ts";
import type { ModelTable } from "./schemas.ts";

/** A rule lifted from prose: where it went in the spec file, and the sentence it came from. */
export interface LiftNote {
  readonly path: NodePath;
  /** The phrase rule's kind, or `conditional` for a rule the document states as data (in its vendor extension). */
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
  /** Lists imported with `pagination: none` because no declared paging style fits: they read one page. */
  readonly unpaged: string[];
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
  /** An operation's own security, where it differs from the service's default. */
  readonly security: ImportedSecurity["security"];
}

/**
 * A response: its model (a component, or one made from an inline schema); for a list, the key of
 * its items and how it pages (`none`: one response holds the whole list).
 */
export interface Response {
  readonly model: string | null;
  /** The body's type when it is not one model (an array, a scalar, a map), or null. */
  readonly type: RawTypeExpr | null;
  readonly listKey: string | null;
  readonly paging: RawPagination | "none" | null;
  /** The operation's spec keys for its success bodies: `response`, `responses`, or neither (no body). */
  readonly answers: Pick<RawOperation, "response" | "responses">;
}

/** A parameter being built: the spec keys lifted rules are set on. */
export type MutableParameter = Record<string, unknown>;
