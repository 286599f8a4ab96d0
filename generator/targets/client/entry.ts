/** Entry emitter: `createClient` with the spec's credential options, and the package's root exports. */
import type { IrAuth, IrBasicAuth, IrCredential } from "../../ir/types.ts";
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
  return [clientModule(ir, symbols), indexModule(ir, written, runtimeExports), ...resourceIndexes];
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

/** What `createClient` takes and does for the API's auth scheme. */
interface ClientAuth {
  /** The credential options of `ClientOptions`, in order. */
  readonly options: readonly IrCredential[];
  /** What the options are, for the TSDoc of `ClientOptions`. */
  readonly summary: string;
  /** The first sentence of the TSDoc of `createClient`. */
  readonly description: string;
  /** The arguments of the runtime's `createClientCore` between the options and the package defaults. */
  readonly coreArguments: string;
}

/** The client's side of each auth scheme. */
function clientAuth(auth: IrAuth): ClientAuth {
  switch (auth.kind) {
    case "basic":
      return basicClientAuth(auth);
    default:
      return unreachable(auth.kind);
  }
}

// HTTP Basic: one pair of options per credential pair, the first pair given wins, else the first
// pair whose environment variables are set.
function basicClientAuth(auth: IrBasicAuth): ClientAuth {
  const pairs = auth.credentials;
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
    ({ username, password }) =>
      `{ username: options.${username.option}, password: options.${password.option}, usernameOption: ${literal(username.option)}, passwordOption: ${literal(password.option)}, usernameEnv: ${literal(username.env)}, passwordEnv: ${literal(password.env)} }`,
  );
  return {
    options: pairs.flatMap(({ username, password }) => [username, password]),
    summary: `credentials (${ways})`,
    description: `Creates a client: HTTP Basic auth with ${ways}${fallback}.`,
    coreArguments: `[${pairCode.join(", ")}]`,
  };
}

function clientModule(ir: TsIr, symbols: SymbolTable): VirtualFile {
  const uses = new Uses();
  const auth = clientAuth(ir.auth);
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.Interface,
      name: "ClientOptions",
      isExported: true,
      extends: [uses.use("CoreClientOptions")],
      docs: tsdoc([
        `Options of ${docCode("createClient")}: ${auth.summary} and the options every client has.`,
      ]),
      properties: auth.options.map((o) => ({
        name: o.option,
        isReadonly: true,
        hasQuestionToken: true,
        type: "string",
        docs: tsdoc([o.description, o.env ? `Falls back to ${docCode(o.env)}.` : null]),
      })),
    },
    {
      kind: StructureKind.Function,
      name: "createClient",
      isExported: true,
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      returnType: uses.use("Client"),
      docs: tsdoc(
        [
          auth.description,
          "Credentials are kept out of the client's properties, so logging or serializing it never reveals them.",
        ],
        [["throws", "ClientError when no credentials can be found"]],
      ),
      statements: [
        `return ${uses.use("createClientCore")}(options, ${auth.coreArguments}, { packageName: ${literal(ir.package.name)}, packageVersion: ${literal(ir.package.version)} });`,
      ],
    },
  ];
  return printModule(MODULES.client, ir.sources, statements, uses, symbols);
}

function indexModule(
  ir: TsIr,
  written: ReadonlySet<string>,
  runtimeExports: readonly RuntimeExport[],
): VirtualFile {
  const reexport = (module: string, names: readonly string[] | null, typeOnly = false) =>
    reexportFrom(MODULES.index, module, names, typeOnly);
  const runtime = (file: string, typeOnly: boolean, filter: (name: string) => boolean = () => true) =>
    runtimeExports
      .filter((e) => e.module === MODULES.runtime(file) && e.typeOnly === typeOnly && filter(e.name))
      .map((e) => e.name);
  const statements: StatementStructures[] = [
    reexport(MODULES.client, ["createClient"]),
    reexport(MODULES.client, ["ClientOptions"], true),
    reexport(MODULES.runtime("client"), ["Client", "CoreClientOptions"], true),
    reexport(
      MODULES.runtime("errors"),
      runtime("errors", false, (name) => /^[A-Z]/.test(name)),
    ),
    reexport(
      MODULES.runtime("errors"),
      ["ApiErrorKind", "ErrorFields", "ValidationIssue", "ValidationIssueCode"],
      true,
    ),
    reexport(MODULES.runtime("transport"), ["ApiResponse", "Redirect", "RequestOptions"], true),
    reexport(MODULES.runtime("pagination"), ["Page"], true),
  ];
  for (const service of ir.services) {
    const s = serviceModules(service);
    statements.push(reexport(s.constants, [serviceConstantName(service.name, "BASE_URL")]));
    if (written.has(s.models)) statements.push(reexport(s.models, null, true));
    for (const resource of service.resources)
      statements.push(reexport(resourceModules(service, resource).index, null));
  }
  return printTs(MODULES.index, ir.sources, statements);
}
