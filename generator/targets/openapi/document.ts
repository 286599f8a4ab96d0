/** OpenAPI emitter: `openapi.yaml` (OpenAPI 3.1) describing every resource, for the user's other tooling. */
import { yamlText } from "../../yaml-text.ts";
import type {
  Ir,
  IrAuthScheme,
  IrBody,
  IrOperation,
  IrRequestBody,
  IrResource,
  IrSecurity,
  IrService,
} from "../../ir/types.ts";
import { unreachable } from "../../ir/walk.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";
import { envelopeName } from "../../ir/schema-names.ts";
import { pageMeta } from "../../ir/paging.ts";
import {
  modelSchemas,
  parameterSchema,
  requestBodySchema,
  styleOf,
  typeSchema,
  type Schema,
} from "./schemas.ts";

const JSON_TYPE = "application/json";

/** The OpenAPI document as data. */
export function openApiDocument(ir: Ir): Schema {
  const first = ir.services[0]!;
  const schemas: Record<string, Schema> = {};
  const paths: Record<string, Schema> = {};
  for (const service of ir.services) {
    for (const model of service.models) Object.assign(schemas, modelSchemas(model));
    for (const resource of service.resources) {
      for (const model of resource.models) Object.assign(schemas, modelSchemas(model));
      for (const op of resource.operations) {
        if (op.kind === "list") schemas[envelopeName(op.id)] = listEnvelope(resource, op);
        const item = (paths[op.pathTemplate] ??= { servers: [server(service.baseUrl, service)] });
        item[op.method.toLowerCase()] = operation(service, op, first.security);
      }
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: `${ir.services.map((s) => s.name).join(", ")} API`,
      version: ir.package.version,
      description: ir.package.description,
      license: { name: ir.package.license, identifier: ir.package.license },
    },
    servers: [server(first.baseUrl, first)],
    ...(first.security.length ? { security: securityRequirements(first.security) } : {}),
    tags: tagObjects(ir),
    paths,
    components: {
      ...(ir.auth.schemes.length
        ? { securitySchemes: Object.fromEntries(ir.auth.schemes.map((s) => [s.name, securityScheme(s)])) }
        : {}),
      schemas,
    },
  };
}

/** A Server Object: the URL and the service's variables it uses, with their defaults. */
function server(url: string, service: IrService): Schema {
  const used = service.serverVariables.filter((v) => url.includes(`{${v.name}}`));
  return {
    url,
    ...(used.length
      ? {
          variables: Object.fromEntries(
            used.map((v) => [
              v.name,
              { default: v.default, ...(v.enum ? { enum: [...v.enum] } : {}), description: v.description },
            ]),
          ),
        }
      : {}),
  };
}

/** A Security Scheme Object for one of the API's schemes. */
function securityScheme(scheme: IrAuthScheme): Schema {
  switch (scheme.kind) {
    case "basic":
      return { type: "http", scheme: "basic" };
    case "bearer":
      return { type: "http", scheme: "bearer", ...(scheme.format ? { bearerFormat: scheme.format } : {}) };
    case "apiKey":
      return { type: "apiKey", in: scheme.in, name: scheme.parameter };
    case "oauth2":
      return {
        type: "oauth2",
        flows: Object.fromEntries(
          scheme.flows.map((f) => [
            f.flow,
            {
              ...(f.authorizationUrl !== null ? { authorizationUrl: f.authorizationUrl } : {}),
              ...(f.tokenUrl !== null ? { tokenUrl: f.tokenUrl } : {}),
              scopes: Object.fromEntries(f.scopes.map((s) => [s.name, s.description])),
            },
          ]),
        ),
      };
    default:
      return unreachable(scheme);
  }
}

/** Security Requirement Objects: one per alternative, each naming its schemes with no scopes. */
function securityRequirements(security: IrSecurity): Schema[] {
  return security.map((alternative) => Object.fromEntries(alternative.map((name) => [name, []])));
}

