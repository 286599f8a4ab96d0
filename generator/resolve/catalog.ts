/**
 * Resolve stage, the catalog: every structurally valid spec file merged into services, each with
 * one model table (inheritance flattened) and its resources, built once. The meaning checks and
 * the IR builder both read it. Files naming one service merge; what they must agree on and may not
 * define twice is reported here, naming both places.
 */
import { compareText, type Diagnostic } from "../diagnostics.ts";
import { locate, type LoadedFile, type NodePath } from "../load/load.ts";
import type {
  RawField,
  RawModel,
  RawPackage,
  RawResource,
  RawService,
  RawSpec,
  RawWebhooks,
} from "../load/spec-types.ts";
import { reporterFor } from "../load/reporter.ts";

/** A structurally valid spec file and the files beside it that it names (mock extensions, guide: path -> text). */
export interface SpecFile {
  readonly loaded: LoadedFile;
  readonly spec: RawSpec;
  readonly extensions: ReadonlyMap<string, string>;
}

/** A spec node and where it was written. */
export interface Located<T> {
  readonly value: T;
  readonly file: SpecFile;
  readonly path: NodePath;
}

/** A model of the table: its declaration, the resource declaring it (null: service-wide), and its fields with inherited ones first. */
export interface CatalogModel extends Located<RawModel> {
  readonly resource: string | null;
  readonly allFields: readonly RawField[];
}

/** One service, merged from every file that names it. */
export interface CatalogService {
  readonly name: string;
  /** The service block (identical in every file of the service). */
  readonly spec: Located<RawService>;
  readonly files: readonly SpecFile[];
  /** Service-wide and resource models in one table, in declaration order. */
  readonly models: ReadonlyMap<string, CatalogModel>;
  readonly resources: readonly Located<RawResource>[];
  /** The events it sends as webhooks (the one file that says them), or null. */
  readonly webhooks: Located<RawWebhooks> | null;
}

/** Everything the spec files declare, merged. */
export interface Catalog {
  readonly package: Located<RawPackage>;
  readonly files: readonly SpecFile[];
  readonly services: readonly CatalogService[];
}

/**
 * Where a spec node was written, rendered as `file:line:col` only when asked (locating builds the
 * file's positioned document, which a run without diagnostics never needs).
 */
export class SpecPlace {
  private text: string | undefined;
  constructor(private readonly node: { readonly file: SpecFile; readonly path: NodePath }) {}
  toString(): string {
    return (this.text ??= where(this.node));
  }
}

/** `file:line:col` of a located node. */
export function where(node: { readonly file: SpecFile; readonly path: NodePath }): string {
  const { line, column } = locate(node.file.loaded, node.path);
  return `${node.file.loaded.file}:${line}:${column}`;
}

/** Reports a problem at a located node (or a path below it). */
export function reportAt(
  sink: Diagnostic[],
  node: { readonly file: SpecFile; readonly path: NodePath },
  below: NodePath,
  code: string,
  message: string,
  options: { at?: "key" | "value"; hint?: string; severity?: "error" | "warning" } = {},
): void {
  reporterFor(node.file.loaded, sink)([...node.path, ...below], code, message, options);
}

