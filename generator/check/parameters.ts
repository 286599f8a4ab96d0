/** Check stage, parameters: unique wire names, encodings and "exactly one of" groups. */
import type { NodePath } from "../load/load.ts";
import type { RawOperation, RawTypeExpr } from "../load/spec-types.ts";
import { resolveEncoding } from "../resolve/encoding.ts";
import { splitWords } from "../naming.ts";
import type { FileContext } from "./meaning.ts";

/** The headers every request's transport sets itself, and from what: a parameter could never set them. */
export const CLIENT_HEADERS: ReadonlyMap<string, string> = new Map([
  ["authorization", "from the client's credentials"],
  ["accept", "as application/json"],
  ["content-type", "from the body's encoding"],
  ["user-agent", "from the package name and the userAgent option"],
  ["cookie", "from the client's cookie credentials"],
]);

/** An HTTP token (RFC 9110): what a header or cookie name may be. */
export const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Whether a client name can be made of a wire name: its words, the first starting with a letter
 * (with `nests`, of each dot-separated part, as a query's or form's dotted names nest).
 */
export function derivable(wireName: string, nests = true): boolean {
  return (nests ? wireName.split(".") : [wireName]).every((part) =>
    /^[A-Za-z]/.test(splitWords(part)[0] ?? ""),
  );
}

/** Checks the parameter list of one operation (types and conditions are checked by the caller). */
export function checkParameters(op: RawOperation, path: NodePath, ctx: FileContext): void {
  const { report, where } = ctx;
  const params = op.parameters ?? [];
  const body = op.body ?? "form";
  const byWire = new Map<string, NodePath>();
  params.forEach((param, i) => {
    const pp = [...path, "parameters", i];
    const earlier = byWire.get(param.name);
    if (earlier) {
      report(
        [...pp, "name"],
        "duplicate-wire-name",
        `parameter '${param.name}' is already defined at ${where(earlier)}`,
      );
      return;
    }
    byWire.set(param.name, [...pp, "name"]);
    if (param.in === "body" && body === "json" && param.name.includes(".")) {
      report(
        [...pp, "name"],
        "dotted-json-property",
        `'${param.name}' is a property of a JSON body, where dots do not nest`,
        { hint: "describe nesting with type object and fields" },
      );
    }
    const own = CLIENT_HEADERS.get(param.name.toLowerCase());
    if (param.in === "header" && own !== undefined)
      report(
        [...pp, "name"],
        "header-set-by-client",
        `the client sets the ${param.name} header itself (${own})`,
        {
          hint: "leave the parameter out",
        },
      );
    if (param.in === "body" && (op.method === "GET" || op.method === "HEAD" || op.method === "OPTIONS"))
      report(
        [...pp, "in"],
        "body-on-get",
        `${op.method === "OPTIONS" ? "an" : "a"} ${op.method} request has no body`,
        {
          hint: "use in: query",
        },
      );
    if (usesModel(param)) {
      report(pp, "model-in-parameter", "a parameter cannot refer to a response model", {
        hint: "describe the object inline with type object and fields",
      });
    }
    const resolved = resolveEncoding(param, param.in, body);
    if ("problem" in resolved) {
      const key =
        param.keyPrefix !== undefined
          ? "keyPrefix"
          : resolved.at === "style" && param.style
            ? "style"
            : resolved.at === "style" && param.explode !== undefined
              ? "explode"
              : param.type === "array"
                ? "items"
                : "in";
      const multipartOnly =
        body !== "multipart" &&
        (param.contentType !== undefined || param.type === "binary" || param.items?.type === "binary");
      report([...pp, key], "unsupported-encoding", resolved.problem, {
        hint:
          param.keyPrefix !== undefined
            ? "use type map or object, in: query or a form body"
            : multipartOnly
              ? "send the body as multipart/form-data (body: multipart), or the file alone as a requestBody with content: binary"
              : "use type json, or another style",
        ...(param.keyPrefix !== undefined ? { at: "key" as const } : {}),
      });
    } else if (resolved.encoding.kind === "form-object" && resolved.encoding.explode) {
      // Its fields become keys of their own, beside the other parameters' keys.
      for (const field of param.fields ?? []) {
        const other = params.find((o) => o !== param && o.in === param.in && o.name === field.name);
        if (other)
          report(
            [...pp, "name"],
            "duplicate-wire-name",
            `field '${field.name}' of '${param.name}' travels as a key of its own, as parameter '${other.name}' does`,
            { hint: "use explode: false or style: deepObject" },
          );
      }
    }
    if ((param.in === "header" || param.in === "cookie") && !TOKEN.test(param.name))
      report(
        [...pp, "name"],
        "invalid-wire-name",
        `'${param.name}' cannot name a ${param.in}: it is not an HTTP token`,
        {
          hint: "a header or cookie name has letters, digits and !#$%&'*+.^_`|~- only",
        },
      );
    if (
      param.property === undefined &&
      !derivable(param.name, param.in === "query" || (param.in === "body" && body === "form"))
    )
      report([...pp, "name"], "underivable-name", `no client property name can be made of '${param.name}'`, {
        hint: "give the parameter a property: name",
      });
  });
  checkExactlyOneOf(op, path, ctx);
}

function checkExactlyOneOf(op: RawOperation, path: NodePath, ctx: FileContext): void {
  const groups = [
    ...(op.exactlyOneOf ?? []).map((g, gi) => ["exactlyOneOf", g, gi] as const),
    ...(op.atLeastOneOf ?? []).map((g, gi) => ["atLeastOneOf", g, gi] as const),
  ];
  groups.forEach(([key, group, gi]) => {
    group.forEach((name, i) => {
      const at = [...path, key, gi, i];
      const param = op.parameters?.find((p) => p.name === name);
      if (!param) ctx.report(at, "unknown-parameter", `'${name}' is not a parameter of ${op.id}`);
      else if (param.required)
        ctx.report(
          at,
          "conflicting-requirement",
          `'${name}' is always required, so it cannot be one of a choice`,
        );
      if (group.indexOf(name) !== i) ctx.report(at, "duplicate-wire-name", `'${name}' is listed twice`);
    });
  });
}

// Models describe what the API returns (every field present, maybe null); inputs describe their objects inline.
function usesModel(expr: RawTypeExpr): boolean {
  return (
    expr.model !== undefined ||
    (expr.items !== undefined && usesModel(expr.items)) ||
    (expr.values !== undefined && usesModel(expr.values)) ||
    (expr.fields ?? []).some(usesModel)
  );
}
