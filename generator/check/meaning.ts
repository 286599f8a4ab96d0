/** Check stage, meaning: references, conditions, paths and names, over the catalog of all spec files. */
import type { Diagnostic } from "../diagnostics.ts";
import { locate, type NodePath } from "../load/load.ts";
import { reporterFor, type Report } from "../load/reporter.ts";
import type {
  RawCondition,
  RawOperation,
  RawParameter,
  RawResource,
  RawTypeExpr,
} from "../load/spec-types.ts";
import {
  sameJson,
  where,
  type Catalog,
  type CatalogModel,
  type CatalogService,
  type Located,
  type SpecFile,
} from "../resolve/catalog.ts";
import { checkCredentialParameters, checkSecurity } from "./auth.ts";
import { checkServiceSettings } from "./service.ts";
import { checkWebhooks } from "./webhooks.ts";
import { checkListPaging, checkPaging, pageMetaOf } from "./paging.ts";
import { checkParameters, derivable, TOKEN } from "./parameters.ts";
import { checkRequestBody } from "./request-body.ts";
import { checkServerUrl } from "./servers.ts";
import { checkResponses, isRedirect, responseModelOf, successStatusesOf } from "./response.ts";
import {
  checkDefault,
  checkFields,
  checkNameableValues,
  checkTypeExpr,
  nestedBinary,
  unionsInRequest,
  type TypeContext,
} from "./types.ts";
import { warnUnmintableIds } from "./mock-ids.ts";

/** What every check of one file needs: its reporter, positions, and the service's model table. */
export interface FileContext extends TypeContext {
  readonly file: SpecFile;
  readonly service: CatalogService;
}

/** Reports every problem of meaning in the catalog into `sink`. */
export function checkMeaning(catalog: Catalog, sink: Diagnostic[], warnings = true): void {
  const operationIds = new Map<string, { file: SpecFile; path: NodePath }>();
  // Warnings about what the local server will do, shown only for a spec that is otherwise right.
  const later: Diagnostic[] = [];
  const [firstService] = catalog.services;
  for (const service of catalog.services) {
    if (
      firstService &&
      service !== firstService &&
      !sameJson(service.spec.value.auth, firstService.spec.value.auth)
    ) {
      reporterFor(service.spec.file.loaded, sink)(
        [...service.spec.path, "auth"],
        "auth-mismatch",
        `services of one package share createClient, but this auth differs from the one at ${where(firstService.spec)}`,
      );
    }
    checkSharedServerVariables(service, catalog.services, sink);
    const contexts = new Map(service.files.map((file) => [file, fileContext(file, service, sink)]));
    const ctxOf = (file: SpecFile) => contexts.get(file)!;
    checkServiceSettings(service, ctxOf(service.spec.file));
    if (service.webhooks) checkWebhooks(service, ctxOf(service.webhooks.file));
    for (const model of service.models.values()) checkModel(model, service, ctxOf(model.file));
    for (const resource of service.resources) {
      const ctx = ctxOf(resource.file);
      checkResource(resource, ctx);
      if (warnings)
        warnUnmintableIds(resource, service, { ...ctx, report: reporterFor(resource.file.loaded, later) });
      resource.value.operations.forEach((op, oi) => {
        const path = [...resource.path, "operations", oi, "id"];
        const earlier = operationIds.get(op.id);
        if (earlier)
          ctx.report(
            path,
            "duplicate-operation-id",
            `operation id '${op.id}' is already used at ${where(earlier)}`,
          );
        else operationIds.set(op.id, { file: resource.file, path });
      });
    }
  }
  if (warnings)
    for (const file of catalog.files) warnEmptyText(file.spec, [], reporterFor(file.loaded, sink));
  if (!sink.some((d) => d.severity === "error")) sink.push(...later);
}

