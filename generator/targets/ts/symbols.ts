/**
 * Symbols stage: every name the generated package declares, registered before any code is emitted.
 * One package-wide namespace (the root index re-exports every module, and modules import from each
 * other), one namespace per module for its private helpers, and the names the runtime and the
 * JavaScript globals already take. A clash is a diagnostic naming both spec locations; emitters
 * derive their import lists from the table.
 */
import type { Diagnostic } from "../../diagnostics.ts";
import type { TsModel, TsOperation, TsResource, TsService, TsType, TsView } from "./model.ts";
import { namedShapes, namedUnions, shapesOfFields, unionsOfFields, usesWireEncoder } from "./walk.ts";
import { FIXED_SUBPATHS, MODULES, resourceModules, resourceSubpath, serviceModules } from "./layout.ts";
import * as names from "./names.ts";
import { envelopeName } from "../../ir/schema-names.ts";
import { paramTypeDeclarations } from "./param-names.ts";
import type { RuntimeExport } from "./runtime-exports.ts";
import { needsWireEncoding } from "./wire-encoding.ts";
import type { IrWebhooks } from "../../ir/types.ts";

/** Where a declaration was written: `file:line:col` when rendered (computed only for a message). */
export type Place = { toString(): string };

/** One declared name: the module declaring it, whether it is a type, what it is, and where it came from. */
export interface SymbolInfo {
  readonly name: string;
  readonly module: string;
  readonly typeOnly: boolean;
  /** What declares it, for messages: `the model 'Page'`. */
  readonly role: string;
  /** `file:line:col` of the spec node, or null for the runtime and globals. */
  readonly origin: Place | null;
}

// Global names of JavaScript and TypeScript that generated code refers to; a declaration would shadow them.
export const GLOBALS: readonly string[] = (
  "Promise Date Record Readonly ReadonlyArray Array Map Set Error TypeError Object String Number Boolean URL URLSearchParams " +
  "Headers Response Request AbortSignal AbortController RegExp JSON Math Symbol Uint8Array TextEncoder TextDecoder " +
  "AsyncIterable AsyncGenerator Iterable Partial Required Pick Omit Exclude Extract NonNullable ReturnType Function " +
  "Infinity NaN Buffer fetch setTimeout clearTimeout globalThis console process btoa atob undefined " +
  "Blob FormData ArrayBuffer ReadableStream"
).split(" ");

/** Where a node of the TypeScript view was written. */
interface Origins {
  get(node: object): Place | undefined;
}

/** The package-wide and per-module namespaces. */
export class SymbolTable {
  private readonly global = new Map<string, SymbolInfo>();
  private readonly locals = new Map<string, Map<string, SymbolInfo>>();
  // One diagnostic per pair of clashing declarations, not one per name derived from them.
  private readonly reported = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];

  /** Registers a package-wide name. */
  declare(info: SymbolInfo): void {
    const earlier = this.global.get(info.name) ?? this.locals.get(info.module)?.get(info.name);
    if (earlier) this.clash(earlier, info);
    else this.global.set(info.name, info);
  }

  /** Registers a name private to one module (it still may not shadow a package-wide one). */
  declareLocal(info: SymbolInfo): void {
    const scope = this.locals.get(info.module) ?? new Map<string, SymbolInfo>();
    this.locals.set(info.module, scope);
    const earlier = scope.get(info.name) ?? this.global.get(info.name);
    if (earlier) this.clash(earlier, info);
    else scope.set(info.name, info);
  }

  /** The package-wide declaration of a name. */
  lookup(name: string): SymbolInfo | undefined {
    return this.global.get(name);
  }

  /** Whether `module` declares `name` (package-wide or privately). */
  declares(module: string, name: string): boolean {
    return this.global.get(name)?.module === module || this.locals.get(module)?.has(name) === true;
  }

  private clash(earlier: SymbolInfo, later: SymbolInfo): void {
    if (earlier.origin === later.origin && earlier.module === later.module && earlier.role === later.role)
      return;
    const [first, second] = later.origin === null ? [later, earlier] : [earlier, later];
    const pair = `${first.origin ?? first.role}|${second.origin ?? second.role}`;
    if (this.reported.has(pair)) return;
    this.reported.add(pair);
    const at = parseOrigin(second.origin === null ? null : String(second.origin));
    const firstPlace = first.origin ? ` at ${first.origin}` : "";
    this.diagnostics.push({
      code: "name-collision",
      severity: "error",
      message: `'${second.name}' (${second.role}) is already declared by ${first.role}${firstPlace}`,
      file: at.file,
      line: at.line,
      column: at.column,
      path: "",
      hint:
        first.origin === null
          ? "rename it in the spec: this name is taken by the generated runtime or a JavaScript global"
          : "rename one of the two in the spec",
    });
  }
}

