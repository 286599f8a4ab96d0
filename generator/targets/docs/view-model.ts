/** Docs emitter, view models: everything the templates show, computed here so templates hold no logic. */
import { answerSentences, resultTypeText } from "../ts/answers.ts";
import type {
  TsField,
  TsIr,
  TsModel,
  TsOperation,
  TsParameter,
  TsPathParameter,
  TsRequestBody,
  TsResource,
  TsService,
  TsStream,
  TsUnionBranch,
  TsUnionType,
} from "../ts/model.ts";
import type { IrAuthKind, IrAuthScheme, IrCredential, IrPaging, IrSecurity } from "../../ir/types.ts";
import { unreachable } from "../../ir/walk.ts";
import { pageMeta } from "../../ir/paging.ts";
import { responseUnions, shapesOfFields, unionsOfFields } from "../ts/walk.ts";
import { branchLabel, BY_SHAPE_RULE, modelLookup, unionOrder, type ModelLookup } from "../ts/unions.ts";
import { propertyName } from "../ts/naming.ts";
import {
  conditionText,
  encodingText,
  formatText,
  lengthText,
  rangeText,
  rulesOf,
  serverNote,
  type Rules,
} from "../ts/describe.ts";
import { fieldType, requestBodyType, typeText } from "../ts/ts-types.ts";
import { Uses } from "../ts/builder.ts";
import { kebab, resourceSubpath } from "../ts/layout.ts";
import { callExample, objectLiteral, pathArgs, requiredSample } from "./examples.ts";
import { mdCode, mdText } from "./markdown.ts";

/** One row of a parameter table; every cell already escaped. */
export interface ParamRow {
  readonly name: string;
  readonly wireName: string;
  readonly type: string;
  readonly requirement: string;
  readonly range: string;
  readonly length: string;
  readonly values: string;
  readonly format: string;
  readonly default: string;
  readonly description: string;
}

/** One documented operation. */
export interface OperationView {
  readonly functionName: string;
  readonly summary: string;
  readonly signature: string;
  readonly method: string;
  readonly path: string;
  readonly id: string;
  /** The operation's tags, or null when it has none (the sentence then leaves them out). */
  readonly tags: string | null;
  readonly status: string;
  readonly deprecated: boolean;
  /** "Exactly one of" rules, as sentences. */
  readonly choices: readonly string[];
  readonly returns: string;
  /** What each success status answers, where it is more than one JSON body (or null). */
  readonly answers: string | null;
  /** The credentials it needs, where they differ from its service's, or null. */
  readonly credentials: string | null;
  /** Where its idempotency key travels and what the client does with it, or null when it declares none. */
  readonly idempotency: string | null;
  readonly params: readonly ParamRow[];
  readonly examples: readonly { readonly title: string; readonly code: string }[];
}

const dash = "-";

function paramRow(p: TsParameter): ParamRow {
  const c = rulesOf(p.type);
  const requirement = [
    p.required ? "required" : null,
    p.requiredWhen ? `required when ${conditionText(p.requiredWhen)}${serverNote(p.requiredWhen)}` : null,
    p.onlyWhen ? `only when ${conditionText(p.onlyWhen)}${serverNote(p.onlyWhen)}` : null,
    p.deprecated ? "deprecated" : null,
  ].filter((x): x is string => x !== null);
  const items = lengthText({ minLength: c.minItems, maxLength: c.maxItems }, "items");
  return {
    name: mdCode(p.tsPath.join(".")),
    wireName: mdCode(p.wireName),
    type: mdCode(typeText(p.type, new Uses())),
    requirement:
      (requirement.length ? mdText(requirement.join("; ")) : "optional") +
      (p.location === "header" || p.location === "cookie" ? ` (${p.location})` : ""),
    range: mdText(rangeText(c) ?? dash),
    length:
      mdText([lengthText(c), items].filter(Boolean).join("; ") || dash) +
      (c.jsonLength && c.maxLength !== null ? " (as JSON)" : ""),
    values: valuesCell(c),
    format: formatCell(c, encodingText(p)),
    default: p.default === null ? dash : mdCode(JSON.stringify(p.default)),
    description: mdText(p.description),
  };
}