/** `openapi.yaml`. */
export function emitOpenApi(ir: Ir, document: Schema): VirtualFile {
  const text = yamlText(document);
  return { path: "openapi.yaml", content: generatedHeader(ir.sources, "hash") + text, preformatted: true };
}

// The style of each form field that is not sent as plain text, or the media type of each multipart
// part the spec gives one (OpenAPI's `encoding` map).
function formEncodings(op: IrOperation): Schema {
  if (op.bodyEncoding === "json") return {};
  if (op.bodyEncoding === "multipart") {
    const parts = op.parameters.flatMap((p) =>
      p.location === "body" && p.encoding.kind === "part" && p.encoding.contentType !== null
        ? [[p.wireName, { contentType: p.encoding.contentType }] as const]
        : [],
    );
    return parts.length ? { encoding: Object.fromEntries(parts) } : {};
  }
  const entries = op.parameters
    // A repeated key is what a form field's default style (form, exploded) already says.
    .filter(
      (p) => p.location === "body" && p.encoding.kind !== "repeat" && Object.keys(styleOf(p)).length > 0,
    )
    .map((p) => [p.wireName, styleOf(p)] as const);
  return entries.length ? { encoding: Object.fromEntries(entries) } : {};
}

function operation(service: IrService, op: IrOperation, documentSecurity: IrSecurity): Schema {
  const parameters = [
    ...op.pathParameters.map((p) => ({
      name: p.wireName,
      in: "path",
      required: true,
      description: p.description,
      ...(p.style !== "simple" ? { style: p.style } : {}),
      ...(p.explode ? { explode: true } : {}),
      schema: strip(parameterSchema(p)),
    })),
    ...op.parameters
      .filter((p) => p.location !== "body")
      .map((p) => ({
        name: p.wireName,
        in: p.location,
        required: p.required,
        description: p.description,
        ...(p.deprecated ? { deprecated: true } : {}),
        ...styleOf(p),
        schema: strip(parameterSchema(p)),
      })),
  ];
  const out: Schema = {
    operationId: op.id,
    ...(op.baseUrl !== null ? { servers: [server(op.baseUrl, service)] } : {}),
    ...(op.tags.length ? { tags: [...op.tags] } : {}),
    summary: op.summary,
    ...(op.deprecated ? { deprecated: true } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(JSON.stringify(op.security) !== JSON.stringify(documentSecurity)
      ? { security: securityRequirements(op.security) }
      : {}),
    // OpenAPI has no word for it: the spec's idempotency key (a header or a body field), as an extension.
    ...(op.idempotencyKey
      ? { "x-idempotency-key": { in: op.idempotencyKey.in, name: op.idempotencyKey.name } }
      : {}),
  };
  if (op.requestBody !== null) out["requestBody"] = wholeRequestBody(op.requestBody);
  if (op.parameters.some((p) => p.location === "body") || op.additionalBodyProperties) {
    const mediaType = BODY_MEDIA_TYPES[op.bodyEncoding];
    out["requestBody"] = {
      required:
        op.parameters.some((p) => p.location === "body" && p.required) ||
        op.exactlyOneOf.length > 0 ||
        op.atLeastOneOf.length > 0,
      content: { [mediaType]: { schema: requestBodySchema(op), ...formEncodings(op) } },
    };
  }
  const success: Schema = {
    description: op.redirect
      ? "A redirect, by design: the caller goes where Location says"
      : `${op.kind === "action" ? op.name : op.kind} succeeded`,
    ...(op.redirect
      ? { headers: { Location: { description: "Where the caller goes.", schema: { type: "string" } } } }
      : {}),
    ...(op.paging?.style === "linkHeader"
      ? {
          headers: {
            Link: {
              description: 'RFC 8288 links; rel="next" is the next page, absent on the last page.',
              schema: { type: "string" },
            },
          },
        }
      : {}),
  };
  // Each status with its answer's body (a HEAD answer has headers and no body, an error's neither).
  const head = op.method === "HEAD";
  const answered = op.answers.flatMap((answer) => {
    const content = head ? null : answerContent(op, answer.body);
    const response = content === null ? success : { ...success, content };
    return answer.statuses.map((status) => [String(status), response] as const);
  });
  out["responses"] = {
    ...Object.fromEntries(answered),
    "4XX": errorResponse(
      service,
      "A client error (invalid parameter, authentication, not found, rate limit), in the API's error body.",
      head,
    ),
    "5XX": errorResponse(service, "A server error, in the API's error body.", head),
  };
  return out;
}

// The media type of each way body parameters travel.
const BODY_MEDIA_TYPES = {
  form: "application/x-www-form-urlencoded",
  json: "application/json",
  multipart: "multipart/form-data",
} as const;

/** The Request Body Object of a body taken whole: JSON of its type, text or binary content. */
function wholeRequestBody(b: IrRequestBody): Schema {
  const schema =
    b.kind === "json"
      ? typeSchema(b.type, "input")
      : b.kind === "text"
        ? { type: "string" }
        : { type: "string", format: "binary" };
  return { description: b.description, required: b.required, content: { [b.mediaType]: { schema } } };
}

/** The `content` of a success answer: its body's media type and schema, or null for no body. */
function answerContent(op: IrOperation, body: IrBody): Schema | null {
  switch (body.kind) {
    case "none":
      return null;
    case "json": {
      const ref = op.kind === "list" ? envelopeName(op.id) : body.model;
      const schema: Schema =
        ref !== null ? { $ref: `#/components/schemas/${ref}` } : typeSchema(body.type!, "response");
      return { [JSON_TYPE]: { schema: body.nullable ? { anyOf: [schema, { type: "null" }] } : schema } };
    }
    case "text":
      return { [body.mediaType]: { schema: { type: "string" } } };
    case "binary":
      return { [body.mediaType]: { schema: { type: "string", format: "binary" } } };
    default:
      return unreachable(body);
  }
}

function errorResponse(service: IrService, description: string, bodiless: boolean): Schema {
  if (bodiless) return { description: description.replace(/, in the API's error body\.$/, " (no body).") };
  return {
    description,
    content: { [JSON_TYPE]: { schema: { $ref: `#/components/schemas/${service.errors.model}` } } },
  };
}

// Each tag, described by the operations that carry it.
function tagObjects(ir: Ir): Schema[] {
  const byTag = new Map<string, string[]>();
  for (const op of ir.services.flatMap((s) => s.resources.flatMap((r) => r.operations))) {
    for (const tag of op.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), op.id]);
  }
  return [...byTag].map(([name, ids]) => ({ name, description: `Operations ${ids.join(", ")}.` }));
}

// A page: the items under the list key, and the page metadata under its key or beside the items.
function listEnvelope(resource: IrResource, op: IrOperation): Schema {
  const p = pageMeta(op.paging);
  const listKey = op.listKey!;
  const items = { type: "array", items: { $ref: `#/components/schemas/${op.responseModel}` } };
  const description = op.paging
    ? `A page of ${resource.plural}.`
    : `Every ${resource.name}, in one response.`;
  const page = (properties: Schema, required: string[]): Schema => ({
    type: "object",
    title: envelopeName(op.id),
    description,
    properties,
    required,
  });
  if (p === null) return page({ [listKey]: items }, [listKey]);
  if (p.metaKey !== null)
    return page({ [listKey]: items, [p.metaKey]: { $ref: `#/components/schemas/${p.metaModel}` } }, [
      listKey,
      p.metaKey,
    ]);
  return {
    title: envelopeName(op.id),
    description,
    allOf: [
      { $ref: `#/components/schemas/${p.metaModel}` },
      { type: "object", properties: { [listKey]: items }, required: [listKey] },
    ],
  };
}

// Parameter objects carry their own description; the schema need not repeat it.
function strip(schema: Schema): Schema {
  const { description: _description, ...rest } = schema;
  return rest;
}
