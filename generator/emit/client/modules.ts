/** Client emitter: assembles each service's and resource's modules from the statement emitters. */
import type { Ir, IrResource, IrService } from "../../ir/types.ts";
import { importPath, MODULES, resourceModules, serviceModules } from "../layout.ts";
import { importDecl, printTs, StructureKind, tsdoc, VariableDeclarationKind, type Statement, type StatementStructures } from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";
import type { VirtualFile } from "../virtual-file.ts";
import { decoderName, decoderStatements } from "./decoders.ts";
import { modelStatements } from "./model-types.ts";
import { operationStatements } from "./operations.ts";
import { paramTypeStatements, streamParamTypeStatements } from "./param-types.ts";
import { encoderName, locationsOf, serializerStatements } from "./serializers.ts";
import { validatorName, validatorStatements } from "./validators.ts";

/** The TypeScript modules of every service and resource. */
export function emitClientModules(ir: Ir): VirtualFile[] {
  return ir.services.flatMap((service) => [
    ...serviceFiles(service),
    ...service.resources.flatMap((resource) => resourceFiles(service, resource)),
  ]);
}

function serviceFiles(service: IrService): VirtualFile[] {
  const m = serviceModules(service);
  const src = [service.source];
  const constants: StatementStructures[] = [
    constant("BASE_URL", literal(service.baseUrl), `Scheme and host of the ${service.name} API.`),
    constant("REQUEST_ID_HEADER", service.requestIdHeader ? literal(service.requestIdHeader) : "null", "Response header that carries the request id, copied into errors."),
  ];
  return [
    printTs(m.constants, src, constants),
    printTs(m.models, src, service.models.flatMap(modelStatements)),
    printTs(m.decoders, src, decoderStatements(service.models, { types: importPath(m.decoders, m.models), wire: importPath(m.decoders, MODULES.wire), decoding: importPath(m.decoders, MODULES.runtime("decoding")) })),
  ];
}

function constant(name: string, initializer: string, doc: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: tsdoc([doc]),
    declarations: [{ name, type: initializer === "null" ? "string | null" : "string", initializer }],
  };
}

function resourceFiles(service: IrService, resource: IrResource): VirtualFile[] {
  const m = resourceModules(service, resource);
  const s = serviceModules(service);
  const src = [resource.source];
  const rt = (from: string, name: string) => importPath(from, MODULES.runtime(name));
  const types = [
    ...resource.models.flatMap(modelStatements),
    ...resource.operations.flatMap((op) => [...paramTypeStatements(op), ...streamParamTypeStatements(op)]),
  ];
  return [
    printTs(m.types, src, types),
    printTs(m.validators, src, validatorStatements(resource, rt(m.validators, "validation"), rt(m.validators, "errors"))),
    printTs(m.serializers, src, serializerStatements(resource.operations, importPath(m.serializers, m.types))),
    printTs(m.decoders, src, decoderStatements(resource.models, { types: importPath(m.decoders, m.types), wire: importPath(m.decoders, MODULES.wire), decoding: importPath(m.decoders, MODULES.runtime("decoding")) })),
    printTs(m.operations, src, [...operationImports(service, resource, m.operations, s, m), ...operationStatements(service, resource)]),
  ];
}

function operationImports(service: IrService, resource: IrResource, from: string, s: ReturnType<typeof serviceModules>, m: ReturnType<typeof resourceModules>): Statement[] {
  const ops = resource.operations;
  const list = ops.find((op) => op.kind === "list");
  const responseModels = [...new Set(ops.map((op) => op.responseModel).filter((x): x is string => x !== null))];
  const paramTypes = ops.flatMap((op) => [op.paramsTypeName, op.stream?.paramsTypeName ?? null]).filter((x): x is string => x !== null);
  const metaModel = list && service.pagination ? service.pagination.metaModel : null;
  const rt = (name: string) => importPath(from, MODULES.runtime(name));
  const out: Statement[] = [
    importDecl(rt("client"), ["Client"], true),
    importDecl(rt("errors"), ["ValidationError"]),
    importDecl(rt("transport"), ["send", ...(list ? ["effectiveBaseUrl"] : [])]),
    importDecl(rt("transport"), ["ApiResponse", "RequestOptions"], true),
    importDecl(rt("decoding"), ["pathSegment"]),
    importDecl(importPath(from, MODULES.wire), ["components"], true),
    importDecl(importPath(from, s.constants), ["BASE_URL", "REQUEST_ID_HEADER"]),
    importDecl(importPath(from, m.types), [...responseModels, ...paramTypes], true),
    importDecl(importPath(from, m.decoders), responseModels.map(decoderName)),
    importDecl(importPath(from, m.validators), ops.flatMap((op) => [validatorName(op.functionName), ...(op.stream ? [validatorName(op.stream.functionName)] : [])])),
  ];
  const encoders = ops.flatMap((op) => locationsOf(op).map((l) => encoderName(op, l)));
  if (encoders.length) out.push(importDecl(importPath(from, m.serializers), encoders));
  if (list) {
    out.push(importDecl(rt("pagination"), ["createPage", ...(list.stream ? ["streamItems"] : [])]));
    out.push(importDecl(rt("pagination"), ["Page"], true));
    if (metaModel) {
      out.push(importDecl(importPath(from, s.models), [metaModel], true));
      out.push(importDecl(importPath(from, s.decoders), [decoderName(metaModel)]));
    }
  }
  out.push(`type Wire = components["schemas"];`);
  return out;
}
