/** Entry emitter: `createClient` with the spec's credential options, and the package's root exports. */
import type {
  IrAuthScheme,
  IrBasicAuth,
  IrCredential,
  IrOAuth2Auth,
  IrServerVariable,
} from "../../ir/types.ts";
import { authorityVariables } from "../../ir/servers.ts";
import { unreachable } from "../../ir/walk.ts";
import type { TsIr, TsResource, TsService } from "../ts/model.ts";
import { compareText } from "../../diagnostics.ts";
import { importPath, MODULES, resourceModules, serviceModules } from "../ts/layout.ts";
import { serviceConstantName } from "../ts/names.ts";
import type { RuntimeExport } from "../ts/runtime-exports.ts";
import type { SymbolTable } from "../ts/symbols.ts";
import { printModule, printTs, StructureKind, tsdoc, Uses, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import type { VirtualFile } from "../../virtual-file.ts";

/**
 * `src/client.ts`, `src/index.ts` and each resource's `index.ts` (the module behind its subpath
 * export); `written` lists the module paths the other emitters produce.
 */
export function emitEntry(
  ir: TsIr,
  symbols: SymbolTable,
  written: ReadonlySet<string>,
  runtimeExports: readonly RuntimeExport[],
): VirtualFile[] {
  const resourceIndexes = ir.services.flatMap((service) =>
    service.resources.map((resource) => resourceIndexModule(service, resource, written)),
  );
  return [clientModule(ir, symbols, runtimeExports), indexModule(ir, written), ...resourceIndexes];
}

/** A re-export of `module` (all of it, or `names`) as seen from module `from`. */
function reexportFrom(
  from: string,
  module: string,
  names: readonly string[] | null,
  typeOnly = false,
): StatementStructures {
  return {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: importPath(from, module),
    isTypeOnly: typeOnly,
    ...(names ? { namedExports: [...names].sort(compareText) } : {}),
  };
}

/** `src/<service>/<resource>/index.ts`: the resource's functions, validators and types, nothing else. */
function resourceIndexModule(
  service: TsService,
  resource: TsResource,
  written: ReadonlySet<string>,
): VirtualFile {
  const m = resourceModules(service, resource);
  const statements: StatementStructures[] = [];
  if (written.has(m.types)) statements.push(reexportFrom(m.index, m.types, null, true));
  statements.push(reexportFrom(m.index, m.operations, null), reexportFrom(m.index, m.validators, null));
  return printTs(m.index, [resource.source], statements);
}

/** A credential option of `ClientOptions`: its name, TypeScript type, TSDoc and environment fallback. */
interface AuthOption {
  readonly credential: IrCredential;
  /** `string`, or `TokenSource` for a token that may come from a function. */
  readonly type: "string" | "TokenSource";
}

/** What `createClient` takes and does for one auth scheme. */
interface ClientAuth {
  readonly options: readonly AuthOption[];
  /** How a caller authenticates with it, for the TSDoc of `createClient`. */
  readonly description: string;
  /** The scheme as the runtime's `createClientCore` reads it (an `AuthScheme` literal). */
  readonly code: string;
}

const option = (c: IrCredential) => `{ option: ${literal(c.option)}, env: ${literal(c.env)} }`;
const envNote = (...cs: IrCredential[]) =>
  cs.every((c) => c.env)
    ? `, falling back to ${cs.map((c) => docCode(c.env!)).join(" and ")} where ${docCode("process.env")} exists`
    : "";

/** The client's side of each auth scheme. */
function clientAuth(scheme: IrAuthScheme): ClientAuth {
  switch (scheme.kind) {
    case "basic":
      return basicClientAuth(scheme);
    case "bearer":
      return {
        options: [{ credential: scheme.token, type: "TokenSource" }],
        description: `a bearer token${scheme.format ? ` (${scheme.format})` : ""}: ${docCode(scheme.token.option)}, the token or a function returning it for each request${envNote(scheme.token)}`,
        code: `{ kind: "bearer", name: ${literal(scheme.name)}, token: ${option(scheme.token)} }`,
      };
    case "apiKey":
      return {
        options: [{ credential: scheme.key, type: "string" }],
        description: `an API key in the ${scheme.in === "query" ? "query parameter" : scheme.in} ${docCode(scheme.parameter)}: ${docCode(scheme.key.option)}${envNote(scheme.key)}`,
        code: `{ kind: "apiKey", name: ${literal(scheme.name)}, in: ${literal(scheme.in)}, parameter: ${literal(scheme.parameter)}, key: ${option(scheme.key)} }`,
      };
    case "oauth2":
      return oauth2ClientAuth(scheme);
    default:
      return unreachable(scheme);
  }
}

// HTTP Basic: one pair of options per credential pair, the first pair given wins, else the first
// pair whose environment variables are set.
function basicClientAuth(scheme: IrBasicAuth): ClientAuth {
  const pairs = scheme.credentials;
  const ways = pairs
    .map(({ username, password }) => `${docCode(username.option)} and ${docCode(password.option)}`)
    .join(", or ");
  const envs = pairs
    .filter((p) => p.username.env && p.password.env)
    .map((p) => `${docCode(p.username.env!)} and ${docCode(p.password.env!)}`);
  const fallback = envs.length
    ? `, falling back to ${envs.join(", or ")} where ${docCode("process.env")} exists`
    : "";
  const pairCode = pairs.map(
    ({ username, password }) => `{ username: ${option(username)}, password: ${option(password)} }`,
  );
  return {
    options: pairs.flatMap(({ username, password }) => [
      { credential: username, type: "string" as const },
      { credential: password, type: "string" as const },
    ]),
    description: `HTTP Basic auth with ${ways}${fallback}`,
    code: `{ kind: "basic", name: ${literal(scheme.name)}, pairs: [${pairCode.join(", ")}] }`,
  };
}

// OAuth2: a token the caller gives, or (with client credentials) tokens the client fetches itself.
function oauth2ClientAuth(scheme: IrOAuth2Auth): ClientAuth {
  const cc = scheme.clientCredentials;
  const given = `${docCode(scheme.token.option)}, an access token or a function returning one for each request${envNote(scheme.token)}`;
  const fetched = cc
    ? `, or ${docCode(cc.clientId.option)} and ${docCode(cc.clientSecret.option)}${envNote(cc.clientId, cc.clientSecret)}, with which the client fetches access tokens from ${docCode(cc.tokenUrl)}${cc.tokenUrlOption ? ` (or ${docCode(cc.tokenUrlOption)})` : ""}, keeps each until it expires and fetches a new one once after a 401`
    : "";
  const flowCode = cc
    ? `{ tokenUrl: ${literal(cc.tokenUrl)}, clientId: ${option(cc.clientId)}, clientSecret: ${option(cc.clientSecret)}, clientAuthentication: ${literal(cc.clientAuthentication)}, scopes: [${cc.scopes.map(literal).join(", ")}], tokenUrlOption: ${literal(cc.tokenUrlOption)} }`
    : "null";
  return {
    options: [
      { credential: scheme.token, type: "TokenSource" },
      ...(cc
        ? [
            { credential: cc.clientId, type: "string" as const },
            { credential: cc.clientSecret, type: "string" as const },
            ...(cc.tokenUrlOption
              ? [
                  {
                    credential: {
                      option: cc.tokenUrlOption,
                      env: null,
                      description: `The token URL to fetch access tokens from, instead of ${docCode(cc.tokenUrl)}.`,
                    },
                    type: "string" as const,
                  },
                ]
              : []),
          ]
        : []),
    ],
    description: `OAuth2: ${given}${fetched}`,
    code: `{ kind: "oauth2", name: ${literal(scheme.name)}, token: ${option(scheme.token)}, clientCredentials: ${flowCode} }`,
  };
}

/** Whether every operation needs credentials (then `createClient` fails without any). */
function credentialsRequired(ir: TsIr): boolean {
  const operations = ir.services.flatMap((s) => s.resources.flatMap((r) => r.operations));
  return (
    ir.auth.schemes.length > 0 &&
    operations.every(
      (op) => op.security.length > 0 && op.security.every((alternative) => alternative.length > 0),
    )
  );
}

/** The server variables of every service, each once (services of one package may share one). */
function serverVariablesOf(ir: TsIr): { variable: IrServerVariable; authority: boolean }[] {
  const seen = new Map<string, { variable: IrServerVariable; authority: boolean }>();
  for (const service of ir.services) {
    const urls = [
      service.baseUrl,
      ...service.resources.flatMap((r) => r.operations.flatMap((op) => (op.baseUrl ? [op.baseUrl] : []))),
    ];
    const authority = authorityVariables(urls);
    for (const variable of service.serverVariables)
      if (!seen.has(variable.name))
        seen.set(variable.name, { variable, authority: authority.has(variable.name) });
  }
  return [...seen.values()];
}

function clientModule(ir: TsIr, symbols: SymbolTable, runtimeExports: readonly RuntimeExport[]): VirtualFile {
  const uses = new Uses();
  const variables = serverVariablesOf(ir);
  const variableCode = variables.map(
    ({ variable: v, authority }) =>
      `{ name: ${literal(v.name)}, default: ${literal(v.default)}, enum: ${v.enum ? `[${v.enum.map(literal).join(", ")}]` : "null"}, authority: ${authority} }`,
  );
  const schemes = ir.auth.schemes.map(clientAuth);
  const required = credentialsRequired(ir);
  const summary = schemes.length
    ? `credentials (${schemes.map((s) => s.options.map((o) => docCode(o.credential.option)).join(", ")).join("; ")})`
    : "no credentials (the API takes none)";
  const serverOptions = variables.length
    ? `, the server URL's variables (${variables.map(({ variable: v }) => docCode(v.name)).join(", ")})`
    : "";
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.Interface,
      name: "ClientOptions",
      isExported: true,
      extends: [uses.use("CoreClientOptions")],
      docs: tsdoc([
        `Options of ${docCode("createClient")}: ${summary}${serverOptions} and the options every client has.`,
      ]),
      properties: [
        ...variables.map(({ variable: v }) => ({
          name: v.name,
          isReadonly: true,
          hasQuestionToken: true,
          type: v.enum ? v.enum.map(literal).join(" | ") : "string",
          docs: tsdoc([
            v.description,
            `The server URL's ${docCode(`{${v.name}}`)}; default ${docCode(v.default)}. The client's ${docCode("baseUrl")} replaces the whole server URL.`,
          ]),
        })),
        ...schemes.flatMap((s) =>
          s.options.map(({ credential: o, type }) => ({
            name: o.option,
            isReadonly: true,
            hasQuestionToken: true,
            type: type === "string" ? "string" : uses.use("TokenSource"),
            docs: tsdoc([o.description, o.env ? `Falls back to ${docCode(o.env)}.` : null]),
          })),
        ),
      ],
    },
    {
      kind: StructureKind.Function,
      name: "createClient",
      isExported: true,
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      returnType: uses.use("Client"),
      docs: tsdoc(
        [
          schemes.length === 0
            ? "Creates a client. The API takes no credentials."
            : schemes.length === 1
              ? `Creates a client: ${schemes[0]!.description}.`
              : `Creates a client with any of the API's ways to authenticate (each operation uses the first its credentials allow): ${schemes.map((s) => s.description).join("; ")}.`,
          ...(schemes.length
            ? [
                "Credentials are kept out of the client's properties, so logging or serializing it never reveals them.",
              ]
            : []),
        ],
        required ? [["throws", "ClientError when no credentials can be found"]] : [],
      ),
      statements: [
        `return ${uses.use("createClientCore")}(options, { schemes: [${schemes.map((s) => s.code).join(", ")}], required: ${required} }, { packageName: ${literal(ir.package.name)}, packageVersion: ${literal(ir.package.version)}${variables.length ? `, serverVariables: [${variableCode.join(", ")}]` : ""} });`,
      ],
    },
    ...runtimeReexports(runtimeExports),
  ];
  return printModule(MODULES.client, ir.sources, statements, uses, symbols);
}

