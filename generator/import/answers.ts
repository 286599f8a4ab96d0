/**
 * Import, success answers: what each 2xx status of an operation answers, read from its `content`:
 * no body, JSON (by a JSON media type; `nullable: true`, `type: [.., "null"]` or a null member of an
 * `anyOf`/`oneOf` make it nullable), text (`text/*`, XML) or binary (any other media type,
 * `format: binary`, `contentMediaType`). A status offering several media types keeps one (JSON, else
 * the first the document lists), and a media type the client does not decode (a form, multipart)
 * is answered as its bytes, each with a positioned warning.
 */
import type { NodePath } from "../load/load.ts";
import type { RawContentBody } from "../load/spec-types.ts";
import type { Context } from "./context.ts";
import { deref, isObject, type Json, type JsonObject } from "./openapi.ts";
import type { DocOperation } from "./resources.ts";
import { isNullSchema } from "./schemas.ts";

/** What one success status answers, as the document declares it. */
export type StatusContent =
  | { readonly status: number; readonly kind: "none" }
  | {
      readonly status: number;
      readonly kind: "json";
      /** The schema without its nullability (a copy where the document's had `null` in it). */
      readonly schema: Json;
      /** Where the schema is written (its media type's `schema`). */
      readonly at: NodePath;
      readonly nullable: boolean;
    }
  | { readonly status: number; readonly kind: "text" | "binary"; readonly mediaType: string | null };

// `undecoded`: a form or multipart body, which the client returns as its bytes.
type Kind = "json" | "text" | "binary" | "undecoded";

/** Each status's content, in the order given; warnings for what a status's content cannot carry. */
export function statusContents(op: DocOperation, statuses: readonly number[], ctx: Context): StatusContent[] {
  const responses = isObject(op.operation["responses"]) ? op.operation["responses"] : {};
  const base: NodePath = ["paths", op.path.path, op.method.toLowerCase(), "responses"];
  return statuses.map((status): StatusContent => {
    const response = deref(ctx.root, responses[String(status)]);
    const content = isObject(response) ? response["content"] : undefined;
    const at = [...base, String(status), "content"];
    if (!isObject(content) || Object.keys(content).length === 0) return { status, kind: "none" };
    const offered = Object.keys(content).map((mediaType) => {
      const media = content[mediaType];
      const schema = isObject(media) ? deref(ctx.root, media["schema"]) : undefined;
      return {
        mediaType,
        schema: isObject(media) ? media["schema"] : undefined,
        kind: kindOf(mediaType, schema),
      };
    });
    // JSON where offered, else the first media type a body kind carries, as the document orders them.
    const chosen =
      offered.find((o) => o.kind === "json") ?? offered.find((o) => o.kind !== "undecoded") ?? offered[0]!;
    const left = offered.filter((o) => o !== chosen).map((o) => o.mediaType);
    if (chosen.kind === "undecoded")
      ctx.warn(
        at,
        "response-content-as-bytes",
        `HTTP ${status}'s body (${chosen.mediaType}) is answered as its bytes: the client decodes JSON and text, not a form or multipart body`,
        "read the parts from the bytes, or write the spec's 'responses' by hand",
      );
    if (left.length)
      ctx.warn(
        at,
        "response-media-type-not-carried",
        `HTTP ${status} offers ${offered.length} media types; the spec keeps ${chosen.mediaType} and leaves out ${left.join(", ")}`,
        "the client asks for the kept one in Accept",
      );
    if (chosen.kind === "json") {
      const { schema, nullable } = nullableOf(ctx.root, chosen.schema ?? {});
      return { status, kind: "json", schema, at: [...at, chosen.mediaType, "schema"], nullable };
    }
    const kind = chosen.kind === "undecoded" ? "binary" : chosen.kind;
    return { status, kind, mediaType: mediaTypeOf(chosen.mediaType) };
  });
}

/** A text or binary body of the spec, its media type left out where it is the default. */
export function contentBody(kind: "text" | "binary", mediaType: string | null): RawContentBody {
  const fallback = kind === "text" ? "text/plain" : "application/octet-stream";
  return mediaType === null || mediaType === fallback ? { content: kind } : { content: kind, mediaType };
}

// Which body kind a media type (and its schema) is.
function kindOf(mediaType: string, schema: Json | undefined): Kind {
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  const binarySchema =
    isObject(schema) && (schema["format"] === "binary" || typeof schema["contentMediaType"] === "string");
  if (/(^|[/+])json$/.test(type) || type === "application/json") return "json";
  if (type === "*/*") return binarySchema || !isObject(schema) ? "binary" : "json";
  if (type === "application/x-www-form-urlencoded" || type.startsWith("multipart/")) return "undecoded";
  if (binarySchema) return "binary";
  if (type.startsWith("text/") || /(^|[/+])xml$/.test(type)) return "text";
  return "binary";
}

// The media type as the spec writes one (parameters dropped), or null where it has no such form (`*/*`).
function mediaTypeOf(mediaType: string): string | null {
  const type = mediaType.split(";")[0]!.trim();
  return /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+*-]+$/.test(type) ? type : null;
}

/**
 * A JSON schema without its nullability, and whether it had one: `nullable: true` (3.0), `null`
 * among `type`s (3.1), or a null member of an `anyOf` or `oneOf` (`isNullSchema`).
 */
export function nullableOf(root: JsonObject, schema: Json): { schema: Json; nullable: boolean } {
  // A reference keeps its component (its name and model): only the schema written here is read.
  const target = schema;
  if (!isObject(target) || typeof target["$ref"] === "string") return { schema, nullable: false };
  const types = target["type"];
  if (target["nullable"] === true || (Array.isArray(types) && types.includes("null"))) {
    const { nullable: _, ...rest } = target;
    const left = Array.isArray(types) ? types.filter((t) => t !== "null") : null;
    return {
      schema:
        left === null
          ? rest
          : { ...rest, ...(left.length === 1 ? { type: left[0]! } : left.length ? { type: left } : {}) },
      nullable: true,
    };
  }
  for (const key of ["anyOf", "oneOf"]) {
    const members = target[key];
    if (!Array.isArray(members)) continue;
    const other = members.filter((m) => !isNullSchema(deref(root, m)));
    if (other.length === members.length || other.length === 0) continue;
    // One other member is the schema; several stay a union of their own, without the null.
    return { schema: other.length === 1 ? other[0]! : { ...target, [key]: other }, nullable: true };
  }
  return { schema, nullable: false };
}
