/** Decoders emitter: wire JSON (typed by `src/wire.ts`) -> camelCase models with Dates and nulls. */
import type { TsField, TsModel, TsType, TsUnionType, TsVariantsType } from "../ts/model.ts";
import { unreachable } from "../../ir/walk.ts";
import { shapesOfFields, unionsOfFields } from "../ts/walk.ts";
import { unionDecoderStatement } from "./unions.ts";
import type { ModelLookup } from "../ts/unions.ts";
import { commonTypeName, decoderName } from "../ts/names.ts";
import { StructureKind, tsdoc, type StatementStructures, type Uses } from "../ts/builder.ts";
import { docCode, literal, member } from "../ts/escape.ts";
import { isInherited } from "../ts/naming.ts";
import { variantSelector } from "./model-types.ts";
import { isExact, OPEN_OBJECT } from "../ts/ts-types.ts";

/**
 * Statements of a decoders module for `models`, every shape and union inside them, and `unions`
 * declared elsewhere in the module's resource (its responses'); `lookup` finds any model by name.
 */
export function decoderStatements(
  models: readonly TsModel[],
  unions: readonly TsUnionType[],
  lookup: ModelLookup,
  uses: Uses,
): StatementStructures[] {
  const out: StatementStructures[] = [];
  for (const model of models) {
    out.push(modelDecoder(model, uses));
    for (const shape of shapesOfFields(model.fields)) {
      const reads = new WireReads();
      const value = objectLiteral(shape.fields, shape.typeName, uses, reads);
      out.push(
        decoder(
          shape.typeName,
          [...reads.statements, `return ${value};`],
          `Decodes ${docCode(shape.typeName)}, inside ${model.name}.`,
          uses,
        ),
      );
    }
    for (const union of unionsOfFields(model.fields)) out.push(unionDecoderStatement(union, lookup, uses));
  }
  for (const union of unions) out.push(unionDecoderStatement(union, lookup, uses));
  return out;
}

/**
 * One decoder's reads of `wire`. A name every object inherits (`constructor`, `toString`) is read
 * once, into a local, and only as the object's own property: absent, it is undefined, not `Object`.
 */
class WireReads {
  private readonly bound = new Map<string, string>();
  readonly statements: string[] = [];

  of(wireName: string): string {
    if (!isInherited(wireName)) return member("wire", wireName);
    let local = this.bound.get(wireName);
    if (local === undefined) {
      local = `ownField${this.bound.size}`;
      this.bound.set(wireName, local);
      this.statements.push(
        `const ${local} = Object.hasOwn(wire, ${literal(wireName)}) ? ${member("wire", wireName)} : undefined;`,
      );
    }
    return local;
  }
}