/**
 * What `src/client.ts` (the `./client` subpath) re-exports from the runtime besides `createClient`:
 * the client's and the calls' types, the error classes, hooks, retry policy, pages and webhooks'
 * types. An app using one resource imports these and its resource's subpath, never the root index.
 */
function runtimeReexports(runtimeExports: readonly RuntimeExport[]): StatementStructures[] {
  const reexport = (module: string, names: readonly string[] | null, typeOnly = false) =>
    reexportFrom(MODULES.client, module, names, typeOnly);
  const runtime = (file: string, typeOnly: boolean, filter: (name: string) => boolean = () => true) =>
    runtimeExports
      .filter((e) => e.module === MODULES.runtime(file) && e.typeOnly === typeOnly && filter(e.name))
      .map((e) => e.name);
  return [
    reexport(MODULES.runtime("client"), ["Client", "CoreClientOptions"], true),
    reexport(MODULES.runtime("auth"), ["TokenSource"], true),
    reexport(
      MODULES.runtime("errors"),
      runtime("errors", false, (name) => /^[A-Z]/.test(name)),
    ),
    reexport(
      MODULES.runtime("errors"),
      ["ApiErrorKind", "ErrorFields", "RuleViolation", "ValidationIssue", "ValidationIssueCode"],
      true,
    ),
    reexport(MODULES.runtime("transport"), ["ApiResponse", "Redirect", "RequestOptions"], true),
    reexport(MODULES.runtime("download"), ["Download"], true),
    reexport(
      MODULES.runtime("hooks"),
      [
        "AfterResponseContext",
        "ErrorContext",
        "Hook",
        "HookContext",
        "HookList",
        "HookRequest",
        "Hooks",
        "LogEntry",
        "Logger",
        "RetryContext",
      ],
      true,
    ),
    reexport(MODULES.runtime("retry"), ["RetryPolicy", "RetryStatus"], true),
    reexport(MODULES.runtime("webhooks"), ["VerifiedWebhook", "WebhookParams", "WebhookSignature"], true),
    reexport(MODULES.runtime("pagination"), ["Page"], true),
  ];
}

/**
 * `src/index.ts`: everything `src/client.ts` exports (`createClient`, the runtime's types and
 * errors), each service's base URL, models and webhooks, and every resource.
 */
function indexModule(ir: TsIr, written: ReadonlySet<string>): VirtualFile {
  const reexport = (module: string, names: readonly string[] | null, typeOnly = false) =>
    reexportFrom(MODULES.index, module, names, typeOnly);
  const statements: StatementStructures[] = [reexport(MODULES.client, null)];
  for (const service of ir.services) {
    const s = serviceModules(service);
    statements.push(reexport(s.constants, [serviceConstantName(service.name, "BASE_URL")]));
    if (written.has(s.models)) statements.push(reexport(s.models, null, true));
    if (written.has(s.webhooks)) statements.push(reexport(s.webhooks, null));
    for (const resource of service.resources)
      statements.push(reexport(resourceModules(service, resource).index, null));
  }
  return printTs(MODULES.index, ir.sources, statements);
}