function fileContext(file: SpecFile, service: CatalogService, sink: Diagnostic[]): FileContext {
  return {
    file,
    service,
    report: reporterFor(file.loaded, sink),
    where: (path: NodePath) => {
      const { line, column } = locate(file.loaded, path);
      return `${line}:${column}`;
    },
    hasModel: (name) => service.models.has(name),
    modelNames: () => [...service.models.keys()].join(", "),
    modelFields: (name) => service.models.get(name)?.allFields,
  };
}

function checkModel(model: CatalogModel, service: CatalogService, ctx: FileContext): void {
  const { value, path } = model;
  if (value.extends !== undefined && !service.models.has(value.extends)) {
    ctx.report([...path, "extends"], "unknown-model", `no model named '${value.extends}'`, {
      hint: `defined models: ${ctx.modelNames()}`,
    });
  }
  const seen = new Set<string>();
  for (let current = value; current.extends;) {
    if (current.extends === value.name) {
      ctx.report(
        [...path, "extends"],
        "extends-cycle",
        `model '${value.name}' extends itself through '${current.name}'`,
      );
      break;
    }
    if (seen.has(current.name)) break;
    seen.add(current.name);
    const next = service.models.get(current.extends)?.value;
    if (!next) break;
    current = next;
  }
  const inherited = model.allFields.slice(0, model.allFields.length - value.fields.length);
  checkFields(value.fields, [...path, "fields"], ctx, inherited, true);
}

const PLACEHOLDER = /\{([^}]+)\}/g;

function checkResource(resource: Located<RawResource>, ctx: FileContext): void {
  const { value: r, path } = resource;
  const { report } = ctx;
  const declared = new Map<string, number>();
  (r.pathParameters ?? []).forEach((p, i) => {
    const pp = [...path, "pathParameters", i];
    if (declared.has(p.name))
      report([...pp, "name"], "duplicate-wire-name", `path parameter '${p.name}' is declared twice`);
    declared.set(p.name, i);
    const scalar = (t: RawTypeExpr | undefined) =>
      t !== undefined && t.type !== undefined && ["string", "integer", "number", "boolean"].includes(t.type);
    if (p.type !== undefined && !scalar(p) && !(p.type === "array" && scalar(p.items)))
      report(
        [...pp, "type"],
        "path-parameter-type",
        `a path parameter is a string, integer, number or boolean, or an array of them, not ${p.type === "array" ? "an array of " + (p.items?.type ?? p.items?.model ?? "models") : p.type}`,
      );
    if (p.explode !== undefined && p.type !== "array")
      report(
        [...pp, "explode"],
        "unsupported-encoding",
        "explode says how an array's items are written; this value is not an array",
      );
    if (p.property === undefined && !derivable(p.name, false))
      report([...pp, "name"], "underivable-name", `no client argument name can be made of '${p.name}'`, {
        hint: "give the path parameter a property: name",
      });
    if (p.model !== undefined)
      report([...pp, "model"], "path-parameter-type", "a path parameter cannot be a model");
    checkTypeExpr(p, pp, ctx, null);
    unionsInRequest(p, pp, report);
  });
  const used = new Set<string>();
  const checkTemplate = (template: string, at: NodePath) => {
    const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    names.forEach((name, i) => {
      used.add(name);
      if (names.indexOf(name) !== i)
        report(at, "duplicate-path-placeholder", `path placeholder {${name}} appears twice in ${template}`);
      else if (!declared.has(name))
        report(at, "missing-path-parameter", `path placeholder {${name}} has no entry in pathParameters`, {
          hint: `add a path parameter named '${name}'`,
        });
    });
  };
  for (const kind of ["list", "instance"] as const)
    if (r.paths[kind] !== undefined) checkTemplate(r.paths[kind]!, [...path, "paths", kind]);
  r.operations.forEach((op, oi) => {
    const opPath = [...path, "operations", oi];
    if (op.path === "list" || op.path === "instance") {
      if (r.paths[op.path] === undefined)
        report(
          [...opPath, "path"],
          `missing-${op.path}-path`,
          `this operation uses the ${op.path} path, but the resource has none`,
          { hint: `add paths.${op.path}` },
        );
    } else checkTemplate(op.path, [...opPath, "path"]);
    checkOperation(op, resource, opPath, ctx);
  });
  for (const [name, i] of declared) {
    if (!used.has(name))
      report(
        [...path, "pathParameters", i, "name"],
        "unused-path-parameter",
        `path parameter '${name}' appears in no path`,
      );
  }
  if (r.listKey === undefined && r.operations.some((op) => op.kind === "list")) {
    report(path, "missing-list-key", `resource '${r.name}' has a list operation but no listKey`, {
      hint: "add 'listKey', the property of a list response holding the items",
    });
  }
}

