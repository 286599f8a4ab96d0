/** Types emitter, models: response models and the shapes inside them as interfaces; a union where a field selects variant shapes. */
import type { TsField, TsModel, TsVariantsType } from "../ts/model.ts";
import { shapesOfFields, unionsOfFields, type NamedShape } from "../ts/walk.ts";
import { unionTypeStatement } from "./unions.ts";
import { commonTypeName, variantMemberName } from "../ts/names.ts";
import { deprecatedTag, StructureKind, tsdoc, type StatementStructures, type Uses } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { fieldType, isExact, OPEN_OBJECT } from "../ts/ts-types.ts";
import { valuesSentence } from "../ts/describe.ts";

/** The field a model's variants select on, and its values; null for a plain model. */
export function variantSelector(model: TsModel): { field: TsField; values: readonly string[] } | null {
  const variants = model.fields.find((f) => f.type.kind === "variants")?.type as TsVariantsType | undefined;
  const field = variants ? model.fields.find((f) => f.wireName === variants.by) : undefined;
  return field && field.type.kind === "enum" ? { field, values: field.type.values } : null;
}

/** Statements declaring a model and every shape inside it. */
export function modelStatements(model: TsModel, uses: Uses): StatementStructures[] {
  const shapes = [
    ...shapesOfFields(model.fields).map((s) =>
      shapeInterface(s, "response", uses, [`${docCode(s.typeName)}, inside ${model.name}.`]),
    ),
    ...unionsOfFields(model.fields).map((u) => unionTypeStatement(u, uses)),
  ];
  const selector = variantSelector(model);
  if (!selector)
    return [objectInterface(model.name, model.fields, "response", uses, [model.description]), ...shapes];
  const commonName = commonTypeName(model.name);
  const plain = model.fields.filter((f) => f.type.kind !== "variants" && f !== selector.field);
  const out: StatementStructures[] = [
    objectInterface(commonName, plain, "response", uses, [
      `The fields every ${model.name} has, whatever its ${selector.field.wireName}.`,
    ]),
  ];
  for (const value of selector.values) {
    const properties = model.fields
      .filter((f) => f === selector.field || f.type.kind === "variants")
      .map((f) => {
        // The member's own value is its type: no list of values beside it.
        if (f === selector.field) return property(f, literal(value), false);
        const variant = (f.type as TsVariantsType).cases.find((c) => c.value === value);
        return property(
          f,
          `${variant ? uses.use(variant.typeName) : OPEN_OBJECT}${isExact(f) ? "" : " | null"}`,
        );
      });
    out.push({
      kind: StructureKind.Interface,
      name: variantMemberName(model.name, value),
      isExported: true,
      extends: [commonName],
      docs: tsdoc([`A ${model.name} whose ${selector.field.wireName} is ${value}.`]),
      properties,
    });
  }
  out.unshift({
    kind: StructureKind.TypeAlias,
    name: model.name,
    isExported: true,
    type: selector.values.map((v) => variantMemberName(model.name, v)).join(" | "),
    docs: tsdoc([
      model.description,
      `Narrow on ${docCode(selector.field.tsName)} to get the shape of ${model.fields
        .filter((f) => f.type.kind === "variants")
        .map((f) => docCode(f.tsName))
        .join(" and ")}.`,
    ]),
  });
  return [...out, ...shapes];
}

/** The interface of an object type or variant shape; on the input side, fields that are not required are optional. */
export function shapeInterface(
  shape: NamedShape,
  side: "response" | "input",
  uses: Uses,
  docLines: string[],
): StatementStructures {
  return objectInterface(shape.typeName, shape.fields, side, uses, docLines);
}

function objectInterface(
  name: string,
  fields: readonly TsField[],
  side: "response" | "input",
  uses: Uses,
  docLines: string[],
): StatementStructures {
  const properties = fields.map((f) =>
    side === "response"
      ? property(f, fieldType(f, uses))
      : {
          ...property(f, fieldType({ ...f, required: true, nullable: false }, uses)),
          hasQuestionToken: !f.required,
        },
  );
  return { kind: StructureKind.Interface, name, isExported: true, docs: tsdoc(docLines), properties };
}

// A field's property; `listValues` states an enum's values (closed or known) in its TSDoc.
function property(f: TsField, type: string, listValues = true) {
  const values = listValues && f.type.kind === "enum" ? valuesSentence(f.type.values, f.type.open) : null;
  return {
    name: f.tsName,
    isReadonly: true,
    type,
    docs: tsdoc([f.description, values, `Wire name: ${docCode(f.wireName)}.`], deprecatedTag(f.deprecated)),
  };
}