/** Builds the catalog; problems of merging go into `sink`. Files are taken in path order. */
export function buildCatalog(files: readonly SpecFile[], sink: Diagnostic[]): Catalog | null {
  const ordered = [...files].sort((a, b) => compareText(a.loaded.file, b.loaded.file));
  const first = ordered[0];
  if (!first) return null;
  const pkg: Located<RawPackage> = { value: first.spec.package, file: first, path: ["package"] };
  const services = new Map<
    string,
    {
      spec: Located<RawService>;
      files: SpecFile[];
      models: Map<string, CatalogModel>;
      resources: Located<RawResource>[];
      webhooks: Located<RawWebhooks> | null;
    }
  >();
  for (const file of ordered) {
    if (file !== first && !sameJson(file.spec.package, first.spec.package)) {
      reportAt(
        sink,
        { file, path: ["package"] },
        [],
        "package-mismatch",
        `package differs from the one at ${where(pkg)}`,
        { hint: "every spec file of one run must name the same package" },
      );
    }
    const name = file.spec.service.name;
    let service = services.get(name);
    if (!service) {
      service = {
        spec: { value: file.spec.service, file, path: ["service"] },
        files: [],
        models: new Map(),
        resources: [],
        webhooks: null,
      };
      services.set(name, service);
    } else if (!sameJson(service.spec.value, file.spec.service)) {
      reportAt(
        sink,
        { file, path: ["service"] },
        [],
        "service-mismatch",
        `service '${name}' is described differently at ${where(service.spec)}`,
        { hint: "files naming one service must give it the same service block" },
      );
    }
    service.files.push(file);
    const addModel = (model: RawModel, path: NodePath, resource: string | null) => {
      const earlier = service.models.get(model.name);
      if (!earlier) {
        service.models.set(model.name, { value: model, file, path, resource, allFields: [] });
        return;
      }
      // The same service-wide model may stand in several files of the service, identically.
      const shared =
        resource === null &&
        earlier.resource === null &&
        earlier.file !== file &&
        sameJson(earlier.value, model);
      if (!shared) {
        reportAt(
          sink,
          { file, path },
          ["name"],
          "duplicate-model",
          `model '${model.name}' is already defined at ${where({ ...earlier, path: [...earlier.path, "name"] })}`,
          {
            hint:
              earlier.file !== file && resource === null
                ? "a model shared by spec files must be identical in each"
                : "rename one of them",
          },
        );
      }
    };
    (file.spec.models ?? []).forEach((m, i) => addModel(m, ["models", i], null));
    if (file.spec.webhooks) {
      const earlier = service.webhooks;
      if (earlier)
        reportAt(
          sink,
          { file, path: ["webhooks"] },
          [],
          "duplicate-webhooks",
          `the webhooks of service '${name}' are already described at ${where(earlier)}`,
          { hint: "describe a service's webhook events in one of its files" },
        );
      else service.webhooks = { value: file.spec.webhooks, file, path: ["webhooks"] };
    }
    (file.spec.resources ?? []).forEach((r, ri) => {
      const earlier = service.resources.find((x) => x.value.name === r.name);
      if (earlier)
        reportAt(
          sink,
          { file, path: ["resources", ri, "name"] },
          [],
          "duplicate-resource",
          `resource '${r.name}' is already defined at ${where({ ...earlier, path: [...earlier.path, "name"] })}`,
        );
      else service.resources.push({ value: r, file, path: ["resources", ri] });
      (r.models ?? []).forEach((m, mi) => addModel(m, ["resources", ri, "models", mi], r.name));
    });
  }
  const out: CatalogService[] = [...services.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([name, s]) => ({
      name,
      spec: s.spec,
      files: s.files,
      resources: s.resources,
      models: withInheritance(s.models),
      webhooks: s.webhooks,
    }));
  return { package: pkg, files: ordered, services: out };
}

// Flattens each model's inherited fields in front of its own; a cycle stops the walk (the check reports it).
function withInheritance(models: ReadonlyMap<string, CatalogModel>): Map<string, CatalogModel> {
  const out = new Map<string, CatalogModel>();
  for (const [name, model] of models)
    out.set(name, { ...model, allFields: [...inheritedFields(model.value, models), ...model.value.fields] });
  return out;
}

/** The fields a model gets from the chain of models it extends, outermost first. */
export function inheritedFields(
  model: RawModel,
  models: ReadonlyMap<string, { readonly value: RawModel }>,
): RawField[] {
  const out: RawField[] = [];
  const seen = new Set<string>([model.name]);
  let parent = model.extends ? models.get(model.extends)?.value : undefined;
  while (parent && !seen.has(parent.name)) {
    seen.add(parent.name);
    out.unshift(...parent.fields);
    parent = parent.extends ? models.get(parent.extends)?.value : undefined;
  }
  return out;
}

/** Deep equality of plain spec data (key order included, as the YAML gives it). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