function checkOperation(
  op: RawOperation,
  resource: Located<RawResource>,
  path: NodePath,
  ctx: FileContext,
): void {
  const { report, service } = ctx;
  if (op.kind === "action" && op.name === undefined)
    report([...path, "kind"], "missing-name", "an action needs 'name', the generated function's name");
  if (op.security) checkSecurity(op.security, service.spec.value.auth, [...path, "security"], report);
  if (op.baseUrl !== undefined)
    checkServerUrl(op.baseUrl, service.spec.value.serverVariables, [...path, "baseUrl"], report);
  checkMethod(op, path, report);
  checkCredentialParameters(op, service.spec.value.auth, path, report);
  checkResponses(op, path, ctx, isRedirect(op));
  if (
    op.response === undefined &&
    op.responses === undefined &&
    (op.kind === "create" || op.kind === "fetch" || op.kind === "list" || op.kind === "update")
  ) {
    report(path, "missing-response", `a '${op.kind}' operation needs a response model`, {
      hint: "add 'response: <Model>'",
    });
  }
  if (op.additionalBodyProperties && (op.body !== "json" || !hasRequestBody(op.method)))
    report(
      [...path, "additionalBodyProperties"],
      "additional-properties-without-json-body",
      "only a JSON body takes properties no parameter names",
      { at: "key", hint: "add 'body: json' (a GET, HEAD, OPTIONS or DELETE has no body)" },
    );
  if (op.idempotencyKey) checkIdempotencyKey(op, [...path, "idempotencyKey"], report);
  if (op.stream && op.kind !== "list")
    report([...path, "stream"], "stream-not-on-list", "only a list operation can have a stream", {
      at: "key",
    });
  if (op.kind === "list") checkListOperation(op, resource, path, ctx);
  else if (op.pagination !== undefined)
    report([...path, "pagination"], "pagination-not-on-list", "only a list operation pages", { at: "key" });
  const statuses = successStatusesOf(op);
  if (new Set(statuses).size !== statuses.length)
    report([...path, "successStatus"], "duplicate-status", "a success status is listed twice");
  const redirects = statuses.filter((s) => s >= 300);
  if (redirects.length && (redirects.length !== statuses.length || op.kind === "list"))
    report(
      [...path, "successStatus"],
      "mixed-redirect",
      op.kind === "list"
        ? "a list answers with pages, not with a redirect"
        : "an operation the API answers with a redirect (3xx) has no 2xx answer besides",
      { hint: "list only the redirect statuses, or only 2xx ones" },
    );
  checkParameters(op, path, ctx);
  if (op.requestBody) checkRequestBody(op, op.requestBody, [...path, "requestBody"], ctx);
  (op.parameters ?? []).forEach((param, i) => {
    const pp = [...path, "parameters", i];
    checkTypeExpr(param, pp, ctx, null, "request");
    nestedBinary(param, pp, report, true);
    // A union travels as JSON: a property of a JSON body carries it, a query or form value cannot.
    if (!(param.in === "body" && op.body === "json")) unionsInRequest(param, pp, report);
    if (param.default !== undefined) checkDefault(param, param.default, [...pp, "default"], report);
    if (param.required && param.requiredWhen) {
      report(
        [...pp, "requiredWhen"],
        "conflicting-requirement",
        "a parameter that is always required cannot also be required only when a condition holds",
        { at: "key" },
      );
    }
    for (const key of ["requiredWhen", "onlyWhen"] as const) {
      const condition = param[key];
      if (condition) checkCondition(op, param, condition, [...pp, key], ctx);
    }
  });
  op.examples?.forEach((example, ei) => {
    for (const name of Object.keys(example.params)) {
      if (!op.parameters?.some((p) => p.name === name)) {
        report(
          [...path, "examples", ei, "params", name],
          "unknown-parameter",
          `example names '${name}', which is not a parameter of ${op.id}`,
          { at: "key" },
        );
      }
    }
  });
}

