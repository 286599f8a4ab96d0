/**
 * Mock emitter: the Node-only local server of the package (export `./mock`): the generic server
 * runtime, a route table derived from the IR, each resource's extension, an entry and a CLI.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Ir, IrField, IrOperation, IrParameter, IrResource } from "../../ir/types.ts";
import { camelCase } from "../../naming.ts";
import { compareText } from "../../diagnostics.ts";
import { importPath, kebab, resourceModules } from "../layout.ts";
import { importDecl, printTs, StructureKind, tsdoc, VariableDeclarationKind, type Statement } from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";
import { validatorName } from "../client/validators.ts";
import { generatedHeader, type VirtualFile } from "../virtual-file.ts";

const RUNTIME_DIR = new URL("../../mock-runtime/", import.meta.url);
const DIR = "src/mock";

/** Every file of the mock server. */
export function emitMock(ir: Ir): VirtualFile[] {
  const resources = ir.services.flatMap((s) => s.resources.map((r) => ({ service: s, resource: r })));
  const runtime = readdirSync(RUNTIME_DIR)
    .filter((n) => n.endsWith(".ts"))
    .sort(compareText)
    .map((name) => ({ path: `${DIR}/${name}`, content: `${generatedHeader([`generator/mock-runtime/${name}`], "ts")}\n${readFileSync(new URL(name, RUNTIME_DIR), "utf8")}`, preformatted: true }));
  const extensions = resources
    .filter(({ resource }) => resource.mockExtension)
    .map(({ resource }) => ({ path: extensionPath(resource), content: `${generatedHeader([resource.mockExtension!.file], "ts")}\n${resource.mockExtension!.source}` }));
  return [...runtime, ...extensions, routesFile(ir), indexFile(ir), cliFile(ir)];
}

function extensionPath(resource: IrResource): string {
  return `${DIR}/extensions/${kebab(resource.name)}.ts`;
}

/** Data that is emitted as code: strings as literals, `{ code }` as an identifier. */
type Code = { readonly code: string } | string | number | boolean | null | readonly Code[] | { readonly [key: string]: Code };

