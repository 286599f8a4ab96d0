/** Check stage, meaning: references, conditions, paths and names of one structurally valid spec file. */
import { camelCase, pascalCase, propertyPath } from "../naming.ts";
import type { NodePath } from "../load/load.ts";
import type { RawField, RawModel, RawOperation, RawParameter, RawResource, RawSpec } from "../load/spec-types.ts";
import { checkConstraints } from "./constraints.ts";
import type { Report } from "./reporter.ts";

/** Reports every problem of meaning; `where` renders a node path as `line:col` for cross-references. */
export function checkMeaning(spec: RawSpec, report: Report, where: (path: NodePath) => string): void {
  const models = new Map<string, { model: RawModel; path: NodePath }>();
  const addModel = (model: RawModel, path: NodePath) => {
    const earlier = models.get(model.name);
    if (earlier) report([...path, "name"], "duplicate-model", `model '${model.name}' is already defined at ${where(earlier.path)}`);
    else models.set(model.name, { model, path });
  };
  spec.models?.forEach((m, i) => addModel(m, ["models", i]));
  spec.resources.forEach((r, ri) => r.models.forEach((m, mi) => addModel(m, ["resources", ri, "models", mi])));

  const requireModel = (name: string | undefined, path: NodePath) => {
    if (name !== undefined && !models.has(name)) {
      report(path, "unknown-model", `no model named '${name}'`, { hint: `defined models: ${[...models.keys()].join(", ")}` });
    }
  };
  requireModel(spec.service.errorModel, ["service", "errorModel"]);
  requireModel(spec.service.pagination?.metaModel, ["service", "pagination", "metaModel"]);
  for (const { model, path } of models.values()) {
    requireModel(model.extends, [...path, "extends"]);
    checkExtendsCycle(model, models, path, report);
    checkFields(model.fields, [...path, "fields"], report, where, inheritedFields(model, models));
  }
  spec.resources.forEach((resource, ri) => checkResource(spec, resource, ["resources", ri], models, report, where));
}

/** The fields a model gets from the chain of models it extends. */
export function inheritedFields(model: RawModel, models: ReadonlyMap<string, { model: RawModel }>): RawField[] {
  const out: RawField[] = [];
  const seen = new Set<string>([model.name]);
  let parent = model.extends ? models.get(model.extends)?.model : undefined;
  while (parent && !seen.has(parent.name)) {
    seen.add(parent.name);
    out.unshift(...parent.fields);
    parent = parent.extends ? models.get(parent.extends)?.model : undefined;
  }
  return out;
}

function checkExtendsCycle(model: RawModel, models: ReadonlyMap<string, { model: RawModel }>, path: NodePath, report: Report) {
  const seen = new Set<string>();
  let current: RawModel | undefined = model;
  while (current?.extends) {
    if (seen.has(current.name)) break;
    seen.add(current.name);
    if (current.extends === model.name) {
      report([...path, "extends"], "extends-cycle", `model '${model.name}' extends itself through '${current.name}'`);
      return;
    }
    current = models.get(current.extends)?.model;
  }
}

function checkFields(fields: readonly RawField[], path: NodePath, report: Report, where: (p: NodePath) => string, inherited: readonly RawField[] = []) {
  const byWire = new Map<string, NodePath>(inherited.map((f) => [f.name, path]));
  const byTs = new Map<string, NodePath>();
  fields.forEach((field, i) => {
    const fieldPath = [...path, i];
    if (inherited.some((f) => f.name === field.name)) {
      report([...fieldPath, "name"], "duplicate-wire-name", `field '${field.name}' is already inherited from the extended model`);
    } else if (byWire.has(field.name)) {
      report([...fieldPath, "name"], "duplicate-wire-name", `field '${field.name}' is already defined at ${where(byWire.get(field.name)!)}`);
    } else {
      const tsName = camelCase(field.name);
      const clash = byTs.get(tsName);
      if (clash) {
        report([...fieldPath, "name"], "name-collision", `field '${field.name}' becomes '${tsName}', like the field at ${where(clash)}`, {
          hint: "rename one of them on the wire side",
        });
      }
      byTs.set(tsName, [...fieldPath, "name"]);
      byWire.set(field.name, [...fieldPath, "name"]);
    }
    checkConstraints(field, fieldPath, report);
    checkObjectShape(field, [...inherited, ...fields], fieldPath, report, where);
  });
}

