/** Types emitter, models: response models as interfaces, a discriminated union where a field selects variant shapes. */
import type { IrField, IrModel } from "../../ir/types.ts";
import { pascalCase } from "../../naming.ts";
import { StructureKind, tsdoc, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { fieldValueType, OPEN_OBJECT } from "./ts-types.ts";

/** The field with variants a model is split on, if any (all variant fields share one selector). */
export function variantSelector(model: IrModel): IrField | null {
  const by = model.fields.find((f) => f.variants)?.variants?.by;
  return by ? (model.fields.find((f) => f.wireName === by) ?? null) : null;
}

/** Statements declaring a model: an interface, or a union of one interface per selector value. */
export function modelStatements(model: IrModel): StatementStructures[] {
  const selector = variantSelector(model);
  if (!selector) return objectInterface(model.name, model.fields, [model.description]);
  const commonName = `${model.name}Common`;
  const plain = model.fields.filter((f) => !f.variants && f !== selector);
  const out: StatementStructures[] = objectInterface(commonName, plain, [`The fields every ${model.name} has, whatever its ${selector.wireName}.`]);
  const members: string[] = [];
  for (const value of selector.constraints.enum ?? []) {
    const name = `${model.name}${pascalCase(value)}`;
    members.push(name);
    const properties = model.fields
      .filter((f) => f === selector || f.variants)
      .map((f) => {
        if (f === selector) return property(f, literal(value));
        const variant = f.variants!.cases.find((c) => c.value === value);
        if (variant) out.push(...objectInterface(variant.typeName, variant.fields, [`${docCode(f.wireName)} of a ${value} ${model.name}.`]));
        return property(f, `${variant ? variant.typeName : OPEN_OBJECT}${f.nullable || !f.required ? " | null" : ""}`);
      });
    out.push({
      kind: StructureKind.Interface,
      name,
      isExported: true,
      extends: [commonName],
      docs: tsdoc([`A ${model.name} whose ${selector.wireName} is ${value}.`]),
      properties,
    });
  }
  out.unshift({
    kind: StructureKind.TypeAlias,
    name: model.name,
    isExported: true,
    type: members.join(" | "),
    docs: tsdoc([model.description, `Narrow on ${docCode(selector.tsName)} to get the shape of ${model.fields.filter((f) => f.variants).map((f) => docCode(f.tsName)).join(" and ")}.`]),
  });
  return out;
}

function objectInterface(name: string, fields: readonly IrField[], docLines: string[]): StatementStructures[] {
  const nested: StatementStructures[] = [];
  const properties = fields.map((f) => {
    let nestedName: string | null = null;
    if (f.type === "object" && f.fields) {
      nestedName = `${name}${pascalCase(f.wireName)}`;
      nested.push(...objectInterface(nestedName, f.fields, [`${docCode(f.wireName)} of ${name}.`]));
    }
    return property(f, fieldValueType(f, nestedName));
  });
  return [{ kind: StructureKind.Interface, name, isExported: true, docs: tsdoc(docLines), properties }, ...nested];
}

function property(f: IrField, type: string) {
  return {
    name: f.tsName,
    isReadonly: true,
    type,
    docs: tsdoc([f.description, f.constraints.enum ? `One of: ${f.constraints.enum.join(", ")}.` : null, `Wire name: ${docCode(f.wireName)}.`]),
  };
}
