/** Serializers emitter: parameters objects -> query strings, form bodies and JSON bodies under the exact wire names. */
import type { TsOperation, TsParameter, TsType, TsUnionType } from "../ts/model.ts";
import { unreachable } from "../../ir/walk.ts";
import { namedShapes, namedUnions, usesWireEncoder, type NamedShape } from "../ts/walk.ts";
import { typeText } from "../ts/ts-types.ts";
import { takesBranch } from "./request-unions.ts";
import { needsWireEncoding } from "../ts/wire-encoding.ts";
import { BODY_PARTS, encoderName, objectWireName } from "../ts/names.ts";
import { StructureKind, tsdoc, type StatementStructures, type Uses } from "../ts/builder.ts";
import { assign, docCode, literal, member } from "../ts/escape.ts";

/** A part of a request that parameters fill: the query string, a form or JSON body, or headers. */
export type RequestPart = "query" | "form" | "body" | "multipart" | "headers";

const LOCATIONS_OF: Record<RequestPart, readonly string[]> = {
  query: ["query"],
  form: ["body"],
  body: ["body"],
  multipart: ["body"],
  headers: ["header", "cookie"],
};
// Each part's encoder: its return type and first statement.
const SHAPE_OF: Record<RequestPart, readonly [string, string]> = {
  query: ["string", 'let out = "";'],
  form: ["string", 'let out = "";'],
  body: ["Record<string, unknown>", "const out: Record<string, unknown> = {};"],
  multipart: ["FormData", "const out = new FormData();"],
  headers: ["Record<string, string>", "const out: Record<string, string> = {};"],
};
const DESCRIPTION_OF = {
  query: "query string",
  form: "form body",
  body: "JSON body",
  multipart: "multipart body",
  headers: "headers",
} as const;

/** The parts of a request an operation's parameters fill. */
export function partsOf(op: TsOperation): RequestPart[] {
  const out: RequestPart[] = [];
  if (op.parameters.some((p) => p.location === "query")) out.push("query");
  if (op.parameters.some((p) => p.location === "header" || p.location === "cookie")) out.push("headers");
  if (op.parameters.some((p) => p.location === "body") || op.additionalBodyProperties)
    out.push(BODY_PARTS[op.bodyEncoding]);
  return out;
}

/** Statements of a resource's serializers module. */
export function serializerStatements(operations: readonly TsOperation[], uses: Uses): StatementStructures[] {
  const functions: StatementStructures[] = [];
  const shapes = new Map<string, NamedShape>();
  const unions = new Map<string, TsUnionType>();
  const reach = (type: TsType) => {
    for (const s of namedShapes(type)) shapes.set(s.typeName, s);
    for (const u of namedUnions(type)) unions.set(u.typeName, u);
  };
  for (const op of operations) {
    const whole = op.requestBody;
    if (whole?.kind === "json" && needsWireEncoding(whole.type)) {
      reach(whole.type);
      functions.push(wholeBodyEncoder(op, whole.type, uses));
    }
    if (!op.paramsTypeName) continue;
    for (const part of partsOf(op)) {
      const params = op.parameters.filter((p) => LOCATIONS_OF[part].includes(p.location));
      const cookies = params.filter((p) => p.location === "cookie");
      for (const p of params.filter((p) => usesWireEncoder(p.encoding))) reach(p.type);
      const [returnType, start] = SHAPE_OF[part];
      functions.push({
        kind: StructureKind.Function,
        name: encoderName(op.functionName, part),
        isExported: true,
        parameters: [{ name: "params", type: uses.use(op.paramsTypeName) }],
        returnType,
        docs: tsdoc([
          `Encodes the ${DESCRIPTION_OF[part]} of ${docCode(op.functionName)}: only the parameters given, under their wire names.`,
        ]),
        statements: [
          start,
          ...(part === "body" && op.additionalBodyProperties ? [additionalLine(op, uses)] : []),
          ...params
            .filter((p) => p.location !== "cookie")
            .map((p) => (p.location === "header" ? headerLine(p) : encodeLine(p, uses))),
          ...(cookies.length
            ? [
                "const cookies: string[] = [];",
                ...cookies.map(cookieLine),
                'if (cookies.length > 0) out["Cookie"] = cookies.join("; ");',
              ]
            : []),
          "return out;",
        ],
      });
    }
  }
  for (const shape of shapes.values()) functions.push(objectEncoder(shape, uses));
  for (const union of unions.values())
    if (needsWireEncoding(union)) functions.push(unionEncoder(union, uses));
  return functions;
}