// The row of a body taken whole: its argument, type, rules (JSON), and the media type it is sent as.
function bodyRow(b: TsRequestBody): ParamRow {
  const c = b.kind === "json" ? rulesOf(b.type) : null;
  const items = c && lengthText({ minLength: c.minItems, maxLength: c.maxItems }, "items");
  return {
    name: mdCode(b.tsName),
    wireName: "(the body)",
    type: mdCode(requestBodyType(b, new Uses())),
    requirement: b.required ? "required (body)" : "optional (body)",
    range: mdText((c && rangeText(c)) ?? dash),
    length: mdText((c && [lengthText(c), items].filter(Boolean).join("; ")) || dash),
    values: c ? valuesCell(c) : dash,
    format: mdText(`Sent as ${b.mediaType}.`),
    default: dash,
    description: mdText(b.description),
  };
}

function pathParamRow(p: TsPathParameter): ParamRow {
  const c = rulesOf(p.type);
  return {
    name: mdCode(p.tsName),
    wireName: mdCode(p.wireName),
    type: mdCode(typeText(p.type, new Uses())),
    requirement: "required (path)",
    range: mdText(rangeText(c) ?? dash),
    length: mdText(lengthText(c) ?? dash),
    values: valuesCell(c),
    format: formatCell(
      c,
      p.style === "simple"
        ? null
        : `Written in ${p.style} style${p.explode ? ", each item with its own prefix" : ""}.`,
    ),
    default: dash,
    description: mdText(p.description),
  };
}

// The values cell of a table row: the allowed values of a request's enum, or the known values of a
// response's, marked as such (the API may add others).
function valuesCell(c: Rules): string {
  if (!c.values) return dash;
  const list = c.values.map(mdCode).join(", ");
  return c.openValues ? `known: ${list}; the API may add others` : list;
}

// The format cell: the named format, the pattern, and how the value travels (`encoding`), or a dash.
function formatCell(c: Rules, encoding: string | null): string {
  const text = formatText(c.format);
  return (
    [
      text ? mdText(text) : null,
      c.pattern ? `pattern ${mdCode(c.pattern)}` : null,
      encoding ? mdText(encoding) : null,
    ]
      .filter(Boolean)
      .join("; ") || dash
  );
}

function operationView(ir: TsIr, service: TsService, resource: TsResource, op: TsOperation): OperationView {
  const args = ["client", ...op.pathParameters.map((p) => p.tsName)];
  const body = op.requestBody;
  if (body) args.push(`${body.tsName}${body.required ? "" : "?"}: ${requestBodyType(body, new Uses())}`);
  if (op.paramsTypeName) args.push(`params${op.paramsRequired ? "" : "?"}: ${op.paramsTypeName}`);
  args.push("options?: RequestOptions");
  const returns =
    op.kind === "list"
      ? `Page<${op.responseModel}>`
      : op.redirect
        ? `Redirect<${op.responseModel ?? "null"}>`
        : op.method === "HEAD"
          ? "Headers"
          : resultTypeText(op, new Uses());
  // A title ends in the template's colon, not in the sentence's own full stop.
  const title = (text: string) => mdText(text.trim().replace(/[.:;\s]+$/, ""));
  const examples = op.examples.length
    ? op.examples.map((e) => ({ title: title(e.title), code: callExample(resource, op, e) }))
    : [{ title: title(op.summary), code: callExample(resource, op, null) }];
  return {
    functionName: op.functionName,
    summary: mdText(op.summary),
    signature: `${op.functionName}(${args.join(", ")}): Promise<${returns}>`,
    method: op.method,
    // An operation with a server of its own shows it before the path.
    path: mdCode((op.baseUrl ?? "") + op.pathTemplate),
    id: mdCode(op.id),
    tags: op.tags.length ? op.tags.map(mdCode).join(", ") : null,
    status: op.successStatuses.join(" or "),
    deprecated: op.deprecated,
    choices: [
      ...op.exactlyOneOf.map((g) => `Exactly one of ${g.map(mdCode).join(", ")} must be given.`),
      ...op.atLeastOneOf.map((g) => `At least one of ${g.map(mdCode).join(", ")} must be given.`),
    ],
    returns: mdCode(returns),
    answers: answerSentences(op, mdText, mdCode).join(" ") || null,
    // Only where the operation differs from its service: the README says what the service needs.
    credentials:
      JSON.stringify(op.security) === JSON.stringify(service.security)
        ? null
        : `Credentials: ${securityText(op.security, ir)}.`,
    idempotency: idempotencyText(op),
    params: [
      ...op.pathParameters.map(pathParamRow),
      ...(body ? [bodyRow(body)] : []),
      ...op.parameters.map(paramRow),
    ],
    examples,
  };
}