function checkObjectShape(field: RawField, siblings: readonly RawField[], path: NodePath, report: Report, where: (p: NodePath) => string) {
  const isObject = field.type === "object";
  for (const key of ["fields", "variantsBy", "variants"] as const) {
    if (field[key] !== undefined && !isObject) {
      report([...path, key], "constraint-type-mismatch", `'${key}' applies to type object only`, { at: "key" });
    }
  }
  if (field.fields) checkFields(field.fields, [...path, "fields"], report, where);
  if ((field.variantsBy === undefined) !== (field.variants === undefined)) {
    report(path, "incomplete-variants", "'variantsBy' and 'variants' go together", { hint: "give both, or neither" });
    return;
  }
  if (!field.variantsBy || !field.variants) return;
  const selector = siblings.find((s) => s.name === field.variantsBy);
  if (!selector) {
    report([...path, "variantsBy"], "unknown-field", `no sibling field named '${field.variantsBy}' selects the variants`);
    return;
  }
  if (!selector.enum) {
    report([...path, "variantsBy"], "condition-subject-not-enum", `field '${selector.name}' has no enum, so it cannot select variants`);
    return;
  }
  checkNameableValues(selector.enum, [...path, "variantsBy"], report);
  field.variants.forEach((variant, vi) => {
    if (!selector.enum!.includes(variant.when)) {
      report([...path, "variants", vi, "when"], "condition-value-not-in-enum", `'${variant.when}' is not a value of '${selector.name}' (${selector.enum!.join(", ")})`);
    }
    checkFields(variant.fields, [...path, "variants", vi, "fields"], report, where);
  });
}

function checkResource(spec: RawSpec, resource: RawResource, path: NodePath, models: ReadonlyMap<string, { model: RawModel }>, report: Report, where: (p: NodePath) => string) {
  const declared = new Map<string, number>();
  resource.pathParameters.forEach((p, i) => {
    const pp = [...path, "pathParameters", i];
    if (declared.has(p.name)) report([...pp, "name"], "duplicate-wire-name", `path parameter '${p.name}' is declared twice`);
    declared.set(p.name, i);
    checkConstraints(p, pp, report);
  });
  const used = new Set<string>();
  for (const kind of ["list", "instance"] as const) {
    const template = resource.paths[kind];
    if (template === undefined) continue;
    for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
      used.add(name!);
      if (!declared.has(name!)) {
        report([...path, "paths", kind], "missing-path-parameter", `path placeholder {${name}} has no entry in pathParameters`, {
          hint: `add a path parameter named '${name}'`,
        });
      }
    }
  }
  for (const [name, i] of declared) {
    if (!used.has(name)) report([...path, "pathParameters", i, "name"], "unused-path-parameter", `path parameter '${name}' appears in no path`);
  }
  const kinds = new Map<string, number>();
  resource.operations.forEach((op, oi) => {
    const opPath = [...path, "operations", oi];
    if (kinds.has(op.kind)) {
      report([...opPath, "kind"], "duplicate-operation-kind", `a '${op.kind}' operation is already defined at ${where([...path, "operations", kinds.get(op.kind)!, "kind"])}`, {
        hint: "generated function names come from kind + resource name, so each kind may appear once per resource",
      });
    }
    kinds.set(op.kind, oi);
    checkOperation(spec, resource, op, opPath, models, report, where);
  });
}

function checkOperation(spec: RawSpec, resource: RawResource, op: RawOperation, path: NodePath, models: ReadonlyMap<string, { model: RawModel }>, report: Report, where: (p: NodePath) => string) {
  if (op.path === "instance" && resource.paths.instance === undefined) {
    report([...path, "path"], "missing-instance-path", "this operation uses the instance path, but the resource has none", { hint: "add paths.instance" });
  }
  if (op.response !== undefined && !models.has(op.response)) {
    report([...path, "response"], "unknown-model", `no model named '${op.response}'`, { hint: `defined models: ${[...models.keys()].join(", ")}` });
  }
  if (op.response === undefined && op.kind !== "delete") {
    report(path, "missing-response", `a '${op.kind}' operation needs a response model`, { hint: "add 'response: <Model>'" });
  }
  if (op.stream && op.kind !== "list") report([...path, "stream"], "stream-not-on-list", "only a list operation can have a stream", { at: "key" });
  if (op.kind === "list") checkListOperation(spec, op, path, report);
  checkParameters(op, path, models, report, where);
  op.examples?.forEach((example, ei) => {
    for (const name of Object.keys(example.params)) {
      if (!op.parameters?.some((p) => p.name === name)) {
        report([...path, "examples", ei, "params", name], "unknown-parameter", `example names '${name}', which is not a parameter of ${op.id}`, { at: "key" });
      }
    }
  });
}

function checkListOperation(spec: RawSpec, op: RawOperation, path: NodePath, report: Report) {
  const pagination = spec.service.pagination;
  if (!pagination) {
    report([...path, "kind"], "missing-pagination", "a list operation needs service.pagination to read its pages");
    return;
  }
  const pageSize = op.parameters?.find((p) => p.name === pagination.pageSizeParameter);
  if (!pageSize || pageSize.type !== "integer") {
    report(path, "missing-page-size-parameter", `a list operation needs an integer '${pagination.pageSizeParameter}' parameter (service.pagination.pageSizeParameter)`);
  }
}