// A whole JSON body's encoder, where its value needs one (dates, objects under their wire names).
function wholeBodyEncoder(op: TsOperation, type: TsType, uses: Uses): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: encoderName(op.functionName, "body"),
    isExported: true,
    parameters: [{ name: "body", type: typeText(type, uses) }],
    returnType: "unknown",
    docs: tsdoc([`Encodes the JSON body of ${docCode(op.functionName)}: the value as its wire JSON.`]),
    statements: [`return ${wireOf(type, "body", uses)};`],
  };
}

// A request union's encoder: the branch the value takes (as the validator chose it), as wire JSON.
function unionEncoder(union: TsUnionType, uses: Uses): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: objectWireName(union.typeName),
    parameters: [{ name: "value", type: uses.use(union.typeName) }],
    returnType: "unknown",
    docs: tsdoc([
      `${docCode(union.typeName)} as wire JSON: the branch the value takes, under its wire names.`,
    ]),
    statements: [
      "const v: unknown = value;",
      ...union.branches
        .map((b, i) => {
          const branch = `(value as ${typeText(b.type, uses)})`;
          const encoded = wireOf(b.type, branch, uses);
          return encoded === branch ? null : `if (${takesBranch(union, i, "v", uses)}) return ${encoded};`;
        })
        .filter((line): line is string => line !== null),
      "return value;",
    ],
  };
}

function encodeLine(p: TsParameter, uses: Uses): string {
  const access = p.tsPath.reduce((expr, segment, i) => member(expr, segment, i > 0), "params");
  const wire = literal(p.wireName);
  const given = `if (${access} !== undefined)`;
  // A query or form is text: each pair appended to `out`.
  const pair = (name: string, text: string) => `out = ${uses.use("formPair")}(out, ${name}, ${text});`;
  switch (p.encoding.kind) {
    case "dotted":
      return `${given} out = ${uses.use("appendDotted")}(out, ${literal(p.encoding.prefix)}, ${access});`;
    case "text":
      return `${given} ${pair(wire, textOf(p.type, access))}`;
    case "repeat": {
      const items = p.type.kind === "array" ? p.type.items : p.type;
      return `${given} for (const item of ${access}) ${pair(wire, isText(items) ? textOf(items, "item") : `JSON.stringify(${wireOf(items, "item", uses)})`)}`;
    }
    case "json":
      return `${given} ${pair(wire, `JSON.stringify(${wireOf(p.type, access, uses)})`)}`;
    case "json-body":
      return `${given} ${assign("out", p.wireName, wireOf(p.type, access, uses))};`;
    case "delimited":
      return `${given} out = ${uses.use("appendItems")}(out, ${wire}, ${itemsText(p.type, access)}, ${literal(p.encoding.delimiter)});`;
    case "form-object": {
      if (p.encoding.explode && p.type.kind === "object")
        return p.type.fields
          .map((f) => {
            const field = `${access}?.${f.tsName}`;
            const given = `if (${field} !== undefined)`;
            return f.type.kind === "array"
              ? `${given} for (const item of ${field}) ${pair(literal(f.wireName), textOf(f.type.items, "item"))}`
              : `${given} ${pair(literal(f.wireName), textOf(f.type, field))}`;
          })
          .join("\n");
      return `${given} ${pair(wire, `${uses.use("pairsText")}(${wireOf(p.type, access, uses)})`)}`;
    }
    case "deep-object":
      return `${given} out = ${uses.use("appendDeep")}(out, ${wire}, ${wireOf(p.type, access, uses)});`;
    case "part": {
      const contentType = literal(p.encoding.contentType);
      if (p.type.kind !== "array") return `${given} ${partLine(p.type, wire, access, contentType, uses)}`;
      return `${given} for (const item of ${access}) ${partLine(p.type.items, wire, "item", contentType, uses)}`;
    }
    default:
      return unreachable(p.encoding);
  }
}

// One multipart part: a file's bytes, a scalar's text, or any other value's JSON text.
function partLine(type: TsType, wire: string, value: string, contentType: string, uses: Uses): string {
  if (type.kind === "binary") return `${uses.use("appendFile")}(out, ${wire}, ${value}, ${contentType});`;
  const text = isText(type) ? textOf(type, value) : `JSON.stringify(${wireOf(type, value, uses)})`;
  return contentType === "null"
    ? `out.append(${wire}, ${text});`
    : `${uses.use("appendText")}(out, ${wire}, ${text}, ${contentType});`;
}