function parseOrigin(origin: string | null): { file: string; line: number; column: number } {
  const match = origin ? /^(.*):(\d+):(\d+)$/.exec(origin) : null;
  return match
    ? { file: match[1]!, line: Number(match[2]), column: Number(match[3]) }
    : { file: "<generator>", line: 1, column: 1 };
}

/**
 * Builds the table for the TypeScript view of an IR; `irOrigins` locate IR nodes in the spec (the
 * view says which IR node each of its nodes comes from). Collisions end up in `table.diagnostics`.
 */
export function buildSymbols(
  view: TsView,
  irOrigins: WeakMap<object, Place>,
  runtime: readonly RuntimeExport[],
): SymbolTable {
  const ir = view.ir;
  const origins: Origins = { get: (node) => irOrigins.get(view.source.get(node) ?? node) };
  const table = new SymbolTable();
  for (const name of GLOBALS)
    table.declare({ name, module: "<global>", typeOnly: false, role: "a JavaScript global", origin: null });
  for (const { name, module, typeOnly } of runtime)
    table.declare({ name, module, typeOnly, role: `the runtime (${module})`, origin: null });
  for (const name of ["createClient", "ClientOptions"])
    table.declare({
      name,
      module: MODULES.client,
      typeOnly: name === "ClientOptions",
      role: "the client entry",
      origin: null,
    });
  for (const name of ["components", "paths", "operations", "webhooks", "$defs", "Wire"])
    table.declare({ name, module: MODULES.wire, typeOnly: true, role: "the wire types", origin: null });
  // Subpath exports share the table: a `./` name can never clash with an identifier.
  for (const name of FIXED_SUBPATHS)
    table.declare({
      name,
      module: "package.json",
      typeOnly: false,
      role: "a fixed export of the package",
      origin: null,
    });
  for (const service of ir.services) registerService(table, service, origins);
  return table;
}

function registerService(table: SymbolTable, service: TsService, origins: Origins): void {
  const m = serviceModules(service);
  const serviceOrigin = origins.get(service) ?? null;
  for (const constant of ["BASE_URL", "REQUEST_ID_HEADER", "ERROR_FIELDS", "SECURITY"] as const) {
    table.declare({
      name: names.serviceConstantName(service.name, constant),
      module: m.constants,
      typeOnly: false,
      role: `a constant of service ${service.name}`,
      origin: serviceOrigin,
    });
  }
  for (const model of service.models) registerModel(table, model, m.models, m.decoders, origins);
  for (const resource of service.resources) registerResource(table, service, resource, origins);
  if (service.webhooks) registerWebhooks(table, service, service.webhooks, serviceOrigin);
}