/**
 * Services of one package share createClient, so a server variable two of them name is one option:
 * its default, values and description must agree (the first service's are the option's).
 */
function checkSharedServerVariables(
  service: CatalogService,
  services: readonly CatalogService[],
  sink: Diagnostic[],
): void {
  const own = service.spec.value.serverVariables ?? {};
  for (const [name, variable] of Object.entries(own)) {
    const earlier = services
      .slice(0, services.indexOf(service))
      .find(
        (other) => other.spec.value.serverVariables && Object.hasOwn(other.spec.value.serverVariables, name),
      );
    if (earlier && !sameJson(earlier.spec.value.serverVariables![name], variable))
      reporterFor(service.spec.file.loaded, sink)(
        [...service.spec.path, "serverVariables", name],
        "server-variable-mismatch",
        `services of one package share createClient, but the server variable '${name}' differs from the one at ${where(earlier.spec)}`,
        { at: "key", hint: "give it the same default, values and description, or another name" },
      );
  }
}

/**
 * An idempotency key belongs to a write (a GET, HEAD or OPTIONS is retried anyway); a header's name
 * is an HTTP token; a body parameter is one of the operation's own string body parameters.
 */
function checkIdempotencyKey(op: RawOperation, path: NodePath, report: Report): void {
  const key = op.idempotencyKey!;
  if (op.method === "GET" || op.method === "HEAD" || op.method === "OPTIONS")
    report(
      path,
      "idempotency-key-on-read",
      `a ${op.method} is retried without a key: only a write takes one`,
      {
        at: "key",
        hint: "remove 'idempotencyKey'",
      },
    );
  if ("header" in key) {
    if (!TOKEN.test(key.header))
      report([...path, "header"], "invalid-header-name", `'${key.header}' is not a valid header name`, {
        hint: "letters, digits and !#$%&'*+.^_`|~- only, such as Idempotency-Key",
      });
    return;
  }
  const param = op.parameters?.find((p) => p.name === key.parameter);
  if (!param || param.in !== "body" || param.type !== "string")
    report(
      [...path, "parameter"],
      "unknown-idempotency-parameter",
      `'${key.parameter}' is not a string body parameter of ${op.id}`,
      { hint: "declare it (in: body, type: string), or name a header instead" },
    );
}

/** Whether requests of a method carry a body (the client sends none with GET, HEAD, OPTIONS or DELETE). */
export function hasRequestBody(method: RawOperation["method"]): boolean {
  return method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "DELETE";
}

/**
 * HEAD and OPTIONS operations are named actions (the other kinds name a GET, POST... of a
 * resource); a HEAD answer has no body, so it returns no model.
 */
function checkMethod(op: RawOperation, path: NodePath, report: Report): void {
  if ((op.method === "HEAD" || op.method === "OPTIONS") && op.kind !== "action")
    report(
      [...path, "kind"],
      "method-kind-mismatch",
      `a ${op.method} operation is an action, not a '${op.kind}'`,
      {
        hint: "write kind: action and give it a name (such as headWidget)",
      },
    );
  if (op.method === "HEAD" && op.response !== undefined)
    report([...path, "response"], "response-on-head", "a HEAD answer has no body, so no response model", {
      at: "key",
      hint: "remove 'response': the function returns the answer's headers",
    });
}