// The properties no parameter names go first, under the caller's names (the named ones follow).
function additionalLine(op: TsOperation, uses: Uses): string {
  const named = op.parameters.filter((p) => p.location === "body").map((p) => p.tsPath[0]!);
  return `${uses.use("copyAdditional")}(out, params, ${JSON.stringify([...new Set(named)])});`;
}

// A header carries the value's text (the JSON text of a json value, an array's items joined by commas).
function headerLine(p: TsParameter): string {
  const access = member("params", p.tsPath[0]!);
  return `if (${access} !== undefined) ${assign(
    "out",
    p.wireName,
    singleText(p, access, (text) => text),
  )};`;
}

// A cookie carries its value percent-encoded (an array's items each, joined by commas).
function cookieLine(p: TsParameter): string {
  const access = member("params", p.tsPath[0]!);
  const value = singleText(p, access, (text) => `encodeURIComponent(${text})`);
  return `if (${access} !== undefined) cookies.push(${literal(`${p.wireName}=`)} + ${value});`;
}

function singleText(p: TsParameter, access: string, encode: (text: string) => string): string {
  switch (p.encoding.kind) {
    case "json":
      return encode(`JSON.stringify(${access})`);
    case "delimited": {
      const items = p.type.kind === "array" ? p.type.items : p.type;
      const each = encode(textOf(items, "item"));
      return `${each === "item" ? access : `${access}.map((item) => ${each})`}.join(${literal(p.encoding.delimiter)})`;
    }
    default:
      return encode(textOf(p.type, access));
  }
}

// An array's items as text, for a delimited value.
function itemsText(type: TsType, access: string): string {
  const items = type.kind === "array" ? type.items : type;
  const text = textOf(items, "item");
  return text === "item" ? access : `${access}.map((item) => ${text})`;
}

function isText(type: TsType): boolean {
  return (
    type.kind === "string" ||
    type.kind === "enum" ||
    type.kind === "integer" ||
    type.kind === "number" ||
    type.kind === "boolean" ||
    type.kind === "date-time"
  );
}

// A scalar as form text: numbers and booleans by String, dates as ISO 8601.
function textOf(type: TsType, expr: string): string {
  switch (type.kind) {
    case "string":
    case "enum":
      return expr;
    case "integer":
    case "number":
    case "boolean":
      return `String(${expr})`;
    case "date-time":
      return `${expr}.toISOString()`;
    case "array":
    case "object":
    case "map":
    case "json":
    case "variants":
    case "union":
    case "ref":
    case "binary":
      throw new Error(`a ${type.kind} value is not sent as text`);
    default:
      return unreachable(type);
  }
}

/** The wire JSON of a value: dates as ISO 8601, object fields under their wire names. */
function wireOf(type: TsType, expr: string, uses: Uses): string {
  switch (type.kind) {
    case "string":
    case "enum":
    case "integer":
    case "number":
    case "boolean":
    case "json":
      return expr;
    case "date-time":
      return `${expr}.toISOString()`;
    case "array": {
      const item = wireOf(type.items, "item", uses);
      return item === "item" ? expr : `${expr}.map((item) => ${item})`;
    }
    case "map": {
      const entry = wireOf(type.values, "entry", uses);
      return entry === "entry"
        ? expr
        : `Object.fromEntries(Object.entries(${expr}).map(([key, entry]) => [key, ${entry}]))`;
    }
    case "object":
      return `${uses.use(objectWireName(type.typeName))}(${expr})`;
    case "union":
      return needsWireEncoding(type) ? `${uses.use(objectWireName(type.typeName))}(${expr})` : expr;
    case "binary":
      return expr;
    case "variants":
    case "ref":
      throw new Error(`a parameter of kind ${type.kind} passed the check stage`);
    default:
      return unreachable(type);
  }
}

function objectEncoder(shape: NamedShape, uses: Uses): StatementStructures {
  const lines = shape.fields.map((f) => {
    const access = member("value", f.tsName);
    const encoded = wireOf(f.type, access, uses);
    const value = f.nullable && encoded !== access ? `${access} === null ? null : ${encoded}` : encoded;
    return `if (${access} !== undefined) ${assign("out", f.wireName, value)};`;
  });
  return {
    kind: StructureKind.Function,
    name: objectWireName(shape.typeName),
    parameters: [{ name: "value", type: uses.use(shape.typeName) }],
    returnType: "Record<string, unknown>",
    docs: tsdoc([`${docCode(shape.typeName)} as wire JSON, under the wire names.`]),
    statements: ["const out: Record<string, unknown> = {};", ...lines, "return out;"],
  };
}