function toCode(value: Code): string {
  if (value === null || typeof value !== "object") return typeof value === "string" ? literal(value) : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toCode).join(", ")}]`;
  if ("code" in value && typeof value.code === "string" && Object.keys(value).length === 1) return value.code;
  return `{ ${Object.entries(value as Record<string, Code>).map(([k, v]) => `${literal(k)}: ${toCode(v)}`).join(", ")} }`;
}

function fieldData(f: IrField): Code {
  return { wireName: f.wireName, type: f.type, format: f.constraints.format, pattern: f.constraints.pattern, enum: f.constraints.enum ? [...f.constraints.enum] : null, required: f.required };
}

function parameterData(p: IrParameter): Code {
  const field = (c: IrParameter["onlyWhen"]) => (c?.subject === "resource" ? { field: c.wireName, values: [...c.values] } : null);
  return {
    wireName: p.wireName,
    tsPath: [...p.tsPath],
    type: p.type,
    default: p.default,
    onlyWhenParameter: p.onlyWhen?.subject === "parameter" ? { wireName: p.onlyWhen.wireName, values: [...p.onlyWhen.values] } : null,
    requiredWhenField: field(p.requiredWhen),
    onlyWhenField: field(p.onlyWhen),
  };
}

function operationData(resource: IrResource, op: IrOperation): Code {
  const model = resource.models.find((m) => m.name === op.responseModel);
  return {
    kind: op.kind,
    method: op.method,
    pathKind: op.pathKind,
    successStatus: op.successStatus,
    responseFields: model ? model.fields.map((f) => f.wireName) : null,
    parameters: op.parameters.map(parameterData),
    validate: { code: validatorName(op.functionName) },
  };
}

function routesFile(ir: Ir): VirtualFile {
  const path = `${DIR}/routes.ts`;
  const statements: Statement[] = [importDecl("./types.js", ["MockService"], true)];
  const resources: Code[] = [];
  for (const service of ir.services) {
    for (const resource of service.resources) {
      statements.push(importDecl(importPath(path, resourceModules(service, resource).validators), resource.operations.map((op) => validatorName(op.functionName))));
      const extension = resource.mockExtension ? `${camelCase(resource.name)}Extension` : null;
      if (extension) statements.push(`import { extension as ${extension} } from ${literal(importPath(path, extensionPath(resource)))};`);
      const fields = new Map<string, IrField>();
      for (const model of resource.models) for (const f of model.fields) if (!fields.has(f.wireName)) fields.set(f.wireName, f);
      resources.push({
        name: resource.name,
        listKey: resource.listKey,
        listPath: resource.paths.list,
        instancePath: resource.paths.instance,
        pathParameters: resource.pathParameters.map((p) => ({ wireName: p.wireName })),
        fields: [...fields.values()].map(fieldData),
        operations: resource.operations.map((op) => operationData(resource, op)),
        extension: extension ? { code: extension } : null,
      });
    }
  }
  const paged = ir.services.find((s) => s.pagination);
  const pageSize = paged?.resources.flatMap((r) => r.operations).flatMap((o) => o.parameters).find((p) => p.wireName === paged.pagination!.pageSizeParameter);
  const service: Code = {
    requestIdHeader: ir.services[0]!.requestIdHeader,
    pagination: paged
      ? { metaKey: paged.pagination!.metaKey, pageSizeParameter: paged.pagination!.pageSizeParameter, defaultPageSize: Number(pageSize?.default ?? 50), maxPageSize: pageSize?.constraints.maximum ?? 1000 }
      : null,
    resources,
  };
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: tsdoc(["Every resource of the spec as the mock server serves it, derived from the spec."]),
    declarations: [{ name: "SERVICE", type: "MockService", initializer: toCode(service) }],
  });
  return printTs(path, ir.sources, statements);
}

function indexFile(ir: Ir): VirtualFile {
  const path = `${DIR}/index.ts`;
  const statements: Statement[] = [
    importDecl("./server.js", ["startMockServer"]),
    importDecl("./server.js", ["MockServer", "MockServerOptions"], true),
    importDecl("./routes.js", ["SERVICE"]),
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./server.js", isTypeOnly: true, namedExports: ["Fault", "MockServer", "MockServerOptions"] },
    ...ir.services.flatMap((s) => s.resources.filter((r) => r.mockExtension)).map((r) => `export * as ${camelCase(r.name)}Mock from ${literal(importPath(path, extensionPath(r)))};`),
    {
      kind: StructureKind.Function,
      name: "start",
      isExported: true,
      parameters: [{ name: "options", type: "MockServerOptions", initializer: "{}" }],
      returnType: "Promise<MockServer>",
      docs: tsdoc([
        "Starts the local mock server on 127.0.0.1 (port 0 picks a free one); pass its `url` as the client's `baseUrl`.",
        "Node only. It validates requests with the client's own validators and keeps records in memory.",
      ]),
      statements: ["return startMockServer(SERVICE, options);"],
    },
  ];
  return printTs(path, ir.sources, statements);
}

function cliFile(ir: Ir): VirtualFile {
  return printTs(`${DIR}/cli.ts`, ir.sources, [
    importDecl("node:util", ["parseArgs"]),
    importDecl("./index.js", ["start"]),
    "// Usage: node dist/mock/cli.js [--port 4010]. Listens on 127.0.0.1 until stopped.",
    `const { values } = parseArgs({ options: { port: { type: "string", default: "4010" } } });`,
    "const server = await start({ port: Number(values.port) });",
    `process.stdout.write(\`Mock ${ir.services.map((s) => s.name).join(", ").replace(/[`$\\]/g, "")} API listening on \${server.url} (Ctrl+C to stop)\\n\`);`,
    `for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.close().then(() => process.exit(0)));`,
  ]);
}