function fieldRows(fields: readonly TsField[]) {
  return fields.map((f) => ({
    name: mdCode(f.tsName),
    wireName: mdCode(f.wireName),
    type: mdCode(f.type.kind === "variants" ? `depends on ${f.type.by}` : fieldType(f, new Uses())),
    values: valuesCell(rulesOf(f.type)),
    description: mdText(f.description + (f.deprecated ? " (deprecated)" : "")),
  }));
}

function modelView(model: TsModel) {
  const variants = model.fields.flatMap((f) =>
    f.type.kind === "variants"
      ? f.type.cases.map((c) => ({
          title: `${mdCode(f.tsName)} when ${mdCode((f.type as { by: string }).by)} is ${mdCode(c.value)}: ${mdCode(c.typeName)}`,
          fields: fieldRows(c.fields),
        }))
      : [],
  );
  const shapes = shapesOfFields(model.fields)
    .filter((s) => !variants.some((v) => v.title.endsWith(mdCode(s.typeName))))
    .map((s) => ({ title: mdCode(s.typeName), fields: fieldRows(s.fields) }));
  return {
    name: model.name,
    description: mdText(model.description),
    extends: model.extends,
    fields: fieldRows(model.fields),
    variants: [...variants, ...shapes],
  };
}

/** The stream of a resource's list operation, for the reference page and the README; null without one. */
function streamView(service: TsService, resource: TsResource) {
  const list = resource.operations.find((o) => o.kind === "list");
  if (!list?.stream || !list.responseModel) return null;
  const item = resource.name.charAt(0).toLowerCase() + resource.name.slice(1);
  const model = [...resource.models, ...service.models].find((m) => m.name === list.responseModel);
  const shown = model ? identifyingField(resource, model) : null;
  return {
    functionName: list.stream.functionName,
    listFunction: list.functionName,
    summary: mdText(list.stream.summary),
    signature: `${list.stream.functionName}(${["client", ...list.pathParameters.map((p) => p.tsName), `params?: ${list.stream.paramsTypeName}`, "options?: RequestOptions"].join(", ")}): AsyncIterable<${list.responseModel}>`,
    limitName: list.stream.limitName,
    maxPageSize: list.stream.maxPageSize,
    pageSize: list.stream.pageSizeParameter === null ? null : propertyName(list.stream.pageSizeParameter),
    example: `for await (const ${item} of ${list.stream.functionName}(${["client", ...pathArgs(list), streamParams(list.stream)].join(", ")})) {\n  console.log(${shown ? `${item}.${shown}` : item});\n}`,
  };
}

// A stream's parameters in its example: those it cannot leave out, and a cap on the items.
function streamParams(stream: TsStream): string {
  const required = requiredSample(stream.parameters);
  return required.length
    ? objectLiteral(stream.parameters, [...required, { wireName: stream.limitName, value: 100 }])
    : `{ ${stream.limitName}: 100 }`;
}

// The property an example shows of each item: the field the instance path's last placeholder names
// (`{Sid}`: `sid`, `{ParcelId}`: `parcelId` or `id`), else `id`, else the model's first field.
function identifyingField(resource: TsResource, model: TsModel): string | null {
  const placeholder = /\{([^}]+)\}[^{]*$/.exec(resource.paths.instance ?? "")?.[1];
  const wanted = [placeholder, "id"]
    .filter((n): n is string => !!n)
    .map((n) => propertyName(n).toLowerCase());
  for (const name of wanted) {
    const field = model.fields.find((f) => f.tsName.toLowerCase() === name);
    if (field) return field.tsName;
  }
  return model.fields[0]?.tsName ?? null;
}

// The page's first example: what every later example on it calls, imported from the resource's
// subpath, and a client from the light `/client` entry (never the root index). The credentials come from the environment variables the README names, or are passed as its options.
function setupExample(ir: TsIr, resource: TsResource): string {
  const functions = resource.operations.flatMap((op) => [
    op.functionName,
    ...(op.stream ? [op.stream.functionName] : []),
  ]);
  return [
    `import { createClient } from ${JSON.stringify(`${ir.package.name}/client`)};`,
    `import { ${functions.join(", ")} } from ${JSON.stringify(`${ir.package.name}${resourceSubpath(resource).slice(1)}`)};`,
    "",
    "const client = createClient(); // credentials: see the package README",
  ].join("\n");
}