function registerWebhooks(
  table: SymbolTable,
  service: TsService,
  webhooks: IrWebhooks,
  origin: Place | null,
): void {
  const module = serviceModules(service).webhooks;
  const role = `the webhooks of service ${service.name}`;
  const events = webhooks.events.length > 0;
  const declared = [
    [names.serviceConstantName(service.name, "WEBHOOK_SIGNATURE"), false],
    ["validateRequest", false],
    ["validateWebhookRequest", false],
    ...(webhooks.signature.bodyHashParameter !== null ? [["validateRequestWithBody", false] as const] : []),
    ...(events
      ? [["parseWebhookEvent", false] as const, [names.webhookEventUnionName(service.name), true] as const]
      : []),
    ...webhooks.events.map((e) => [names.webhookEventName(e.type), true] as const),
  ] as const;
  for (const [name, typeOnly] of declared) table.declare({ name, module, typeOnly, role, origin });
}

function registerModel(
  table: SymbolTable,
  model: TsModel,
  typesModule: string,
  decodersModule: string,
  origins: Origins,
): void {
  const origin = origins.get(model) ?? null;
  const type = (name: string, role: string, at: Place | null = origin) => {
    table.declare({ name, module: typesModule, typeOnly: true, role, origin: at });
    table.declare({
      name: names.decoderName(name),
      module: decodersModule,
      typeOnly: false,
      role: `the decoder of ${name}`,
      origin: at,
    });
  };
  type(model.name, `the model '${model.name}'`);
  const selector = model.fields.find((f) => f.type.kind === "variants");
  if (selector?.type.kind === "variants") {
    const by = model.fields.find((f) => f.wireName === (selector.type as { by: string }).by);
    table.declare({
      name: names.commonTypeName(model.name),
      module: typesModule,
      typeOnly: true,
      role: `the common fields of model '${model.name}'`,
      origin,
    });
    for (const value of by?.type.kind === "enum" ? by.type.values : []) {
      table.declare({
        name: names.variantMemberName(model.name, value),
        module: typesModule,
        typeOnly: true,
        role: `the ${value} member of model '${model.name}'`,
        origin,
      });
    }
  }
  for (const shape of shapesOfFields(model.fields))
    type(shape.typeName, `a shape inside model '${model.name}'`, origins.get(shape.node) ?? origin);
  for (const union of unionsOfFields(model.fields))
    type(union.typeName, `a union inside model '${model.name}'`, origins.get(union) ?? origin);
}

function registerResource(
  table: SymbolTable,
  service: TsService,
  resource: TsResource,
  origins: Origins,
): void {
  const m = resourceModules(service, resource);
  table.declare({
    name: resourceSubpath(resource),
    module: "package.json",
    typeOnly: false,
    role: `the subpath export of resource ${resource.name}`,
    origin: origins.get(resource) ?? null,
  });
  for (const model of resource.models) registerModel(table, model, m.types, m.decoders, origins);
  for (const p of resource.pathParameters) {
    const origin = origins.get(p) ?? null;
    table.declareLocal({
      name: names.pathCheckName(p.wireName),
      module: m.validators,
      typeOnly: false,
      role: `the check of path parameter '${p.wireName}'`,
      origin,
    });
  }
  for (const op of resource.operations) registerOperation(table, op, m, origins);
}