function decoder(typeName: string, body: string[], doc: string, uses: Uses): StatementStructures {
  uses.use(typeName);
  uses.use("Wire");
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

function modelDecoder(model: TsModel, uses: Uses): StatementStructures {
  const selector = variantSelector(model);
  const reads = new WireReads();
  if (!selector) {
    const value = objectLiteral(model.fields, model.name, uses, reads);
    return decoder(
      model.name,
      [...reads.statements, `return ${value};`],
      `Decodes a ${model.name} from its wire JSON.`,
      uses,
    );
  }
  const plain = model.fields.filter((f) => f.type.kind !== "variants" && f !== selector.field);
  const variantFields = model.fields.filter((f) => f.type.kind === "variants");
  const selectorWire = reads.of(selector.field.wireName);
  // One object literal, no spread: the switch only picks each variant field's decoder.
  const locals = variantFields.map((f) => `${f.tsName}Value`);
  const cases = selector.values.map((value) => {
    const assignments = variantFields.map((f, i) => {
      const variant = (f.type as TsVariantsType).cases.find((c) => c.value === value);
      const wire = reads.of(f.wireName);
      if (!variant) return `${locals[i]} = (${wire} ?? null) as ${OPEN_OBJECT} | null;`;
      const source = isExact(f) ? presentExpression(wire, model.name, f, uses) : wire;
      const call = `${uses.use(decoderName(variant.typeName))}(${source} as Wire[${literal(variant.typeName)}])`;
      return `${locals[i]} = ${isExact(f) ? call : `${wire} == null ? null : ${call}`};`;
    });
    return `case ${literal(value)}: ${assignments.join(" ")} break;`;
  });
  const fallback = variantFields.map((f, i) => `${locals[i]} = ${reads.of(f.wireName)} ?? null;`).join(" ");
  const props = [
    ...plain.map((f) => `${f.tsName}: ${fieldExpression(f, reads.of(f.wireName), model.name, uses)}`),
    `${selector.field.tsName}: ${isExact(selector.field) ? presentExpression(selectorWire, model.name, selector.field, uses) : selectorWire}`,
    ...variantFields.map((f, i) => `${f.tsName}: ${locals[i]}`),
  ];
  return decoder(
    model.name,
    [
      ...reads.statements,
      `let ${locals.map((l) => `${l}: unknown`).join(", ")};`,
      `switch (${selectorWire}) {`,
      ...cases,
      "// A value this client does not know yet: passed through as sent.",
      `default: ${fallback}`,
      "}",
      `// \`satisfies\` checks every common field; the cast is only for the pairing of ${selector.field.wireName} with its shapes.`,
      `return ({ ${props.join(", ")} } satisfies ${uses.use(commonTypeName(model.name))} & Record<${[selector.field, ...variantFields].map((f) => literal(f.tsName)).join(" | ")}, unknown>) as ${model.name};`,
    ],
    `Decodes a ${model.name} from its wire JSON; ${docCode(selector.field.wireName)} selects the shape of ${variantFields.map((f) => docCode(f.wireName)).join(" and ")}.`,
    uses,
  );
}

function objectLiteral(fields: readonly TsField[], owner: string, uses: Uses, reads: WireReads): string {
  return `{ ${fields.map((f) => `${f.tsName}: ${fieldExpression(f, reads.of(f.wireName), owner, uses)}`).join(", ")} }`;
}

/** `present(wire, "Owner", "field")`: the value of an always-sent field, or a typed error naming it. */
function presentExpression(wire: string, owner: string, f: TsField, uses: Uses): string {
  return `${uses.use("present")}(${wire}, ${literal(owner)}, ${literal(f.wireName)})`;
}

// A field the API always sends (required, not nullable) is checked present: its absence is a typed
// error naming it (see `decoded`), not an undefined that fails later in the caller's code.
function fieldExpression(f: TsField, wire: string, owner: string, uses: Uses): string {
  const exact = isExact(f);
  if (f.type.kind === "date-time" && !exact) return `${uses.use("decodeDate")}(${wire})`;
  const value = exact ? presentExpression(wire, owner, f, uses) : wire;
  const decoded = decodeExpression(f.type, value, literal(`${owner}.${f.wireName}`), uses);
  if (decoded === null) return exact ? value : `${uses.use("orNull")}(${wire})`;
  return exact ? decoded : `${wire} == null ? null : ${decoded}`;
}

/**
 * The expression decoding wire value `v` of `type`, or null when the wire value is already the model
 * value; `at` is the expression naming the value's place, for a union's errors.
 */
function decodeExpression(type: TsType, v: string, at: string, uses: Uses): string | null {
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "enum":
    case "json":
      return null;
    case "date-time":
      return `${uses.use("parseDate")}(${v})`;
    case "array": {
      const item = decodeExpression(type.items, "item", at, uses);
      return item === null ? null : `${v}.map((item) => ${item})`;
    }
    case "map": {
      const entry = decodeExpression(type.values, "entry", at, uses);
      return entry === null
        ? null
        : `Object.fromEntries(Object.entries(${v}).map(([key, entry]) => [key, ${entry}]))`;
    }
    case "object":
      return `${uses.use(decoderName(type.typeName))}(${v})`;
    case "ref":
      return `${uses.use(decoderName(type.model))}(${v})`;
    case "union":
      return `${uses.use(decoderName(type.typeName))}(${v}, ${at})`;
    case "variants":
      throw new Error("variants are decoded by their model's decoder");
    case "binary":
      throw new Error("a file is sent, never decoded");
    default:
      return unreachable(type);
  }
}