/** The view of one resource's reference page. */
export function resourceView(ir: TsIr, service: TsService, resource: TsResource) {
  const update = resource.operations.find((o) => o.kind === "update");
  const serverRules =
    update?.parameters.filter(
      (p) => p.onlyWhen?.checkedBy === "server" || p.requiredWhen?.checkedBy === "server",
    ) ?? [];
  return {
    title: resource.name,
    description: mdText(resource.description),
    packageName: ir.package.name,
    subpath: `${ir.package.name}${resourceSubpath(resource).slice(1)}`,
    setup: setupExample(ir, resource),
    service: service.name,
    baseUrl: service.baseUrl,
    operations: resource.operations.map((op) => operationView(ir, service, resource, op)),
    stream: streamView(service, resource),
    serverRules:
      serverRules.length > 0 && update
        ? { functionName: update.functionName, rows: serverRules.map(paramRow) }
        : null,
    models: resource.models.map(modelView),
    unions: [
      ...resource.models.flatMap((m) => unionsOfFields(m.fields)),
      ...responseUnions(resource.operations),
    ].map((u) => unionView(u, modelLookup(service))),
  };
}

/** A union's docs: its branches, and how the client chooses one. */
function unionView(union: TsUnionType, models: ModelLookup) {
  const label = (b: TsUnionBranch) => mdCode(branchLabel(b.type));
  return {
    name: union.typeName,
    choice:
      union.discriminator === null
        ? `The client takes the first branch the value fits, in this order: ${unionOrder(union.branches, models).map(label).join(", ")}. ${mdText(BY_SHAPE_RULE)}`
        : `The field ${mdCode(union.discriminator)} selects the branch: ${union.branches.map((b) => `${b.values.map(mdCode).join(" or ")}: ${label(b)}`).join("; ")}. Another value is a \`ResponseError\` naming the branches.`,
  };
}

/** One row of the resource tables (README and docs index): where to import it from and what it offers. */
function resourceRows(ir: TsIr) {
  return ir.services.flatMap((service) =>
    service.resources.map((resource) => ({
      name: resource.name,
      service: service.name,
      summary: mdText(firstSentence(resource.description)),
      doc: `${kebab(resource.name)}.md`,
      subpath: mdCode(`${ir.package.name}${resourceSubpath(resource).slice(1)}`),
      functions: [
        ...resource.operations.map((op) => op.functionName),
        ...resource.operations.flatMap((op) => (op.stream ? [op.stream.functionName] : [])),
      ]
        .map(mdCode)
        .join(", "),
    })),
  );
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).replace(/\s+/g, " ");
}

/** The view of the package README. */
export function readmeView(ir: TsIr) {
  const first = ir.services[0]!;
  const rows = resourceRows(ir);
  return {
    name: ir.package.name,
    version: ir.package.version,
    license: ir.package.license,
    description: mdText(ir.package.description),
    guide: ir.package.guide?.trim() ?? null,
    auth: authView(ir),
    baseUrl: first.baseUrl,
    serverVariables: first.serverVariables.map((v) => ({
      option: mdCode(v.name),
      default: mdCode(v.default),
      description: `${mdText(v.description)} Fills ${mdCode(`{${v.name}}`)} of the server URL${v.enum ? `; one of ${v.enum.map(mdCode).join(", ")}` : ""}.`,
    })),
    operationCount: ir.services.reduce(
      (n, s) => n + s.resources.reduce((m, r) => m + r.operations.length, 0),
      0,
    ),
    resourceCount: rows.length,
    resources: rows,
    exampleSubpath: rows[0]?.subpath ?? null,
    paging: pagingView(ir),
    webhooks: webhooksView(ir),
    idempotent: ir.services
      .flatMap((s) => s.resources.flatMap((r) => r.operations))
      .filter((o) => o.idempotencyKey !== null)
      .map((o) => mdCode(o.functionName))
      .join(", "),
  };
}

/** The README's "Receiving webhooks": the first service's signature and events, or null without webhooks. */
function webhooksView(ir: TsIr) {
  const service = ir.services.find((s) => s.webhooks !== null);
  const w = service?.webhooks;
  if (!service || !w) return null;
  const algorithm = { "hmac-sha1": "HMAC-SHA1", "hmac-sha256": "HMAC-SHA256" }[w.signature.algorithm];
  return {
    header: mdCode(w.signature.header),
    algorithm,
    bodyHash: w.signature.bodyHashParameter ? mdCode(w.signature.bodyHashParameter) : null,
    events: w.events.length ? w.events.map((e) => mdCode(e.type)).join(", ") : null,
    typeProperty: propertyName(w.typeField),
  };
}

