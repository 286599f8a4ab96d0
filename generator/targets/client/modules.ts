/** Client emitter: assembles each service's and resource's modules from the statement emitters. */
import type { TsIr, TsResource, TsService } from "../ts/model.ts";
import { resourceModules, serviceModules } from "../ts/layout.ts";
import { serviceConstantName } from "../ts/names.ts";
import type { SymbolTable } from "../ts/symbols.ts";
import {
  printModule,
  StructureKind,
  tsdoc,
  Uses,
  VariableDeclarationKind,
  type StatementStructures,
} from "../ts/builder.ts";
import { literal } from "../ts/escape.ts";
import type { VirtualFile } from "../../virtual-file.ts";
import { decoderStatements } from "./decoders.ts";
import { modelStatements } from "./model-types.ts";
import { operationStatements, securityLiteral } from "./operations.ts";
import { paramTypeStatements, requestBodyTypeStatements, streamParamTypeStatements } from "./param-types.ts";
import { serializerStatements } from "./serializers.ts";
import { validatorStatements } from "./validators.ts";
import { webhookStatements } from "./webhooks.ts";
import { unionTypeStatement } from "./unions.ts";
import { modelLookup } from "../ts/unions.ts";
import { responseUnions } from "../ts/walk.ts";

/** The TypeScript modules of every service and resource; a module with nothing to declare is not written. */
export function emitClientModules(ir: TsIr, symbols: SymbolTable): VirtualFile[] {
  return ir.services.flatMap((service) => [
    ...serviceFiles(service, symbols),
    ...service.resources.flatMap((resource) => resourceFiles(service, resource, symbols)),
  ]);
}

/** Prints a module from a statement emitter, or nothing when it declares nothing. */
function module(
  path: string,
  sources: readonly string[],
  symbols: SymbolTable,
  emit: (uses: Uses) => StatementStructures[],
): VirtualFile[] {
  const uses = new Uses();
  const statements = emit(uses);
  return statements.length ? [printModule(path, sources, statements, uses, symbols)] : [];
}

function serviceFiles(service: TsService, symbols: SymbolTable): VirtualFile[] {
  const m = serviceModules(service);
  const src = service.sources;
  const e = service.errors;
  const fields = `{ code: ${literal(e.codeField)}, message: ${literal(e.messageField)}, moreInfo: ${literal(e.moreInfoField)}, details: ${literal(e.detailsField)} }`;
  return [
    ...module(m.constants, src, symbols, (uses) => [
      constant(
        serviceConstantName(service.name, "BASE_URL"),
        "string",
        literal(service.baseUrl),
        service.serverVariables.length
          ? `The ${service.name} API's server URL: scheme, host and path prefix, each ${"`{name}`"} filled from the client's option of that name (else its default).`
          : `The ${service.name} API's server URL: scheme, host and any path prefix.`,
      ),
      constant(
        serviceConstantName(service.name, "REQUEST_ID_HEADER"),
        "string | null",
        service.requestIdHeader ? literal(service.requestIdHeader) : "null",
        "Response header that carries the request id, copied into errors.",
      ),
      constant(
        serviceConstantName(service.name, "ERROR_FIELDS"),
        uses.use("ErrorFields"),
        fields,
        `Where the ${service.name} API's error body (${e.model}) keeps its code, message, documentation link and details.`,
      ),
      constant(
        serviceConstantName(service.name, "SECURITY"),
        uses.use("AuthSecurity"),
        securityLiteral(service.security),
        service.security.length
          ? `The credentials ${service.name}'s operations need unless they say otherwise: alternatives, each the auth schemes applied together.`
          : `${service.name}'s operations need no credentials unless they say otherwise.`,
      ),
    ]),
    ...module(m.models, src, symbols, (uses) =>
      service.models.flatMap((model) => modelStatements(model, uses)),
    ),
    ...module(m.decoders, src, symbols, (uses) =>
      decoderStatements(service.models, [], modelLookup(service), uses),
    ),
    ...module(m.webhooks, src, symbols, (uses) =>
      service.webhooks ? webhookStatements(service, service.webhooks, uses) : [],
    ),
  ];
}

function constant(name: string, type: string, initializer: string, doc: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: tsdoc([doc]),
    declarations: [{ name, type, initializer }],
  };
}

function resourceFiles(service: TsService, resource: TsResource, symbols: SymbolTable): VirtualFile[] {
  const m = resourceModules(service, resource);
  const src = [resource.source];
  const ops = resource.operations;
  return [
    ...module(m.types, src, symbols, (uses) => [
      ...resource.models.flatMap((model) => modelStatements(model, uses)),
      ...responseUnions(ops).map((union) => unionTypeStatement(union, uses)),
      ...ops.flatMap((op) => [
        ...paramTypeStatements(op, uses),
        ...requestBodyTypeStatements(op, uses),
        ...streamParamTypeStatements(op, uses),
      ]),
    ]),
    ...module(m.validators, src, symbols, (uses) => validatorStatements(resource, uses)),
    ...module(m.serializers, src, symbols, (uses) => serializerStatements(ops, uses)),
    ...module(m.decoders, src, symbols, (uses) =>
      decoderStatements(resource.models, responseUnions(ops), modelLookup(service), uses),
    ),
    ...module(m.operations, src, symbols, (uses) => operationStatements(service, ops, uses)),
  ];
}