function registerOperation(
  table: SymbolTable,
  op: TsOperation,
  m: ReturnType<typeof resourceModules>,
  origins: Origins,
): void {
  const origin = origins.get(op) ?? null;
  const fn = (name: string, module: string, role: string) =>
    table.declare({ name, module, typeOnly: false, role: `${role} of operation ${op.id}`, origin });
  fn(op.functionName, m.operations, "the function");
  for (const union of op.responseType ? namedUnions(op.responseType) : []) {
    const at = origins.get(union) ?? origin;
    const role = `the response union of operation ${op.id}`;
    table.declare({ name: union.typeName, module: m.types, typeOnly: true, role, origin: at });
    table.declare({
      name: names.decoderName(union.typeName),
      module: m.decoders,
      typeOnly: false,
      role: `the decoder of ${role}`,
      origin: at,
    });
  }
  // A type parameter of the operation's functions: a type of the same name would be shadowed there.
  if (op.discriminator?.tsPath.length === 1)
    table.declareLocal({
      name: names.discriminatorTypeParameter(op.discriminator.tsPath[0]!),
      module: m.operations,
      typeOnly: true,
      role: `the type parameter of operation ${op.id}`,
      origin,
    });
  fn(names.withResponseName(op.functionName), m.operations, "the ...WithResponse function");
  fn(names.validatorName(op.functionName), m.validators, "the validator");
  if (op.parameters.some((p) => p.location === "query"))
    fn(names.encoderName(op.functionName, "query"), m.serializers, "the query encoder");
  if (op.parameters.some((p) => p.location === "header" || p.location === "cookie"))
    fn(names.encoderName(op.functionName, "headers"), m.serializers, "the header encoder");
  if (op.parameters.some((p) => p.location === "body") || op.additionalBodyProperties)
    fn(
      names.encoderName(op.functionName, names.BODY_PARTS[op.bodyEncoding]),
      m.serializers,
      "the body encoder",
    );
  else if (op.requestBody?.kind === "json")
    fn(names.encoderName(op.functionName, "body"), m.serializers, "the body encoder");
  if (op.kind === "list") {
    table.declareLocal({
      name: names.requestPageName(op.functionName),
      module: m.operations,
      typeOnly: false,
      role: `the page request of operation ${op.id}`,
      origin,
    });
    table.declare({
      name: envelopeName(op.id),
      module: MODULES.wire,
      typeOnly: true,
      role: `the list response schema of operation ${op.id}`,
      origin,
    });
  }
  if (op.stream) {
    fn(op.stream.functionName, m.operations, "the stream");
    fn(names.validatorName(op.stream.functionName), m.validators, "the stream validator");
  }
  for (const { name, role } of paramTypeDeclarations(op))
    table.declare({ name, module: m.types, typeOnly: true, role: `${role} of operation ${op.id}`, origin });
  for (const p of op.parameters)
    registerRequestTypes(
      table,
      p.type,
      usesWireEncoder(p.encoding),
      m,
      origins,
      origins.get(p) ?? origin,
      `parameter '${p.wireName}' of operation ${op.id}`,
    );
  if (op.requestBody?.kind === "json")
    registerRequestTypes(
      table,
      op.requestBody.type,
      true,
      m,
      origins,
      origins.get(op.requestBody) ?? origin,
      `the request body of operation ${op.id}`,
    );
}

// The object shapes and unions of a request value: their types, checks and (where the value is sent as JSON) wire encoders.
function registerRequestTypes(
  table: SymbolTable,
  type: TsType,
  encoded: boolean,
  m: ReturnType<typeof resourceModules>,
  origins: Origins,
  origin: Place | null,
  what: string,
): void {
  for (const shape of namedShapes(type)) {
    const at = origins.get(shape.node) ?? origin;
    table.declare({
      name: shape.typeName,
      module: m.types,
      typeOnly: true,
      role: `the type of ${what}`,
      origin: at,
    });
    table.declareLocal({
      name: names.objectCheckName(shape.typeName),
      module: m.validators,
      typeOnly: false,
      role: `the check of ${shape.typeName}`,
      origin: at,
    });
    if (encoded)
      table.declareLocal({
        name: names.objectWireName(shape.typeName),
        module: m.serializers,
        typeOnly: false,
        role: `the wire encoder of ${shape.typeName}`,
        origin: at,
      });
  }
  for (const union of namedUnions(type)) {
    const at = origins.get(union) ?? origin;
    table.declare({
      name: union.typeName,
      module: m.types,
      typeOnly: true,
      role: `the union of ${what}`,
      origin: at,
    });
    if (encoded && needsWireEncoding(union))
      table.declareLocal({
        name: names.objectWireName(union.typeName),
        module: m.serializers,
        typeOnly: false,
        role: `the wire encoder of ${union.typeName}`,
        origin: at,
      });
  }
}