/** The reference's sentence on an operation's idempotency key, or null when it declares none. */
function idempotencyText(op: TsOperation): string | null {
  const key = op.idempotencyKey;
  if (key === null) return null;
  const where =
    key.in === "header"
      ? `the ${mdCode(key.name)} header`
      : `the ${mdCode(op.parameters.find((p) => p.wireName === key.name)?.tsPath.join(".") ?? key.name)} parameter`;
  return `Idempotent: every call sends a key in ${where} (the caller's, or ${mdCode("options.idempotencyKey")}, else a fresh one), the same on each retry, so this write is retried after a 5xx or a connection failure too.`;
}

/** How the package's lists page, in the API's own names, for the README; null without lists. */
function pagingView(ir: TsIr) {
  const lists = ir.services
    .flatMap((s) => s.resources.flatMap((r) => r.operations))
    .filter((o) => o.kind === "list");
  if (!lists.length) return null;
  const distinct = (texts: readonly string[]) => [...new Set(texts)].join(", or ");
  const styles = lists.flatMap((o) => (o.paging ? [o.paging] : []));
  const whole = lists.filter((o) => !o.paging).map((o) => mdCode(o.functionName));
  return {
    meta: styles.length
      ? distinct(
          styles.map((style) => {
            const p = pageMeta(style);
            return p === null
              ? "null: the page has no metadata"
              : p.metaKey === null
                ? `the page fields beside the items, as ${mdCode(p.metaModel)}`
                : `the API's ${mdCode(p.metaKey)} block, as ${mdCode(p.metaModel)}`;
          }),
        )
      : "null",
    // A next-page link in the metadata is the API's own; any other style names the lists it is theirs.
    links: styles.length
      ? distinct(
          lists.flatMap((o) =>
            o.paging === null
              ? []
              : [
                  o.paging.style === "nextUrl"
                    ? linkText(o.paging)
                    : `${mdCode(o.functionName)}: ${linkText(o.paging)}`,
                ],
          ),
        )
      : "none",
    whole: whole.length
      ? `${whole.join(", ")} ${whole.length === 1 ? "gets" : "get"} the whole list in one response: ${whole.length === 1 ? "its page has" : "their pages have"} no next page and \`meta\` is null.`
      : null,
  };
}

/** How a style finds the next page, in the API's names, for the README. */
function linkText(paging: IrPaging): string {
  switch (paging.style) {
    case "nextUrl":
      return mdCode(paging.nextUrlField);
    case "cursor":
      return paging.cursor.from === "meta"
        ? `the metadata's ${mdCode(paging.cursor.field)}, sent back as ${mdCode(paging.cursorParameter)}`
        : `while ${mdCode(paging.cursor.hasMoreField)} is true, the last item's ${mdCode(paging.cursor.field)}, sent back as ${mdCode(paging.cursorParameter)}`;
    case "linkHeader":
      return "the `Link` header's `rel=\"next\"` target, resolved against the request's URL";
    case "offset":
      return `${mdCode(paging.offsetParameter)} set to the offset plus the items received, while below the metadata's ${mdCode(paging.totalField)}`;
    default:
      return unreachable(paging);
  }
}

/** The view of `docs/README.md`, the index of every resource. */
export function docsIndexView(ir: TsIr) {
  return { name: ir.package.name, resources: resourceRows(ir) };
}

/** The README's auth: how a client is created (code lines), one row per credential option, and each scheme in a sentence. */
function authView(ir: TsIr) {
  const schemes = ir.auth.schemes.map(schemeView);
  const examples = schemes.flatMap((s) => s.examples);
  const first = ir.services[0]!;
  return {
    createLines: examples.length
      ? [
          `const client = createClient(${examples[0]!});`,
          ...examples.slice(1).map((e) => `// or createClient(${e})`),
        ]
      : ["const client = createClient();"],
    envLines: schemes
      .flatMap((s) => s.env)
      .map((vars) => `// or createClient() with ${vars} set in the environment`),
    credentialRows: schemes.flatMap((s) => s.rows),
    schemes: schemes.map((s) => s.sentence),
    none: schemes.length === 0,
    defaultSecurity: schemes.length ? securityText(first.security, ir) : null,
  };
}

type Row = { options: string; env: string; description: string };
const row = (options: IrCredential[], description: string): Row => ({
  options: options.map((o) => mdCode(o.option)).join(", "),
  env: options.every((o) => o.env) ? options.map((o) => mdCode(o.env!)).join(", ") : dash,
  description: mdText(description),
});
const envOf = (...cs: IrCredential[]) => (cs.every((c) => c.env) ? [cs.map((c) => c.env).join(" and ")] : []);