function checkParameters(op: RawOperation, path: NodePath, models: ReadonlyMap<string, { model: RawModel }>, report: Report, where: (p: NodePath) => string) {
  const params = op.parameters ?? [];
  const byWire = new Map<string, NodePath>();
  const byTs = new Map<string, { wire: string; path: NodePath }>();
  params.forEach((param, i) => {
    const pp = [...path, "parameters", i];
    const earlier = byWire.get(param.name);
    if (earlier) {
      report([...pp, "name"], "duplicate-wire-name", `parameter '${param.name}' is already defined at ${where(earlier)}`);
      return;
    }
    byWire.set(param.name, [...pp, "name"]);
    const tsPath = propertyPath(param.name).join(".");
    const clash = byTs.get(tsPath);
    if (clash) {
      report([...pp, "name"], "name-collision", `parameter '${param.name}' becomes '${tsPath}', like '${clash.wire}' at ${where(clash.path)}`, {
        hint: "two wire names may not differ only in case or separators",
      });
    }
    byTs.set(tsPath, { wire: param.name, path: [...pp, "name"] });
    checkConstraints(param, pp, report);
  });
  checkGroups(params, path, report, where);
  params.forEach((param, i) => {
    const pp = [...path, "parameters", i];
    if (param.required && param.requiredWhen) {
      report([...pp, "requiredWhen"], "conflicting-requirement", "a parameter that is always required cannot also be required only when a condition holds", { at: "key" });
    }
    for (const key of ["requiredWhen", "onlyWhen"] as const) {
      const condition = param[key];
      if (condition) checkCondition(op, param, condition, [...pp, key], models, report);
    }
  });
}

// `Config` and `Config.Alg` cannot both exist: one is a value, the other an object holding values.
function checkGroups(params: readonly RawParameter[], path: NodePath, report: Report, where: (p: NodePath) => string) {
  const leaves = new Map(params.map((p, i) => [propertyPath(p.name).join("."), i] as const));
  params.forEach((param, i) => {
    const segments = propertyPath(param.name);
    for (let n = 1; n < segments.length; n++) {
      const prefix = segments.slice(0, n).join(".");
      const leaf = leaves.get(prefix);
      if (leaf !== undefined) {
        report([...path, "parameters", i, "name"], "name-collision", `parameter '${param.name}' nests under '${params[leaf]!.name}', which is itself a parameter (at ${where([...path, "parameters", leaf, "name"])})`);
      }
    }
  });
}

function checkCondition(op: RawOperation, param: RawParameter, condition: NonNullable<RawParameter["onlyWhen"]>, path: NodePath, models: ReadonlyMap<string, { model: RawModel }>, report: Report) {
  let values: readonly string[] | undefined;
  let subject: string;
  if (condition.parameter !== undefined) {
    subject = condition.parameter;
    const target = op.parameters?.find((p) => p.name === condition.parameter);
    if (!target) {
      report([...path, "parameter"], "unknown-parameter", `condition names '${condition.parameter}', which is not a parameter of ${op.id}`);
      return;
    }
    if (target === param) {
      report([...path, "parameter"], "self-condition", `parameter '${param.name}' cannot depend on itself`);
      return;
    }
    values = target.enum;
    if (values) checkNameableValues(values, [...path, "parameter"], report);
  } else {
    subject = condition.resourceField!;
    const model = op.response ? models.get(op.response)?.model : undefined;
    const field = model ? [...inheritedFields(model, models), ...model.fields].find((f) => f.name === condition.resourceField) : undefined;
    if (!field) {
      report([...path, "resourceField"], "unknown-resource-field", `condition names '${condition.resourceField}', which is not a field of ${op.response ?? "the response model"}`);
      return;
    }
    values = field.enum;
  }
  if (!values) {
    report(path, "condition-subject-not-enum", `'${subject}' has no enum, so a condition on its value cannot be checked`, { hint: "give it an enum" });
    return;
  }
  condition.in.forEach((value, i) => {
    if (!values!.includes(value)) {
      report([...path, "in", i], "condition-value-not-in-enum", `'${value}' is not a value of '${subject}' (${values!.join(", ")})`);
    }
  });
}

// Values that select variants become parts of type names (`CreateFactorPushParams`): each must yield a distinct name.
function checkNameableValues(values: readonly string[], path: NodePath, report: Report) {
  const seen = new Map<string, string>();
  for (const value of values) {
    const name = pascalCase(value);
    const clash = seen.get(name);
    if (!name || !/^[A-Za-z]/.test(name)) {
      report(path, "invalid-name", `value '${value}' selects a variant but gives no usable type name ('${name}')`, { hint: "variant-selecting values need a letter first" });
    } else if (clash !== undefined) {
      report(path, "name-collision", `values '${clash}' and '${value}' both become the type name part '${name}'`);
    }
    seen.set(name, value);
  }
}
