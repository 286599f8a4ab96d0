/** Entry emitter: `createClient` with the spec's defaults, and the package's root exports. */
import type { Ir } from "../../ir/types.ts";
import { importPath, MODULES, resourceModules, serviceModules } from "../layout.ts";
import { importDecl, printTs, StructureKind, tsdoc, type StatementStructures } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import type { VirtualFile } from "../virtual-file.ts";

/** `src/client.ts` and `src/index.ts`. */
export function emitEntry(ir: Ir): VirtualFile[] {
  return [clientModule(ir), indexModule(ir)];
}

function clientModule(ir: Ir): VirtualFile {
  const auth = ir.services[0]!.auth;
  const env = auth.usernameEnv && auth.passwordEnv ? `, falling back to ${docCode(auth.usernameEnv)} and ${docCode(auth.passwordEnv)} where ${docCode("process.env")} exists` : "";
  const defaults = `{ packageName: ${literal(ir.package.name)}, packageVersion: ${literal(ir.package.version)}, usernameEnv: ${auth.usernameEnv ? literal(auth.usernameEnv) : "null"}, passwordEnv: ${auth.passwordEnv ? literal(auth.passwordEnv) : "null"} }`;
  const statements: StatementStructures[] = [
    importDecl(importPath(MODULES.client, MODULES.runtime("client")), ["createClientCore"]),
    importDecl(importPath(MODULES.client, MODULES.runtime("client")), ["Client", "ClientOptions"], true),
    {
      kind: StructureKind.Function,
      name: "createClient",
      isExported: true,
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      returnType: "Client",
      docs: tsdoc(
        [
          `Creates a client: HTTP Basic auth with ${docCode("accountSid")} and ${docCode("authToken")} (or ${docCode("apiKey")} and ${docCode("apiSecret")})${env}.`,
          "Credentials are kept out of the client's properties, so logging or serializing it never reveals them.",
        ],
        [["throws", "ClientError when no credentials can be found"]],
      ),
      statements: [`return createClientCore(options, ${defaults});`],
    },
  ];
  return printTs(MODULES.client, ir.sources, statements);
}

function indexModule(ir: Ir): VirtualFile {
  const from = MODULES.index;
  const rt = (name: string) => importPath(from, MODULES.runtime(name));
  const reexport = (module: string, names: readonly string[] | null, typeOnly = false): StatementStructures => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: module,
    isTypeOnly: typeOnly,
    ...(names ? { namedExports: [...names].sort() } : {}),
  });
  const errors = ["ApiError", "AuthenticationError", "BadRequestError", "ClientError", "ConflictError", "ConnectionError", "InternalServerError", "NotFoundError", "PaginationError", "PermissionDeniedError", "RateLimitError", "TimeoutError", "ValidationError"];
  const statements: StatementStructures[] = [
    reexport(importPath(from, MODULES.client), ["createClient"]),
    reexport(rt("client"), ["Client", "ClientOptions"], true),
    reexport(rt("errors"), errors),
    reexport(rt("errors"), ["ApiErrorKind", "ValidationIssue", "ValidationIssueCode"], true),
    reexport(rt("transport"), ["ApiResponse", "RequestOptions"], true),
    reexport(rt("pagination"), ["Page"], true),
  ];
  for (const service of ir.services) {
    const s = serviceModules(service);
    statements.push(reexport(importPath(from, s.models), null, true));
    statements.push(reexport(importPath(from, s.constants), ["BASE_URL as " + `${service.name.toUpperCase()}_BASE_URL`]));
    for (const resource of service.resources) {
      const m = resourceModules(service, resource);
      statements.push(reexport(importPath(from, m.types), null, true), reexport(importPath(from, m.operations), null), reexport(importPath(from, m.validators), null));
    }
  }
  return printTs(MODULES.index, ir.sources, statements);
}
