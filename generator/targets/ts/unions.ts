/** What the client, the local server and the docs share about unions: the branch order, names, model lookup. */
import type { TsField, TsModel, TsService, TsType, TsUnionBranch } from "./model.ts";
import { unreachable } from "../../ir/walk.ts";
import { isExact } from "./ts-types.ts";

/** How a union without a discriminator chooses among its object branches, for TSDoc and docs. */
export const BY_SHAPE_RULE =
  "A model fits an object with every field it always sends, each field of its JSON type; one with no always-sent field needs one of its fields, or an empty object. With several models, the one with the fewest fields that hold every key of the object is taken first. A value that fits none is a ResponseError naming the branches tried.";

/** Looks up a model by name (for a branch's fields). */
export type ModelLookup = (name: string) => TsModel | undefined;

const lookups = new WeakMap<TsService, ModelLookup>();

/** Finds any model of `service` (its own or a resource's) by name; made once per service. */
export function modelLookup(service: TsService): ModelLookup {
  let lookup = lookups.get(service);
  if (!lookup) {
    const all = new Map<string, TsModel>(
      [...service.models, ...service.resources.flatMap((r) => r.models)].map((m) => [m.name, m]),
    );
    lookup = (name) => all.get(name);
    lookups.set(service, lookup);
  }
  return lookup;
}

/**
 * The order a union without a discriminator tries its branches: models and object shapes first,
 * those with more always-sent fields before those with fewer (so a shape that extends another is
 * tried before it), ties and every other branch as the spec lists them.
 */
export function unionOrder(branches: readonly TsUnionBranch[], models: ModelLookup): TsUnionBranch[] {
  const rank = (b: TsUnionBranch) => {
    const fields = fieldsOf(b.type, models);
    return fields === null ? 0 : -1 - fields.filter(isExact).length;
  };
  return branches
    .map((b, i) => ({ b, i, r: rank(b) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.b);
}

/** A branch's name in docs and messages: its model's or shape's name, or its kind. */
export function branchLabel(type: TsType): string {
  switch (type.kind) {
    case "ref":
      return type.model;
    case "object":
    case "union":
      return type.typeName;
    case "array":
      return `${branchLabel(type.items)}[]`;
    case "map":
      return `map of ${branchLabel(type.values)}`;
    case "enum":
      return type.values.map((v) => JSON.stringify(v)).join(" | ");
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "date-time":
    case "json":
    case "variants":
    case "binary":
      return type.kind;
    default:
      return unreachable(type);
  }
}

/** The fields of a model or object branch, or null for any other branch. */
export function fieldsOf(type: TsType, models: ModelLookup): readonly TsField[] | null {
  if (type.kind === "ref") return models(type.model)?.fields ?? null;
  return type.kind === "object" ? type.fields : null;
}