function checkListOperation(
  op: RawOperation,
  resource: Located<RawResource>,
  path: NodePath,
  ctx: FileContext,
): void {
  const own = op.pagination;
  if (own !== undefined && own !== "none") checkPaging(own, [...path, "pagination"], ctx.service, ctx);
  const style = own ?? ctx.service.spec.value.pagination;
  if (style === undefined) {
    ctx.report(
      [...path, "kind"],
      "missing-pagination",
      "a list operation needs service.pagination (or its own 'pagination') to read its pages",
      {
        hint: "declare how the API pages, or give the operation 'pagination: none' if it answers in one response",
      },
    );
    return;
  }
  if (style === "none") return;
  checkListPaging(op, style, own !== undefined, path, ctx);
  const where = own === undefined ? "service.pagination" : "its pagination";
  const listKey = resource.value.listKey;
  const meta = pageMetaOf(style);
  if (listKey === undefined || meta === null) return;
  // The items and the metadata share the response: the items' key cannot also be the metadata's.
  const clash =
    meta.metaKey !== undefined
      ? listKey === meta.metaKey
      : ctx.service.models.get(meta.metaModel)?.allFields.some((f) => f.name === listKey) === true;
  if (clash)
    ctx.report(
      own === undefined ? [...resource.path, "listKey"] : [...path, "pagination"],
      "name-collision",
      meta.metaKey !== undefined
        ? `the resource's listKey '${listKey}' is also the page metadata's key (${where}.metaKey)`
        : `the resource's listKey '${listKey}' is also a field of the page metadata '${meta.metaModel}', which sits beside the items (${where} has no metaKey)`,
    );
}

function checkCondition(
  op: RawOperation,
  param: RawParameter,
  condition: RawCondition,
  path: NodePath,
  ctx: FileContext,
): void {
  const { report, service } = ctx;
  let subject: { readonly type?: string; readonly enum?: readonly string[] } | undefined;
  let name: string;
  if (condition.parameter !== undefined) {
    name = condition.parameter;
    subject = op.parameters?.find((p) => p.name === condition.parameter);
    if (!subject) {
      report(
        [...path, "parameter"],
        "unknown-parameter",
        `condition names '${condition.parameter}', which is not a parameter of ${op.id}`,
      );
      return;
    }
    if (subject === param) {
      report([...path, "parameter"], "self-condition", `parameter '${param.name}' cannot depend on itself`);
      return;
    }
    if (subject.enum) checkNameableValues(subject.enum, [...path, "parameter"], report);
  } else {
    name = condition.resourceField!;
    const responseModel = responseModelOf(op);
    const model = responseModel ? service.models.get(responseModel) : undefined;
    subject = model?.allFields.find((f) => f.name === condition.resourceField);
    if (!subject) {
      report(
        [...path, "resourceField"],
        "unknown-resource-field",
        `condition names '${condition.resourceField}', which is not a field of ${responseModel ?? "the response model"}`,
      );
      return;
    }
  }
  const isBoolean = subject.type === "boolean";
  if (!subject.enum && !isBoolean) {
    report(
      path,
      "condition-subject-not-enum",
      `'${name}' is neither an enum nor a boolean, so a condition on its value cannot be checked`,
      { hint: "give it an enum" },
    );
    return;
  }
  condition.in.forEach((value, i) => {
    const ok = isBoolean
      ? typeof value === "boolean"
      : typeof value === "string" && subject.enum!.includes(value);
    if (!ok)
      report(
        [...path, "in", i],
        "condition-value-not-in-enum",
        `${JSON.stringify(value)} is not a value of '${name}' (${isBoolean ? "true, false" : subject.enum!.join(", ")})`,
      );
  });
}

// Empty descriptions and summaries are accepted (official documents have them) but worth a look.
function warnEmptyText(node: unknown, path: NodePath, report: Report): void {
  if (Array.isArray(node)) node.forEach((item, i) => warnEmptyText(item, [...path, i], report));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if ((key === "description" || key === "summary") && typeof value === "string" && value.trim() === "") {
        report([...path, key], "empty-description", `empty ${key}`, {
          severity: "warning",
          hint: "describe it for the generated docs",
        });
      } else if (key !== "examples") warnEmptyText(value, [...path, key], report);
    }
  }
}
