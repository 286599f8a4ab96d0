/** Serializers emitter: parameters objects -> query strings and form bodies under the exact wire names. */
import type { IrOperation, IrParameter } from "../../ir/types.ts";
import { pascalCase } from "../../naming.ts";
import { importDecl, StructureKind, tsdoc, type Statement } from "../ts/builder.ts";
import { docCode, literal, member } from "../ts/escape.ts";

/** The encoder of an operation's parameters in one location: `encodeCreateFactorForm`. */
export function encoderName(op: IrOperation, location: "query" | "body"): string {
  return `encode${pascalCase(op.functionName)}${location === "query" ? "Query" : "Form"}`;
}

/** The locations an operation has parameters in. */
export function locationsOf(op: IrOperation): ("query" | "body")[] {
  return (["query", "body"] as const).filter((l) => op.parameters.some((p) => p.location === l));
}

/** Statements of a resource's serializers module. */
export function serializerStatements(operations: readonly IrOperation[], typesModule: string): Statement[] {
  const typeNames: string[] = [];
  const functions: Statement[] = [];
  for (const op of operations) {
    if (!op.paramsTypeName) continue;
    typeNames.push(op.paramsTypeName);
    for (const location of locationsOf(op)) {
      const params = op.parameters.filter((p) => p.location === location);
      functions.push({
        kind: StructureKind.Function,
        name: encoderName(op, location),
        isExported: true,
        parameters: [{ name: "params", type: op.paramsTypeName }],
        returnType: "URLSearchParams",
        docs: tsdoc([
          `Encodes the ${location === "query" ? "query string" : "form body"} of ${docCode(op.functionName)}: only the parameters given, under their wire names.`,
        ]),
        statements: ["const out = new URLSearchParams();", ...params.map(appendLine), "return out;"],
      });
    }
  }
  return typeNames.length ? [importDecl(typesModule, typeNames, true), ...functions] : [];
}

function appendLine(p: IrParameter): string {
  const access = p.tsPath.reduce((expr, segment, i) => member(expr, segment, i > 0), "params");
  const value = p.type === "string-map" ? `JSON.stringify(${access})` : p.type === "string" ? access : `String(${access})`;
  return `if (${access} !== undefined) out.append(${literal(p.wireName)}, ${value});`;
}