/** One scheme in the README: example option objects, the option rows, the environment variables, a sentence. */
function schemeView(scheme: IrAuthScheme): {
  examples: string[];
  rows: Row[];
  env: string[];
  sentence: string;
} {
  const name = mdCode(scheme.name);
  switch (scheme.kind) {
    case "basic": {
      // The pair with environment fallbacks leads the example, the other pairs follow.
      const pairs = scheme.credentials;
      const main = pairs.find((p) => p.username.env && p.password.env) ?? pairs[0]!;
      const object = (p: (typeof pairs)[number]) =>
        `{ ${p.username.option}: "…", ${p.password.option}: "…" }`;
      return {
        examples: [main, ...pairs.filter((p) => p !== main)].map(object),
        rows: pairs.map((p) =>
          row([p.username, p.password], `${p.username.description} / ${p.password.description}`),
        ),
        env: pairs.flatMap((p) => envOf(p.username, p.password)),
        sentence: `${name}: HTTP Basic, with the first pair of options given (else of environment variables set).`,
      };
    }
    case "bearer":
      return {
        examples: [`{ ${scheme.token.option}: "…" }`],
        rows: [
          row(
            [scheme.token],
            `${scheme.token.description} A string, or a function returning one (called for each request).`,
          ),
        ],
        env: envOf(scheme.token),
        sentence: `${name}: a bearer token${scheme.format ? ` (${mdText(scheme.format)})` : ""} in the Authorization header.`,
      };
    case "apiKey":
      return {
        examples: [`{ ${scheme.key.option}: "…" }`],
        rows: [row([scheme.key], scheme.key.description)],
        env: envOf(scheme.key),
        sentence: `${name}: an API key in the ${scheme.in === "query" ? "query parameter" : scheme.in} ${mdCode(scheme.parameter)}.`,
      };
    case "oauth2": {
      const cc = scheme.clientCredentials;
      return {
        examples: [
          ...(cc ? [`{ ${cc.clientId.option}: "…", ${cc.clientSecret.option}: "…" }`] : []),
          `{ ${scheme.token.option}: "…" }`,
        ],
        rows: [
          row(
            [scheme.token],
            `${scheme.token.description} A string, or a function returning one (called for each request).`,
          ),
          ...(cc
            ? [
                row(
                  [cc.clientId, cc.clientSecret],
                  `${cc.clientId.description} / ${cc.clientSecret.description}`,
                ),
                ...(cc.tokenUrlOption
                  ? [
                      {
                        options: mdCode(cc.tokenUrlOption),
                        env: dash,
                        description: `the token URL, instead of ${mdCode(cc.tokenUrl)}`,
                      },
                    ]
                  : []),
              ]
            : []),
        ],
        env: [...envOf(scheme.token), ...(cc ? envOf(cc.clientId, cc.clientSecret) : [])],
        sentence: cc
          ? `${name}: OAuth2 bearer access tokens, given as ${mdCode(scheme.token.option)} or fetched by the client with the client credentials flow from ${mdCode(cc.tokenUrl)} (client authentication by ${cc.clientAuthentication === "basic" ? "HTTP Basic" : "form fields"}${cc.scopes.length ? `, scopes ${cc.scopes.map(mdCode).join(", ")}` : ""}); a token is kept until 30 seconds before it expires and fetched again once after a 401.`
          : `${name}: OAuth2 bearer access tokens, which the caller obtains (flows: ${scheme.flows.map((f) => mdCode(f.flow)).join(", ")}) and gives as ${mdCode(scheme.token.option)}.`,
      };
    }
    default:
      return unreachable(scheme);
  }
}

/** What a security requirement asks for, in words: the schemes of each alternative, or none. */
function securityText(security: IrSecurity, ir: TsIr): string {
  if (security.length === 0) return "no credentials";
  return security
    .map((alternative) =>
      alternative.length === 0
        ? "no credentials"
        : alternative
            .map((name) => {
              const scheme = ir.auth.schemes.find((s) => s.name === name)!;
              return `${mdCode(name)} (${KIND_TEXT[scheme.kind]})`;
            })
            .join(" with "),
    )
    .join(", or ");
}

const KIND_TEXT: Record<IrAuthKind, string> = {
  basic: "HTTP Basic",
  bearer: "bearer token",
  apiKey: "API key",
  oauth2: "OAuth2",
};
