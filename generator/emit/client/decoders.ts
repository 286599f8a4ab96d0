/** Decoders emitter: wire JSON (typed by openapi-typescript's output) -> camelCase models with Dates and nulls. */
import type { IrField, IrModel } from "../../ir/types.ts";
import { pascalCase } from "../../naming.ts";
import { importDecl, StructureKind, tsdoc, type Statement, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal, member } from "../ts/escape.ts";
import { variantSelector } from "./model-types.ts";
import { isExact, OPEN_OBJECT } from "./ts-types.ts";

/** `decodeFactor`. */
export function decoderName(typeName: string): string {
  return `decode${typeName}`;
}

/** Statements of a decoders module for `models`, importing model types from `typesModule`. */
export function decoderStatements(models: readonly IrModel[], modules: { types: string; wire: string; decoding: string }): Statement[] {
  const types = new Set<string>();
  const helpers = new Set<string>();
  const functions: Statement[] = [];
  for (const model of models) functions.push(...modelDecoders(model, types, helpers));
  return [
    importDecl(modules.decoding, [...helpers]),
    importDecl(modules.types, [...types], true),
    importDecl(modules.wire, ["components"], true),
    "type Wire = components[\"schemas\"];",
    ...functions,
  ].filter((s) => typeof s === "string" || s.kind !== StructureKind.ImportDeclaration || (s.namedImports as unknown[]).length > 0);
}

function decoder(typeName: string, body: string[], doc: string): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: decoderName(typeName),
    isExported: true,
    parameters: [{ name: "wire", type: `Wire[${literal(typeName)}]` }],
    returnType: typeName,
    docs: tsdoc([doc]),
    statements: body,
  };
}

function modelDecoders(model: IrModel, types: Set<string>, helpers: Set<string>): Statement[] {
  types.add(model.name);
  const selector = variantSelector(model);
  const out: Statement[] = [];
  const nested = (owner: string, fields: readonly IrField[]) => {
    for (const f of fields) {
      if (f.type === "object" && f.fields && !f.variants) {
        const name = `${owner}${pascalCase(f.wireName)}`;
        types.add(name);
        out.push(decoder(name, [`return ${objectLiteral(f.fields, name, helpers, nested)};`], `Decodes ${docCode(f.wireName)} of ${owner}.`));
      }
    }
  };
  if (!selector) {
    out.unshift(decoder(model.name, [`return ${objectLiteral(model.fields, model.name, helpers, nested)};`], `Decodes a ${model.name} from its wire JSON.`));
    return out;
  }
  const commonName = `${model.name}Common`;
  types.add(commonName);
  const plain = model.fields.filter((f) => !f.variants && f !== selector);
  const variantFields = model.fields.filter((f) => f.variants);
  const selectorWire = member("wire", selector.wireName);
  // One object literal, no spread: the switch only picks each variant field's decoder.
  const locals = variantFields.map((f) => `${f.tsName}Value`);
  const cases = (selector.constraints.enum ?? []).map((value) => {
    const assignments = variantFields.map((f, i) => {
      const variant = f.variants!.cases.find((c) => c.value === value);
      if (!variant) return `${locals[i]} = (${member("wire", f.wireName)} ?? null) as ${OPEN_OBJECT} | null;`;
      types.add(variant.typeName);
      out.push(decoder(variant.typeName, [`return ${objectLiteral(variant.fields, variant.typeName, helpers, nested)};`], `Decodes ${docCode(f.wireName)} of a ${value} ${model.name}.`));
      const call = `${decoderName(variant.typeName)}(${member("wire", f.wireName)} as Wire[${literal(variant.typeName)}])`;
      return `${locals[i]} = ${isExact(f) ? call : `${member("wire", f.wireName)} == null ? null : ${call}`};`;
    });
    return `case ${literal(value)}: ${assignments.join(" ")} break;`;
  });
  const fallback = variantFields.map((f, i) => `${locals[i]} = ${member("wire", f.wireName)} ?? null;`).join(" ");
  const props = [
    ...plain.map((f) => `${f.tsName}: ${fieldExpression(f, member("wire", f.wireName), model.name, helpers)}`),
    `${selector.tsName}: ${selectorWire}`,
    ...variantFields.map((f, i) => `${f.tsName}: ${locals[i]}`),
  ];
  nested(model.name, plain);
  out.unshift(
    decoder(
      model.name,
      [
        `let ${locals.map((l) => `${l}: unknown`).join(", ")};`,
        `switch (${selectorWire}) {`,
        ...cases,
        "// A value this client does not know yet: passed through as sent.",
        `default: ${fallback}`,
        "}",
        `// \`satisfies\` checks every common field; the cast is only for the pairing of ${selector.wireName} with its shapes.`,
        `return ({ ${props.join(", ")} } satisfies ${commonName} & Record<${[selector, ...variantFields].map((f) => literal(f.tsName)).join(" | ")}, unknown>) as ${model.name};`,
      ],
      `Decodes a ${model.name} from its wire JSON; ${docCode(selector.wireName)} selects the shape of ${variantFields.map((f) => docCode(f.wireName)).join(" and ")}.`,
    ),
  );
  return out;
}

function objectLiteral(fields: readonly IrField[], owner: string, helpers: Set<string>, nested: (owner: string, fields: readonly IrField[]) => void): string {
  nested(owner, fields);
  const props = fields.map((f) => `${f.tsName}: ${fieldExpression(f, member("wire", f.wireName), owner, helpers)}`);
  return `{ ${props.join(", ")} }`;
}

function fieldExpression(f: IrField, wire: string, owner: string, helpers: Set<string>): string {
  const exact = isExact(f);
  if (f.type === "string" && f.constraints.format === "date-time") {
    if (exact) return `new Date(${wire})`;
    helpers.add("decodeDate");
    return `decodeDate(${wire})`;
  }
  if (f.type === "string-map") {
    helpers.add("decodeStringMap");
    return `decodeStringMap(${wire})`;
  }
  if (f.type === "object" && f.fields) {
    const call = `${decoderName(`${owner}${pascalCase(f.wireName)}`)}(${wire})`;
    return exact ? call : `${wire} == null ? null : ${call}`;
  }
  if (exact) return wire;
  helpers.add("orNull");
  return `orNull(${wire})`;
}
