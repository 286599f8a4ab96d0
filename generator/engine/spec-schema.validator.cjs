// spec-schema e07d329f6a74320a5a15 (compiled by ajv; do not edit)
"use strict";
module.exports = validate10;
module.exports.default = validate10;
const schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://example.invalid/resource-spec.schema.json",
  title: "REST resource spec, format 2",
  description:
    "Describes an HTTP service and REST resources it serves, for the client generator in this repository. Several files may describe one service; they merge.",
  type: "object",
  additionalProperties: false,
  required: ["specVersion", "package", "service"],
  properties: {
    specVersion: {
      const: 3,
      description: "Version of this spec format (3: auth as named schemes with per-operation security).",
    },
    package: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version", "description", "license"],
      description: "The npm package the generator writes. Every spec file of one run must agree on it.",
      properties: {
        name: { type: "string", pattern: "^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$" },
        license: { type: "string", pattern: "^[A-Za-z0-9.+-]+$", description: "An SPDX license identifier." },
        version: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$" },
        description: { type: "string", minLength: 1 },
        guide: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*\\.md$",
          description:
            'A Markdown file beside the spec, shown in the package README under "Guide": the common flows of the API, with code a test can type-check.',
        },
      },
    },
    service: {
      type: "object",
      additionalProperties: false,
      required: ["name", "baseUrl", "version", "errors"],
      description: "The HTTP API. Files naming the same service must agree on this block.",
      properties: {
        name: { $ref: "#/definitions/pascalName" },
        baseUrl: {
          type: "string",
          minLength: 1,
          description:
            "The server URL: scheme, host and any path prefix (https://api.example.com/v1), without a query, fragment or trailing slash; {name} stands for a server variable.",
        },
        serverVariables: {
          type: "object",
          description: "The server URL's variables by name: createClient options with their defaults.",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["default", "description"],
            properties: {
              default: { type: "string" },
              enum: { type: "array", minItems: 1, items: { type: "string" } },
              description: { type: "string" },
            },
          },
        },
        version: { type: "string", minLength: 1 },
        auth: {
          type: "object",
          additionalProperties: false,
          required: ["schemes"],
          description:
            "How clients authenticate: the schemes by name, and the operations' default security. Without auth, no credentials.",
          properties: {
            schemes: {
              type: "object",
              minProperties: 1,
              propertyNames: { $ref: "#/definitions/schemeName" },
              additionalProperties: { $ref: "#/definitions/authScheme" },
            },
            security: {
              $ref: "#/definitions/security",
              description:
                "What operations need by default; without it, each scheme is an alternative, in order.",
            },
          },
        },
        requestIdHeader: { type: "string", pattern: "^[A-Za-z0-9-]+$" },
        errors: {
          type: "object",
          additionalProperties: false,
          required: ["model"],
          description:
            "The error body: its model and which of its fields hold the code, message, documentation link and details.",
          properties: {
            model: { $ref: "#/definitions/pascalName" },
            codeField: { $ref: "#/definitions/wireName" },
            messageField: { $ref: "#/definitions/wireName" },
            moreInfoField: { $ref: "#/definitions/wireName" },
            detailsField: { $ref: "#/definitions/wireName" },
            statusField: { $ref: "#/definitions/wireName" },
          },
        },
        pagination: { $ref: "#/definitions/pagination" },
        mock: {
          type: "object",
          additionalProperties: false,
          description: "How the local server imitates this API.",
          properties: {
            idHexDigits: {
              type: "integer",
              minimum: 8,
              maximum: 64,
              description:
                "Fields whose pattern is a literal prefix and N hex digits (^AB[0-9a-fA-F]{N}$, ^(AB|CD)[0-9a-f]{N}$, ^key_[0-9a-f]{N}$) with this N get the (first) prefix plus N random hex digits.",
            },
            pageTokenPrefix: {
              type: "string",
              pattern: "^[A-Za-z_-]*$",
              description:
                "The page tokens the server writes into its page links are this prefix and the next item's index (PT40); without it, the index alone.",
            },
            accountField: {
              $ref: "#/definitions/wireName",
              description: "The field set to the authenticated username.",
            },
            usernamePattern: {
              $ref: "#/definitions/regex",
              description: "Usernames the server accepts when it is given no credentials.",
            },
            errorCodes: {
              type: "object",
              additionalProperties: false,
              properties: {
                unauthorized: { type: "integer" },
                notFound: { type: "integer" },
                methodNotAllowed: { type: "integer" },
                invalidParameter: { type: "integer" },
                rateLimited: { type: "integer" },
                internal: { type: "integer" },
                conflict: { type: "integer" },
              },
            },
            moreInfoUrl: {
              type: "string",
              pattern: "^https?://",
              description: "Documentation link of an error; {code} is replaced.",
            },
            stamps: {
              type: "object",
              additionalProperties: false,
              description:
                "The date-time fields the server sets: `created` when a record is created, `updated` when it is created or updated. Other date-time fields stay null until an extension sets them (when their event happens).",
              properties: {
                created: { $ref: "#/definitions/wireName" },
                updated: { $ref: "#/definitions/wireName" },
              },
            },
          },
        },
        webhooks: {
          type: "object",
          additionalProperties: false,
          required: ["signature"],
          description: "How the API signs the webhooks it sends; the events are the file-level `webhooks`.",
          properties: { signature: { $ref: "#/definitions/webhookSignature" } },
        },
      },
    },
    models: {
      type: "array",
      items: { $ref: "#/definitions/model" },
      description: "Service-wide models (error body, page metadata, shared shapes).",
    },
    webhooks: { $ref: "#/definitions/webhooks" },
    resources: { type: "array", items: { $ref: "#/definitions/resource" } },
  },
  definitions: {
    pascalName: { type: "string", pattern: "^[A-Z][A-Za-z0-9]*$" },
    envName: { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$" },
    wireName: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
    description: { type: "string", description: "Free text. An empty one is accepted with a warning." },
    format: {
      enum: ["base32", "base64", "spki-base64", "ec-p256-spki", "uri", "e164", "date-time"],
      description:
        "base32 (RFC 4648), base64, spki-base64 (Base64 of a DER-encoded PKIX SubjectPublicKeyInfo, any algorithm), ec-p256-spki (the same, holding an ECDSA P-256 key, as ES256 needs), uri, e164 (phone number), date-time (an ISO 8601 string kept as text).",
    },
    enumValues: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    bound: { type: "number" },
    length: { type: "integer", minimum: 0 },
    regex: {
      type: "string",
      minLength: 1,
      description: "An ECMAScript regular expression (with the u flag).",
    },
    condition: {
      type: "object",
      description:
        "Holds when the named request parameter (checked by the client) or stored resource field (checked by the server only) has one of the values in `in` (enum values or booleans).",
      additionalProperties: false,
      required: ["in"],
      oneOf: [{ required: ["parameter"] }, { required: ["resourceField"] }],
      properties: {
        parameter: { $ref: "#/definitions/wireName" },
        resourceField: { $ref: "#/definitions/wireName" },
        in: { type: "array", minItems: 1, items: { type: ["string", "boolean"] } },
      },
    },
    typeExpr: {
      type: "object",
      additionalProperties: false,
      oneOf: [{ required: ["type"] }, { required: ["model"] }],
      properties: {
        type: {
          enum: [
            "string",
            "integer",
            "number",
            "boolean",
            "date-time",
            "array",
            "object",
            "map",
            "json",
            "union",
            "binary",
          ],
          description:
            "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf. binary is a file's bytes (a Blob, File or Uint8Array), in multipart bodies only.",
        },
        model: {
          $ref: "#/definitions/pascalName",
          description: "Instead of type: a reference to a named model.",
        },
        enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
        format: { $ref: "#/definitions/format" },
        minimum: { $ref: "#/definitions/bound" },
        maximum: { $ref: "#/definitions/bound" },
        minLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        maxLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        pattern: { $ref: "#/definitions/regex" },
        minItems: { $ref: "#/definitions/length" },
        maxItems: { $ref: "#/definitions/length" },
        items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
        values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
        oneOf: {
          type: "array",
          items: { $ref: "#/definitions/typeExpr" },
          description:
            "For union: its branches, the types a value may have. In a request (a requestBody's type), branches are inline types, never models.",
        },
        discriminator: { $ref: "#/definitions/discriminator" },
        fields: {
          type: "array",
          items: { $ref: "#/definitions/field" },
          description: "For object: its known fields.",
        },
        variantsBy: {
          $ref: "#/definitions/wireName",
          description: "For object: the sibling enum field whose value selects one of `variants`.",
        },
        variants: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "fields"],
            properties: {
              when: { type: "string", minLength: 1 },
              fields: { type: "array", items: { $ref: "#/definitions/field" } },
            },
          },
        },
      },
    },
    jsonBody: {
      type: "object",
      additionalProperties: false,
      oneOf: [{ required: ["type"] }, { required: ["model"] }],
      properties: {
        type: {
          enum: [
            "string",
            "integer",
            "number",
            "boolean",
            "date-time",
            "array",
            "object",
            "map",
            "json",
            "union",
          ],
          description:
            "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf.",
        },
        model: {
          $ref: "#/definitions/pascalName",
          description: "Instead of type: a reference to a named model.",
        },
        nullable: {
          type: "boolean",
          description:
            "The API may answer JSON null instead of this body: the client returns the type or null.",
        },
        enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
        format: { $ref: "#/definitions/format" },
        minimum: { $ref: "#/definitions/bound" },
        maximum: { $ref: "#/definitions/bound" },
        minLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        maxLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        pattern: { $ref: "#/definitions/regex" },
        minItems: { $ref: "#/definitions/length" },
        maxItems: { $ref: "#/definitions/length" },
        items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
        values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
        oneOf: {
          type: "array",
          items: { $ref: "#/definitions/typeExpr" },
          description: "For union: its branches, the types a value may have (responses only).",
        },
        discriminator: { $ref: "#/definitions/discriminator" },
        fields: {
          type: "array",
          items: { $ref: "#/definitions/field" },
          description: "For object: its known fields.",
        },
        variantsBy: {
          $ref: "#/definitions/wireName",
          description: "For object: the sibling enum field whose value selects one of `variants`.",
        },
        variants: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "fields"],
            properties: {
              when: { type: "string", minLength: 1 },
              fields: { type: "array", items: { $ref: "#/definitions/field" } },
            },
          },
        },
      },
      description:
        "A JSON success body: a type expression (an array, a scalar, a map, or { model: Name }), nullable when the API may answer JSON null.",
    },
    contentBody: {
      type: "object",
      additionalProperties: false,
      required: ["content"],
      description:
        "A success body that is not JSON: text (a string in the client) or binary (a Download the caller streams or reads whole).",
      properties: {
        content: {
          enum: ["text", "binary"],
          description:
            "text: the client returns the body as a string; binary: a Download (its stream, blob() or bytes()), never buffered before the caller asks.",
        },
        mediaType: {
          type: "string",
          pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+$",
          description:
            "The media type the API answers (text/csv, application/pdf, image/png); text/plain or application/octet-stream by default. The client asks for it in Accept.",
        },
      },
    },
    responseBody: {
      oneOf: [
        { $ref: "#/definitions/pascalName" },
        { $ref: "#/definitions/jsonBody" },
        { $ref: "#/definitions/contentBody" },
      ],
      description:
        "A success body: a model's name (of one item, for list), a JSON type expression (an array ({ type: array, items: { model: Pet } }), a scalar ({ type: string }), a map ({ type: map, values: { type: integer } }), { model: Pet, nullable: true } for Pet or null), or content that is not JSON ({ content: text, mediaType: text/csv }, { content: binary, mediaType: application/pdf }).",
    },
    pathParameter: {
      type: "object",
      additionalProperties: false,
      required: ["name", "description"],
      oneOf: [{ required: ["type"] }, { required: ["model"] }],
      properties: {
        name: {
          $ref: "#/definitions/anyWireName",
          description: "The placeholder's name, as the path template writes it between braces.",
        },
        property: {
          type: "string",
          pattern: "^[a-z][A-Za-z0-9]*$",
          description: "The client's argument name, where the placeholder gives none (`{1st}` -> first).",
        },
        style: {
          enum: ["simple", "label", "matrix"],
          description:
            "How the value is written in the path (OpenAPI's styles): simple (the default: a,b), label (.a, and .a.b or .a,b for an array), matrix (;id=a, and ;id=a;id=b or ;id=a,b for an array).",
        },
        explode: {
          type: "boolean",
          description:
            "With an array: each item with its own prefix (true), or the items joined by commas (false, the default).",
        },
        type: {
          enum: ["string", "integer", "number", "boolean", "date-time", "array", "object", "map", "json"],
          description:
            "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys.",
        },
        model: {
          $ref: "#/definitions/pascalName",
          description: "Instead of type: a reference to a named model.",
        },
        enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
        format: { $ref: "#/definitions/format" },
        minimum: { $ref: "#/definitions/bound" },
        maximum: { $ref: "#/definitions/bound" },
        minLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        maxLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        pattern: { $ref: "#/definitions/regex" },
        minItems: { $ref: "#/definitions/length" },
        maxItems: { $ref: "#/definitions/length" },
        items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
        values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
        fields: {
          type: "array",
          items: { $ref: "#/definitions/field" },
          description: "For object: its known fields.",
        },
        variantsBy: {
          $ref: "#/definitions/wireName",
          description: "For object: the sibling enum field whose value selects one of `variants`.",
        },
        variants: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "fields"],
            properties: {
              when: { type: "string", minLength: 1 },
              fields: { type: "array", items: { $ref: "#/definitions/field" } },
            },
          },
        },
        example: { type: "string", description: "A valid value, used in the generated docs." },
        description: { $ref: "#/definitions/description" },
        deprecated: { type: "boolean" },
      },
    },
    example: {
      type: "object",
      additionalProperties: false,
      required: ["title", "params"],
      description:
        "A call shown in the generated docs; the tests check that it passes the generated validators.",
      properties: {
        title: { type: "string", minLength: 1 },
        params: { type: "object", description: "Parameter values by wire name." },
      },
    },
    parameter: {
      type: "object",
      additionalProperties: false,
      required: ["name", "in", "description"],
      oneOf: [{ required: ["type"] }, { required: ["model"] }],
      properties: {
        name: {
          type: "string",
          pattern: "^[^\\u0000-\\u001f\\u007f]+$",
          description:
            "The exact name on the wire, byte for byte (`include[]`, `api-version`); in a form or query, dots nest it in the client (`Config.CodeLength` is `config.codeLength`). A header's or cookie's name is an HTTP token.",
        },
        in: { enum: ["query", "body", "header", "cookie"] },
        property: {
          type: "string",
          pattern: "^[a-z][A-Za-z0-9]*$",
          description:
            "The client's property name, where the wire name gives none (`StartTime<` -> startTimeBefore); no nesting.",
        },
        keyPrefix: {
          $ref: "#/definitions/wireName",
          description:
            "For a map or object in a query or form: sent as one key per leaf value, this prefix and the leaf's path joined by dots (AddOns.lookup.mode=full), instead of as JSON text.",
        },
        style: {
          enum: ["form", "spaceDelimited", "pipeDelimited", "tabDelimited", "deepObject", "simple"],
          description:
            "How a query, cookie or header value is written (OpenAPI's styles; tabDelimited is Swagger's tsv). form: arrays repeat the key (id=a&id=b), or with explode: false join items by commas (id=a,b); an object's fields become keys of their own (with explode: false: id=role,admin). spaceDelimited, pipeDelimited, tabDelimited: array items joined by one space, |, or a tab. deepObject: an object as id[role]=admin. simple: a header's array as a,b. Without style: arrays repeat the key, objects travel as JSON text.",
        },
        explode: {
          type: "boolean",
          description:
            "With style form: true (the default) repeats the key per array item and makes an object's fields keys of their own; false joins them into one value by commas.",
        },
        contentType: {
          $ref: "#/definitions/mediaType",
          description:
            "With body: multipart, the part's media type (OpenAPI's encoding.contentType): a file part's (instead of the Blob's own type), or a value's, which then travels as a part with that type. Without it: files as their Blob's type, objects, maps and json as application/json text, other values as plain text.",
        },
        type: {
          enum: [
            "string",
            "integer",
            "number",
            "boolean",
            "date-time",
            "array",
            "object",
            "map",
            "json",
            "binary",
            "union",
          ],
          description:
            "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys. binary is a file's bytes (a Blob, File or Uint8Array), in multipart bodies only. union (a property of a JSON body only) is one of the types in oneOf.",
        },
        model: {
          $ref: "#/definitions/pascalName",
          description: "Instead of type: a reference to a named model.",
        },
        enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
        format: { $ref: "#/definitions/format" },
        minimum: { $ref: "#/definitions/bound" },
        maximum: { $ref: "#/definitions/bound" },
        minLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        maxLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        pattern: { $ref: "#/definitions/regex" },
        minItems: { $ref: "#/definitions/length" },
        maxItems: { $ref: "#/definitions/length" },
        items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
        values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
        oneOf: {
          type: "array",
          items: { $ref: "#/definitions/typeExpr" },
          description:
            "For union: its branches, the types a value may have. In a request (a requestBody's type), branches are inline types, never models.",
        },
        discriminator: { $ref: "#/definitions/discriminator" },
        fields: {
          type: "array",
          items: { $ref: "#/definitions/field" },
          description: "For object: its known fields.",
        },
        variantsBy: {
          $ref: "#/definitions/wireName",
          description: "For object: the sibling enum field whose value selects one of `variants`.",
        },
        variants: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "fields"],
            properties: {
              when: { type: "string", minLength: 1 },
              fields: { type: "array", items: { $ref: "#/definitions/field" } },
            },
          },
        },
        default: {
          type: ["string", "number", "boolean"],
          description: "The value the server uses when the parameter is left out (documented, never sent).",
        },
        required: { type: "boolean" },
        requiredWhen: { $ref: "#/definitions/condition" },
        onlyWhen: { $ref: "#/definitions/condition" },
        description: { $ref: "#/definitions/description" },
        deprecated: { type: "boolean" },
      },
    },
    field: {
      type: "object",
      additionalProperties: false,
      required: ["name", "description"],
      oneOf: [{ required: ["type"] }, { required: ["model"] }],
      properties: {
        name: { $ref: "#/definitions/wireName" },
        type: {
          enum: [
            "string",
            "integer",
            "number",
            "boolean",
            "date-time",
            "array",
            "object",
            "map",
            "json",
            "union",
          ],
          description:
            "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf.",
        },
        model: {
          $ref: "#/definitions/pascalName",
          description: "Instead of type: a reference to a named model.",
        },
        enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
        format: { $ref: "#/definitions/format" },
        minimum: { $ref: "#/definitions/bound" },
        maximum: { $ref: "#/definitions/bound" },
        minLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        maxLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        pattern: { $ref: "#/definitions/regex" },
        minItems: { $ref: "#/definitions/length" },
        maxItems: { $ref: "#/definitions/length" },
        items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
        values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
        oneOf: {
          type: "array",
          items: { $ref: "#/definitions/typeExpr" },
          description: "For union: its branches, the types a value may have (responses only).",
        },
        discriminator: { $ref: "#/definitions/discriminator" },
        fields: {
          type: "array",
          items: { $ref: "#/definitions/field" },
          description: "For object: its known fields.",
        },
        variantsBy: {
          $ref: "#/definitions/wireName",
          description: "For object: the sibling enum field whose value selects one of `variants`.",
        },
        variants: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "fields"],
            properties: {
              when: { type: "string", minLength: 1 },
              fields: { type: "array", items: { $ref: "#/definitions/field" } },
            },
          },
        },
        nullable: { type: "boolean", description: "The API may send null." },
        required: {
          type: "boolean",
          description:
            "The API always sends this field; a field that is also not nullable is typed without null.",
        },
        description: { $ref: "#/definitions/description" },
        deprecated: { type: "boolean" },
      },
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["name", "description", "fields"],
      properties: {
        name: { $ref: "#/definitions/pascalName" },
        description: { $ref: "#/definitions/description" },
        extends: { $ref: "#/definitions/pascalName", description: "A model whose fields come first." },
        fields: { type: "array", items: { $ref: "#/definitions/field" } },
      },
    },
    operation: {
      type: "object",
      additionalProperties: false,
      required: ["id", "kind", "method", "path", "successStatus", "summary"],
      properties: {
        id: {
          $ref: "#/definitions/pascalName",
          description: "The operation id, as the API's own OpenAPI document names it.",
        },
        kind: {
          enum: ["create", "fetch", "list", "update", "delete", "action"],
          description:
            "create, fetch, list, update and delete name the function from the resource (createFactor, listFactors); an action needs `name`.",
        },
        name: {
          type: "string",
          pattern: "^[a-z][A-Za-z0-9]*$",
          description: "The generated function's name; required for an action.",
        },
        tags: { type: "array", items: { type: "string", minLength: 1 } },
        method: {
          enum: ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"],
          description: "HEAD and OPTIONS operations are actions; a HEAD answer has headers and no body.",
        },
        baseUrl: {
          type: "string",
          minLength: 1,
          description:
            "The operation's own server URL, when not the service's; it may use the service's server variables.",
        },
        path: {
          anyOf: [
            { enum: ["list", "instance"] },
            {
              type: "string",
              pattern:
                "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
            },
          ],
          description: "The resource's list or instance path, or a path template of its own.",
        },
        successStatus: {
          anyOf: [
            { type: "integer", minimum: 200, maximum: 399 },
            { type: "array", minItems: 1, items: { type: "integer", minimum: 200, maximum: 399 } },
          ],
          description:
            "The statuses that mean success, the usual one first: 2xx, or 3xx for an operation the API answers with a redirect by design (the client returns it, with its Location, and never follows it).",
        },
        response: {
          $ref: "#/definitions/responseBody",
          description:
            "The body every success status answers: a model's name, a JSON type expression (nullable: true for one that may be null), or { content: text | binary, mediaType }. Without it (and without responses) the answer has no body.",
        },
        responses: {
          type: "object",
          minProperties: 1,
          propertyNames: { pattern: "^2[0-9][0-9]$" },
          additionalProperties: { oneOf: [{ const: "none" }, { $ref: "#/definitions/responseBody" }] },
          description:
            "Instead of response, where success statuses answer different bodies: each status of successStatus (its keys, the same set) with its body, or none for an answer without one ({ 200: Pet, 202: Job, 204: none }). The function returns { status, body } discriminated by status.",
        },
        body: {
          enum: ["form", "json", "multipart"],
          description:
            "How body parameters travel: form-urlencoded (the default), one JSON object, or multipart/form-data parts (files among them: parameters of type binary).",
        },
        requestBody: { $ref: "#/definitions/requestBody" },
        additionalBodyProperties: {
          type: "boolean",
          description:
            "With body: json, the body also takes properties no parameter names (any JSON value each), sent under the names the caller gives: a free-form object when there are no body parameters.",
        },
        idempotencyKey: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          properties: {
            header: {
              type: "string",
              minLength: 1,
              description: "The header the key travels in, such as Idempotency-Key.",
            },
            parameter: {
              type: "string",
              minLength: 1,
              description:
                "The body parameter (its wire name) the key travels in; a declared string parameter of the operation.",
            },
          },
          description:
            "Where the API takes an idempotency key for this write: the client sends a fresh key per call (or the caller's), the same on every retry, and retries the write after a 5xx or a connection failure too. Without it a write is retried only after a 429.",
        },
        summary: { $ref: "#/definitions/description" },
        deprecated: { type: "boolean" },
        parameters: { type: "array", items: { $ref: "#/definitions/parameter" } },
        exactlyOneOf: {
          type: "array",
          items: { type: "array", minItems: 2, items: { $ref: "#/definitions/wireName" } },
          description: "Groups of parameters (wire names) of which exactly one must be given.",
        },
        atLeastOneOf: {
          type: "array",
          items: { type: "array", minItems: 2, items: { $ref: "#/definitions/wireName" } },
          description: "Groups of parameters (wire names) of which at least one must be given.",
        },
        examples: { type: "array", items: { $ref: "#/definitions/example" } },
        stream: {
          description:
            "For list: its lazily auto-paginating stream, which every list has unless this is `false`; an object gives the stream's own summary or function name.",
          anyOf: [
            { const: false },
            {
              type: "object",
              additionalProperties: false,
              required: ["summary"],
              properties: {
                summary: { $ref: "#/definitions/description" },
                name: { type: "string", pattern: "^[a-z][A-Za-z0-9]*$" },
              },
            },
          ],
        },
        pagination: {
          description:
            "For list: how its responses page when not as the service's `pagination` says; `none` for a list answered in one response, with no next page.",
          anyOf: [{ const: "none" }, { $ref: "#/definitions/pagination" }],
        },
        security: {
          $ref: "#/definitions/security",
          description: "What this operation needs, when not the service's default; [] for none.",
        },
      },
    },
    resource: {
      type: "object",
      additionalProperties: false,
      required: ["name", "plural", "description", "paths", "operations"],
      properties: {
        name: { $ref: "#/definitions/pascalName" },
        plural: { $ref: "#/definitions/pascalName" },
        description: { $ref: "#/definitions/description" },
        listKey: {
          $ref: "#/definitions/wireName",
          description: "The property of a list response that holds the items (needed with a list operation).",
        },
        mockExtension: {
          type: "string",
          pattern: "^[A-Za-z0-9._-]+\\.ts$",
          description:
            "A TypeScript file beside the spec exporting `extension` ({ onCreate?, onUpdate? }): resource-specific behaviour of the local mock server.",
        },
        paths: {
          type: "object",
          additionalProperties: false,
          properties: {
            list: {
              type: "string",
              pattern:
                "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
            },
            instance: {
              type: "string",
              pattern:
                "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
            },
          },
        },
        pathParameters: { type: "array", items: { $ref: "#/definitions/pathParameter" } },
        models: { type: "array", items: { $ref: "#/definitions/model" } },
        operations: { type: "array", minItems: 1, items: { $ref: "#/definitions/operation" } },
      },
    },
    pagination: {
      type: "object",
      description:
        "How list responses page, by `style`: `nextUrl` (the default: the next page's link is a field of the page metadata, which sits under `metaKey` or, without it, at the top level beside the items), `cursor` (a cursor from the body sent back in a query parameter), `linkHeader` (the RFC 8288 `Link` header's rel=\"next\") or `offset` (offset and limit with a total). A list operation may give its own `pagination`, or `none`.",
      properties: {
        style: {
          enum: ["nextUrl", "cursor", "linkHeader", "offset"],
          description: "The paging style; `nextUrl` when absent.",
        },
      },
      allOf: [
        {
          if: { properties: { style: { const: "nextUrl" } } },
          then: {
            additionalProperties: false,
            required: ["metaModel", "nextUrlField"],
            properties: {
              style: { const: "nextUrl" },
              metaKey: {
                $ref: "#/definitions/wireName",
                description:
                  "The property of a list response holding the page metadata; without it, the metadata fields sit at the top level, beside the items.",
              },
              metaModel: {
                $ref: "#/definitions/pascalName",
                description:
                  "The model of the page metadata (of the top-level page fields, without metaKey).",
              },
              nextUrlField: {
                $ref: "#/definitions/wireName",
                description:
                  "The metadata field holding the next page's link (null or absent on the last page): an absolute URL, or a path on the API's origin.",
              },
              pageUrls: {
                enum: ["absolute", "path"],
                description:
                  "How the API writes its page links, for the local server: absolute URLs (the default) or paths on its origin. The client follows either.",
              },
              pageSizeParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
              },
              pageParameter: {
                $ref: "#/definitions/wireName",
                description: "The page-index query parameter only page URLs set; streams leave it out.",
              },
              pageTokenParameter: {
                $ref: "#/definitions/wireName",
                description: "The page-token query parameter only page URLs set; streams leave it out.",
              },
              metaFields: {
                type: "object",
                additionalProperties: false,
                description:
                  "Fields of the meta model by role, which the local server fills; the client also checks that each next page's `page` number is greater than the one before.",
                properties: {
                  page: { $ref: "#/definitions/wireName" },
                  pageSize: { $ref: "#/definitions/wireName" },
                  firstPageUrl: { $ref: "#/definitions/wireName" },
                  previousPageUrl: { $ref: "#/definitions/wireName" },
                  url: { $ref: "#/definitions/wireName" },
                  key: { $ref: "#/definitions/wireName" },
                  start: {
                    $ref: "#/definitions/wireName",
                    description: "The index of the page's first item.",
                  },
                  end: { $ref: "#/definitions/wireName", description: "The index of the page's last item." },
                },
              },
            },
          },
        },
        {
          if: { properties: { style: { const: "cursor" } }, required: ["style"] },
          then: {
            additionalProperties: false,
            required: ["style", "metaModel", "cursorParameter"],
            properties: {
              style: { const: "cursor" },
              metaKey: {
                $ref: "#/definitions/wireName",
                description:
                  "The property of a list response holding the page metadata; without it, the metadata fields sit at the top level, beside the items.",
              },
              metaModel: {
                $ref: "#/definitions/pascalName",
                description:
                  "The model of the page metadata (of the top-level page fields, without metaKey).",
              },
              cursorParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The query parameter the next page's cursor goes back in (Stripe's `starting_after`, Slack's `cursor`); set on the current request's URL, so the caller's other query parameters stay. Streams leave it out.",
              },
              cursorField: {
                $ref: "#/definitions/wireName",
                description:
                  "The metadata field holding the next page's cursor (Slack's `next_cursor` under `metaKey: response_metadata`); empty or null on the last page.",
              },
              hasMoreField: {
                $ref: "#/definitions/wireName",
                description:
                  "The boolean metadata field saying whether a next page exists (Stripe's `has_more`); with `itemCursorField`.",
              },
              itemCursorField: {
                $ref: "#/definitions/wireName",
                description:
                  "The field of the item model whose value on the page's last item is the next page's cursor (Stripe's `id`); with `hasMoreField`.",
              },
              pageSizeParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
              },
            },
            oneOf: [{ required: ["cursorField"] }, { required: ["hasMoreField", "itemCursorField"] }],
          },
        },
        {
          if: { properties: { style: { const: "linkHeader" } }, required: ["style"] },
          then: {
            additionalProperties: false,
            required: ["style"],
            properties: {
              style: { const: "linkHeader" },
              pageUrls: {
                enum: ["absolute", "path"],
                description:
                  "How the local server writes its Link header's targets: absolute URLs (the default) or paths. The client resolves either against the request's URL.",
              },
              pageSizeParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
              },
              pageParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The page-number query parameter the API's links set (GitHub's `page`); streams leave it out. Without it the local server uses a cursor of its own.",
              },
            },
          },
        },
        {
          if: { properties: { style: { const: "offset" } }, required: ["style"] },
          then: {
            additionalProperties: false,
            required: ["style", "metaModel", "totalField", "offsetParameter"],
            properties: {
              style: { const: "offset" },
              metaKey: {
                $ref: "#/definitions/wireName",
                description:
                  "The property of a list response holding the page metadata; without it, the metadata fields sit at the top level, beside the items.",
              },
              metaModel: {
                $ref: "#/definitions/pascalName",
                description:
                  "The model of the page metadata (of the top-level page fields, without metaKey).",
              },
              totalField: {
                $ref: "#/definitions/wireName",
                description: "The integer metadata field holding the number of items in the whole list.",
              },
              offsetParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The query parameter giving the index of a page's first item; the next page's is this page's plus the items received. Streams leave it out.",
              },
              limitParameter: {
                $ref: "#/definitions/wireName",
                description:
                  "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
              },
            },
          },
        },
      ],
    },
    credential: {
      type: "object",
      additionalProperties: false,
      required: ["option", "description"],
      properties: {
        option: {
          type: "string",
          pattern: "^[a-z][A-Za-z0-9]*$",
          description: "The createClient option that carries it.",
        },
        env: {
          $ref: "#/definitions/envName",
          description: "The environment variable read when the option is not given.",
        },
        description: { $ref: "#/definitions/description" },
      },
    },
    schemeName: {
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
      description: "The name of an auth scheme, as operations' security names it.",
    },
    security: {
      type: "array",
      description:
        "Alternatives, each the names of the schemes applied together (an empty list: no credentials); [] means the operation needs none.",
      items: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/schemeName" } },
    },
    authScheme: {
      type: "object",
      required: ["scheme"],
      description: "One way to authenticate, by scheme: basic, bearer, apiKey or oauth2.",
      properties: { scheme: { enum: ["basic", "bearer", "apiKey", "oauth2"] } },
      allOf: [
        {
          if: { properties: { scheme: { const: "basic" } } },
          then: {
            additionalProperties: false,
            required: ["scheme", "credentials"],
            properties: {
              scheme: { const: "basic" },
              credentials: {
                type: "array",
                minItems: 1,
                description:
                  "Username/password pairs createClient accepts, the preferred first: the first pair any of whose options is given is used; with none given, the first pair with environment variables.",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["username", "password"],
                  properties: {
                    username: { $ref: "#/definitions/credential" },
                    password: { $ref: "#/definitions/credential" },
                  },
                },
              },
            },
          },
        },
        {
          if: { properties: { scheme: { const: "bearer" } } },
          then: {
            additionalProperties: false,
            required: ["scheme", "token"],
            properties: {
              scheme: { const: "bearer" },
              format: { type: "string", minLength: 1, description: "What the token is (JWT), for the docs." },
              token: {
                $ref: "#/definitions/credential",
                description: "The token: a string, or a function createClient calls for each request.",
              },
            },
          },
        },
        {
          if: { properties: { scheme: { const: "apiKey" } } },
          then: {
            additionalProperties: false,
            required: ["scheme", "in", "name", "key"],
            properties: {
              scheme: { const: "apiKey" },
              in: { enum: ["header", "query", "cookie"] },
              name: {
                type: "string",
                minLength: 1,
                pattern: "^[^\\u0000-\\u001f\\u007f]+$",
                description:
                  "The header, query parameter or cookie that carries the key (a header or cookie name is a token: letters, digits and !#$%&'*+.^_`|~-).",
              },
              key: { $ref: "#/definitions/credential" },
            },
          },
        },
        {
          if: { properties: { scheme: { const: "oauth2" } } },
          then: {
            additionalProperties: false,
            required: ["scheme", "flows", "token"],
            properties: {
              scheme: { const: "oauth2" },
              flows: {
                type: "object",
                additionalProperties: false,
                minProperties: 1,
                description:
                  "The OAuth2 flows the API declares; a relative URL is resolved against the base URL.",
                properties: {
                  clientCredentials: {
                    type: "object",
                    additionalProperties: false,
                    required: ["tokenUrl"],
                    properties: {
                      tokenUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                      scopes: {
                        type: "object",
                        additionalProperties: { type: "string" },
                        description: "Scope names and what each grants.",
                      },
                    },
                  },
                  authorizationCode: {
                    type: "object",
                    additionalProperties: false,
                    required: ["authorizationUrl", "tokenUrl"],
                    properties: {
                      authorizationUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                      tokenUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                      scopes: {
                        type: "object",
                        additionalProperties: { type: "string" },
                        description: "Scope names and what each grants.",
                      },
                    },
                  },
                  implicit: {
                    type: "object",
                    additionalProperties: false,
                    required: ["authorizationUrl"],
                    properties: {
                      authorizationUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                      scopes: {
                        type: "object",
                        additionalProperties: { type: "string" },
                        description: "Scope names and what each grants.",
                      },
                    },
                  },
                  password: {
                    type: "object",
                    additionalProperties: false,
                    required: ["tokenUrl"],
                    properties: {
                      tokenUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                      scopes: {
                        type: "object",
                        additionalProperties: { type: "string" },
                        description: "Scope names and what each grants.",
                      },
                    },
                  },
                },
              },
              token: {
                $ref: "#/definitions/credential",
                description:
                  "An access token the caller gives: a string, or a function createClient calls for each request.",
              },
              clientCredentials: {
                type: "object",
                additionalProperties: false,
                required: ["clientId", "clientSecret"],
                description:
                  "The client fetches access tokens itself, with the clientCredentials flow's token URL.",
                properties: {
                  clientId: { $ref: "#/definitions/credential" },
                  clientSecret: { $ref: "#/definitions/credential" },
                  clientAuthentication: {
                    enum: ["basic", "body"],
                    description:
                      "How the client proves itself to the token endpoint: HTTP Basic (the default) or client_id and client_secret form fields.",
                  },
                  scopes: {
                    type: "array",
                    uniqueItems: true,
                    items: { type: "string", pattern: "^[!#-\\[\\]-~]+$" },
                    description: "The scopes the client asks for.",
                  },
                  tokenUrlOption: {
                    type: "string",
                    pattern: "^[a-z][A-Za-z0-9]*$",
                    description: "A createClient option that replaces the token URL.",
                  },
                },
              },
            },
          },
        },
      ],
    },
    anyWireName: {
      type: "string",
      pattern: "^[^\\u0000-\\u001f\\u007f]+$",
      description:
        "A name as the API spells it on the wire, byte for byte (`include[]`, `api-version`, `$filter`); the client's name is derived from it (or given as property).",
    },
    discriminator: {
      type: "object",
      additionalProperties: false,
      required: ["field"],
      properties: {
        field: {
          $ref: "#/definitions/wireName",
          description: "The wire name of the field every branch model has whose value names the branch.",
        },
        mapping: {
          type: "object",
          minProperties: 1,
          additionalProperties: { $ref: "#/definitions/pascalName" },
          description:
            "Discriminator values to the branch models they select; a branch no value maps to is selected by its model name.",
        },
      },
      description: "For union: the field whose value selects the branch (every branch is then a model).",
    },
    webhookSignature: {
      type: "object",
      additionalProperties: false,
      required: ["header", "algorithm", "signs", "encoding"],
      description:
        "A webhook signature: an HMAC keyed by the account's secret over the URL followed by the form parameters sorted by name (each name then its value), encoded, in a header.",
      properties: {
        header: { type: "string", minLength: 1, description: "The request header carrying the signature." },
        algorithm: { enum: ["hmac-sha1", "hmac-sha256"], description: "The HMAC's hash." },
        signs: {
          enum: ["url-and-sorted-params"],
          description:
            "What is signed: the full URL, then each form parameter's name and value, sorted by name (a repeated key's distinct values sorted).",
        },
        encoding: { enum: ["base64"], description: "How the HMAC is written in the header." },
        bodyHashParameter: {
          type: "string",
          minLength: 1,
          description:
            "For a raw (JSON) body: the query parameter of the URL holding the body's hex SHA-256; only the URL is then signed.",
        },
      },
    },
    webhooks: {
      type: "object",
      additionalProperties: false,
      required: ["typeField", "events"],
      description:
        "The events the service sends as webhooks (one file per service), signed as `service.webhooks.signature` says.",
      properties: {
        typeField: { type: "string", minLength: 1, description: "The form field naming the event type." },
        subscription: {
          type: "object",
          additionalProperties: false,
          required: ["resource", "urlField", "eventsField"],
          description: "For the local server: the resource whose records subscribe a URL to event types.",
          properties: {
            resource: { type: "string", minLength: 1, description: "The resource's name." },
            urlField: {
              type: "string",
              minLength: 1,
              description: "The field holding the URL the events are posted to.",
            },
            eventsField: {
              type: "string",
              minLength: 1,
              description: "The field holding the event types (an array).",
            },
            allEvents: {
              type: "string",
              minLength: 1,
              description: "An event type that subscribes to every event.",
            },
            disabledWhen: {
              type: "object",
              additionalProperties: false,
              required: ["field", "value"],
              description: "A subscription with this field at this value receives nothing.",
              properties: {
                field: { type: "string", minLength: 1, description: "A field of the resource." },
                value: { type: "string", minLength: 1, description: "Its value." },
              },
            },
            scope: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description:
                "Fields a subscription and the record an event is about must share (besides the account).",
            },
          },
        },
        events: { type: "array", minItems: 1, items: { $ref: "#/definitions/webhookEvent" } },
      },
    },
    webhookEvent: {
      type: "object",
      additionalProperties: false,
      required: ["type", "description", "fields"],
      description: "One event type and its form fields.",
      properties: {
        type: { type: "string", minLength: 1, description: "The event type, as the type field carries it." },
        description: { type: "string", description: "When it is sent." },
        when: {
          type: "object",
          additionalProperties: false,
          required: ["resource", "on"],
          description:
            "For the local server: a record of `resource` created, deleted, or updated so that `field` becomes `value`.",
          properties: {
            resource: { type: "string", minLength: 1, description: "The resource's name." },
            on: { enum: ["create", "update", "delete"] },
            field: {
              type: "string",
              minLength: 1,
              description: "With `on: update`: the field that changes.",
            },
            value: { type: "string", minLength: 1, description: "The value it changes to." },
          },
        },
        fields: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "type", "description"],
            properties: {
              name: { type: "string", minLength: 1, description: "The form field's name." },
              type: { enum: ["string", "json"], description: "Text, or JSON text (parsed)." },
              required: {
                type: "boolean",
                description: "Whether every event of the type carries it (default false).",
              },
              description: { type: "string" },
              from: {
                type: "string",
                pattern: "^(record\\.[^.]+|event\\.(id|type))$",
                description:
                  "Where the local server takes it: `record.<field>` of the record the event is about, `event.id` (a fresh UUID) or `event.type`.",
              },
            },
          },
        },
      },
    },
    mediaType: {
      type: "string",
      pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$",
      description: "A media type (application/zip, text/csv; charset=utf-8).",
    },
    requestBody: {
      type: "object",
      additionalProperties: false,
      required: ["content", "description"],
      description:
        "Instead of body parameters, the whole request body as one value, taken by the function as an argument of its own: JSON of any type ({ content: json, type: union, oneOf: [...] }, an array, a scalar), text ({ content: text, mediaType: text/csv }) or binary content ({ content: binary, mediaType: application/zip }: a Blob, Uint8Array or ReadableStream).",
      properties: {
        content: {
          enum: ["json", "text", "binary"],
          description:
            "json: a value of the type the other keys give; text: a string; binary: a Blob, File, Uint8Array or ReadableStream (streamed where the runtime can).",
        },
        mediaType: {
          $ref: "#/definitions/mediaType",
          description:
            "The media type sent in Content-Type; application/json, text/plain or application/octet-stream by default.",
        },
        name: {
          type: "string",
          pattern: "^[a-z][A-Za-z0-9]*$",
          description: "The client's argument name; body by default.",
        },
        description: { $ref: "#/definitions/description" },
        required: {
          type: "boolean",
          description:
            "The caller must pass it (the default); false: it may be undefined, and then no body is sent.",
        },
        type: {
          enum: [
            "string",
            "integer",
            "number",
            "boolean",
            "date-time",
            "array",
            "object",
            "map",
            "json",
            "union",
            "binary",
          ],
          description:
            "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf. binary is a file's bytes (a Blob, File or Uint8Array), in multipart bodies only.",
        },
        model: {
          $ref: "#/definitions/pascalName",
          description: "Instead of type: a reference to a named model.",
        },
        enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
        format: { $ref: "#/definitions/format" },
        minimum: { $ref: "#/definitions/bound" },
        maximum: { $ref: "#/definitions/bound" },
        minLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        maxLength: {
          $ref: "#/definitions/length",
          description: "Strings: code points. map and json: the length of the JSON encoding.",
        },
        pattern: { $ref: "#/definitions/regex" },
        minItems: { $ref: "#/definitions/length" },
        maxItems: { $ref: "#/definitions/length" },
        items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
        values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
        oneOf: {
          type: "array",
          items: { $ref: "#/definitions/typeExpr" },
          description:
            "For union: its branches, the types a value may have. In a request (a requestBody's type), branches are inline types, never models.",
        },
        discriminator: { $ref: "#/definitions/discriminator" },
        fields: {
          type: "array",
          items: { $ref: "#/definitions/field" },
          description: "For object: its known fields.",
        },
        variantsBy: {
          $ref: "#/definitions/wireName",
          description: "For object: the sibling enum field whose value selects one of `variants`.",
        },
        variants: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["when", "fields"],
            properties: {
              when: { type: "string", minLength: 1 },
              fields: { type: "array", items: { $ref: "#/definitions/field" } },
            },
          },
        },
      },
    },
  },
};
const schema12 = { type: "string", pattern: "^[A-Z][A-Za-z0-9]*$" };
const schema13 = {
  type: "string",
  pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
  description: "The name of an auth scheme, as operations' security names it.",
};
const schema21 = { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" };
const schema56 = {
  type: "string",
  minLength: 1,
  description: "An ECMAScript regular expression (with the u flag).",
};
const schema59 = {
  type: "object",
  additionalProperties: false,
  required: ["header", "algorithm", "signs", "encoding"],
  description:
    "A webhook signature: an HMAC keyed by the account's secret over the URL followed by the form parameters sorted by name (each name then its value), encoded, in a header.",
  properties: {
    header: { type: "string", minLength: 1, description: "The request header carrying the signature." },
    algorithm: { enum: ["hmac-sha1", "hmac-sha256"], description: "The HMAC's hash." },
    signs: {
      enum: ["url-and-sorted-params"],
      description:
        "What is signed: the full URL, then each form parameter's name and value, sorted by name (a repeated key's distinct values sorted).",
    },
    encoding: { enum: ["base64"], description: "How the HMAC is written in the header." },
    bodyHashParameter: {
      type: "string",
      minLength: 1,
      description:
        "For a raw (JSON) body: the query parameter of the URL holding the body's hex SHA-256; only the URL is then signed.",
    },
  },
};
const pattern0 = new RegExp("^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9.+-]+$", "u");
const pattern2 = new RegExp("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*\\.md$", "u");
const pattern4 = new RegExp("^[A-Z][A-Za-z0-9]*$", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9-]+$", "u");
const pattern19 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", "u");
const pattern52 = new RegExp("^[A-Za-z_-]*$", "u");
const pattern54 = new RegExp("^https?://", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func3 = Object.prototype.hasOwnProperty;
const schema14 = {
  type: "object",
  required: ["scheme"],
  description: "One way to authenticate, by scheme: basic, bearer, apiKey or oauth2.",
  properties: { scheme: { enum: ["basic", "bearer", "apiKey", "oauth2"] } },
  allOf: [
    {
      if: { properties: { scheme: { const: "basic" } } },
      then: {
        additionalProperties: false,
        required: ["scheme", "credentials"],
        properties: {
          scheme: { const: "basic" },
          credentials: {
            type: "array",
            minItems: 1,
            description:
              "Username/password pairs createClient accepts, the preferred first: the first pair any of whose options is given is used; with none given, the first pair with environment variables.",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["username", "password"],
              properties: {
                username: { $ref: "#/definitions/credential" },
                password: { $ref: "#/definitions/credential" },
              },
            },
          },
        },
      },
    },
    {
      if: { properties: { scheme: { const: "bearer" } } },
      then: {
        additionalProperties: false,
        required: ["scheme", "token"],
        properties: {
          scheme: { const: "bearer" },
          format: { type: "string", minLength: 1, description: "What the token is (JWT), for the docs." },
          token: {
            $ref: "#/definitions/credential",
            description: "The token: a string, or a function createClient calls for each request.",
          },
        },
      },
    },
    {
      if: { properties: { scheme: { const: "apiKey" } } },
      then: {
        additionalProperties: false,
        required: ["scheme", "in", "name", "key"],
        properties: {
          scheme: { const: "apiKey" },
          in: { enum: ["header", "query", "cookie"] },
          name: {
            type: "string",
            minLength: 1,
            pattern: "^[^\\u0000-\\u001f\\u007f]+$",
            description:
              "The header, query parameter or cookie that carries the key (a header or cookie name is a token: letters, digits and !#$%&'*+.^_`|~-).",
          },
          key: { $ref: "#/definitions/credential" },
        },
      },
    },
    {
      if: { properties: { scheme: { const: "oauth2" } } },
      then: {
        additionalProperties: false,
        required: ["scheme", "flows", "token"],
        properties: {
          scheme: { const: "oauth2" },
          flows: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            description:
              "The OAuth2 flows the API declares; a relative URL is resolved against the base URL.",
            properties: {
              clientCredentials: {
                type: "object",
                additionalProperties: false,
                required: ["tokenUrl"],
                properties: {
                  tokenUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                  scopes: {
                    type: "object",
                    additionalProperties: { type: "string" },
                    description: "Scope names and what each grants.",
                  },
                },
              },
              authorizationCode: {
                type: "object",
                additionalProperties: false,
                required: ["authorizationUrl", "tokenUrl"],
                properties: {
                  authorizationUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                  tokenUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                  scopes: {
                    type: "object",
                    additionalProperties: { type: "string" },
                    description: "Scope names and what each grants.",
                  },
                },
              },
              implicit: {
                type: "object",
                additionalProperties: false,
                required: ["authorizationUrl"],
                properties: {
                  authorizationUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                  scopes: {
                    type: "object",
                    additionalProperties: { type: "string" },
                    description: "Scope names and what each grants.",
                  },
                },
              },
              password: {
                type: "object",
                additionalProperties: false,
                required: ["tokenUrl"],
                properties: {
                  tokenUrl: { type: "string", minLength: 1, pattern: "^\\S+$" },
                  scopes: {
                    type: "object",
                    additionalProperties: { type: "string" },
                    description: "Scope names and what each grants.",
                  },
                },
              },
            },
          },
          token: {
            $ref: "#/definitions/credential",
            description:
              "An access token the caller gives: a string, or a function createClient calls for each request.",
          },
          clientCredentials: {
            type: "object",
            additionalProperties: false,
            required: ["clientId", "clientSecret"],
            description:
              "The client fetches access tokens itself, with the clientCredentials flow's token URL.",
            properties: {
              clientId: { $ref: "#/definitions/credential" },
              clientSecret: { $ref: "#/definitions/credential" },
              clientAuthentication: {
                enum: ["basic", "body"],
                description:
                  "How the client proves itself to the token endpoint: HTTP Basic (the default) or client_id and client_secret form fields.",
              },
              scopes: {
                type: "array",
                uniqueItems: true,
                items: { type: "string", pattern: "^[!#-\\[\\]-~]+$" },
                description: "The scopes the client asks for.",
              },
              tokenUrlOption: {
                type: "string",
                pattern: "^[a-z][A-Za-z0-9]*$",
                description: "A createClient option that replaces the token URL.",
              },
            },
          },
        },
      },
    },
  ],
};
const schema15 = {
  type: "object",
  additionalProperties: false,
  required: ["option", "description"],
  properties: {
    option: {
      type: "string",
      pattern: "^[a-z][A-Za-z0-9]*$",
      description: "The createClient option that carries it.",
    },
    env: {
      $ref: "#/definitions/envName",
      description: "The environment variable read when the option is not given.",
    },
    description: { $ref: "#/definitions/description" },
  },
};
const schema16 = { type: "string", pattern: "^[A-Z_][A-Z0-9_]*$" };
const schema17 = { type: "string", description: "Free text. An empty one is accepted with a warning." };
const pattern6 = new RegExp("^[a-z][A-Za-z0-9]*$", "u");
const pattern7 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.option === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "option" },
        message: "must have required property '" + "option" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "option" || key0 === "env" || key0 === "description")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.option !== undefined) {
      let data0 = data.option;
      const _errs2 = errors;
      const _errs3 = errors;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = {
            instancePath: instancePath + "/option",
            schemaPath: "#/properties/option/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/option",
          schemaPath: "#/properties/option/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.env !== undefined) {
      let data1 = data.env;
      const _errs4 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data1 === "string") {
        if (!pattern7.test(data1)) {
          const err5 = {
            instancePath: instancePath + "/env",
            schemaPath: "#/definitions/envName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z_][A-Z0-9_]*$" },
            message: 'must match pattern "' + "^[A-Z_][A-Z0-9_]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/env",
          schemaPath: "#/definitions/envName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
      var valid0 = _errs4 === errors;
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      const _errs7 = errors;
      const _errs8 = errors;
      if (typeof data2 !== "string") {
        const err7 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _errs9 = errors;
      var valid2 = _errs8 === errors;
      var valid0 = _errs7 === errors;
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
const pattern8 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern9 = new RegExp("^\\S+$", "u");
const pattern14 = new RegExp("^[!#-\\[\\]-~]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scheme !== undefined) {
      let data0 = data.scheme;
      const _errs4 = errors;
      if ("basic" !== data0) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
      }
      if (errors === _errs4) {
      }
      var valid2 = _errs4 === errors;
    } else {
      var valid2 = true;
    }
    if (valid2) {
    }
  }
  if (errors === _errs3) {
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.scheme === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/allOf/0/then/required",
          keyword: "required",
          params: { missingProperty: "scheme" },
          message: "must have required property '" + "scheme" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.credentials === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/allOf/0/then/required",
          keyword: "required",
          params: { missingProperty: "credentials" },
          message: "must have required property '" + "credentials" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const _errs6 = errors;
      for (const key0 in data) {
        if (!(key0 === "scheme" || key0 === "credentials")) {
          const err3 = {
            instancePath,
            schemaPath: "#/allOf/0/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key0 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.scheme !== undefined) {
        let data1 = data.scheme;
        const _errs7 = errors;
        if ("basic" !== data1) {
          const err4 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "#/allOf/0/then/properties/scheme/const",
            keyword: "const",
            params: { allowedValue: "basic" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var valid3 = _errs7 === errors;
      }
      if (data.credentials !== undefined) {
        let data2 = data.credentials;
        const _errs8 = errors;
        const _errs9 = errors;
        if (Array.isArray(data2)) {
          if (data2.length < 1) {
            const err5 = {
              instancePath: instancePath + "/credentials",
              schemaPath: "#/allOf/0/then/properties/credentials/minItems",
              keyword: "minItems",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 items",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          let valid5 = true;
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            const _errs10 = errors;
            const _errs11 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.username === undefined) {
                const err6 = {
                  instancePath: instancePath + "/credentials/" + i0,
                  schemaPath: "#/allOf/0/then/properties/credentials/items/required",
                  keyword: "required",
                  params: { missingProperty: "username" },
                  message: "must have required property '" + "username" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (data3.password === undefined) {
                const err7 = {
                  instancePath: instancePath + "/credentials/" + i0,
                  schemaPath: "#/allOf/0/then/properties/credentials/items/required",
                  keyword: "required",
                  params: { missingProperty: "password" },
                  message: "must have required property '" + "password" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              const _errs12 = errors;
              for (const key1 in data3) {
                if (!(key1 === "username" || key1 === "password")) {
                  const err8 = {
                    instancePath: instancePath + "/credentials/" + i0,
                    schemaPath: "#/allOf/0/then/properties/credentials/items/additionalProperties",
                    keyword: "additionalProperties",
                    params: { additionalProperty: key1 },
                    message: "must NOT have additional properties",
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data3.username !== undefined) {
                let data4 = data3.username;
                const _errs13 = errors;
                if (
                  !validate12(data4, {
                    instancePath: instancePath + "/credentials/" + i0 + "/username",
                    parentData: data3,
                    parentDataProperty: "username",
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                  errors = vErrors.length;
                } else {
                }
                var valid6 = _errs13 === errors;
              }
              if (data3.password !== undefined) {
                let data5 = data3.password;
                const _errs14 = errors;
                if (
                  !validate12(data5, {
                    instancePath: instancePath + "/credentials/" + i0 + "/password",
                    parentData: data3,
                    parentDataProperty: "password",
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                  errors = vErrors.length;
                } else {
                }
                var valid6 = _errs14 === errors;
              }
            } else {
              const err9 = {
                instancePath: instancePath + "/credentials/" + i0,
                schemaPath: "#/allOf/0/then/properties/credentials/items/type",
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var valid4 = _errs10 === errors;
            if (!valid4) {
              valid5 = false;
            }
          }
        } else {
          const err10 = {
            instancePath: instancePath + "/credentials",
            schemaPath: "#/allOf/0/then/properties/credentials/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        var valid3 = _errs8 === errors;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err11 = {
      instancePath,
      schemaPath: "#/allOf/0/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  var valid0 = _errs1 === errors;
  const _errs15 = errors;
  const _errs16 = errors;
  let valid7 = true;
  const _errs17 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scheme !== undefined) {
      let data6 = data.scheme;
      const _errs18 = errors;
      if ("bearer" !== data6) {
        const err12 = {};
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
      }
      if (errors === _errs18) {
      }
      var valid8 = _errs18 === errors;
    } else {
      var valid8 = true;
    }
    if (valid8) {
    }
  }
  if (errors === _errs17) {
  }
  var _valid1 = _errs17 === errors;
  errors = _errs16;
  if (vErrors !== null) {
    if (_errs16) {
      vErrors.length = _errs16;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs19 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.scheme === undefined) {
        const err13 = {
          instancePath,
          schemaPath: "#/allOf/1/then/required",
          keyword: "required",
          params: { missingProperty: "scheme" },
          message: "must have required property '" + "scheme" + "'",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.token === undefined) {
        const err14 = {
          instancePath,
          schemaPath: "#/allOf/1/then/required",
          keyword: "required",
          params: { missingProperty: "token" },
          message: "must have required property '" + "token" + "'",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs20 = errors;
      for (const key2 in data) {
        if (!(key2 === "scheme" || key2 === "format" || key2 === "token")) {
          const err15 = {
            instancePath,
            schemaPath: "#/allOf/1/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key2 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.scheme !== undefined) {
        let data7 = data.scheme;
        const _errs21 = errors;
        if ("bearer" !== data7) {
          const err16 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "#/allOf/1/then/properties/scheme/const",
            keyword: "const",
            params: { allowedValue: "bearer" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var valid9 = _errs21 === errors;
      }
      if (data.format !== undefined) {
        let data8 = data.format;
        const _errs22 = errors;
        const _errs23 = errors;
        if (typeof data8 === "string") {
          if (func2(data8) < 1) {
            const err17 = {
              instancePath: instancePath + "/format",
              schemaPath: "#/allOf/1/then/properties/format/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        } else {
          const err18 = {
            instancePath: instancePath + "/format",
            schemaPath: "#/allOf/1/then/properties/format/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var valid9 = _errs22 === errors;
      }
      if (data.token !== undefined) {
        let data9 = data.token;
        const _errs24 = errors;
        if (
          !validate12(data9, {
            instancePath: instancePath + "/token",
            parentData: data,
            parentDataProperty: "token",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        } else {
        }
        var valid9 = _errs24 === errors;
      }
    }
    var _valid1 = _errs19 === errors;
    valid7 = _valid1;
  }
  if (!valid7) {
    const err19 = {
      instancePath,
      schemaPath: "#/allOf/1/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  var valid0 = _errs15 === errors;
  const _errs25 = errors;
  const _errs26 = errors;
  let valid10 = true;
  const _errs27 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scheme !== undefined) {
      let data10 = data.scheme;
      const _errs28 = errors;
      if ("apiKey" !== data10) {
        const err20 = {};
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
      }
      if (errors === _errs28) {
      }
      var valid11 = _errs28 === errors;
    } else {
      var valid11 = true;
    }
    if (valid11) {
    }
  }
  if (errors === _errs27) {
  }
  var _valid2 = _errs27 === errors;
  errors = _errs26;
  if (vErrors !== null) {
    if (_errs26) {
      vErrors.length = _errs26;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs29 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.scheme === undefined) {
        const err21 = {
          instancePath,
          schemaPath: "#/allOf/2/then/required",
          keyword: "required",
          params: { missingProperty: "scheme" },
          message: "must have required property '" + "scheme" + "'",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data.in === undefined) {
        const err22 = {
          instancePath,
          schemaPath: "#/allOf/2/then/required",
          keyword: "required",
          params: { missingProperty: "in" },
          message: "must have required property '" + "in" + "'",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (data.name === undefined) {
        const err23 = {
          instancePath,
          schemaPath: "#/allOf/2/then/required",
          keyword: "required",
          params: { missingProperty: "name" },
          message: "must have required property '" + "name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data.key === undefined) {
        const err24 = {
          instancePath,
          schemaPath: "#/allOf/2/then/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      const _errs30 = errors;
      for (const key3 in data) {
        if (!(key3 === "scheme" || key3 === "in" || key3 === "name" || key3 === "key")) {
          const err25 = {
            instancePath,
            schemaPath: "#/allOf/2/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key3 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (data.scheme !== undefined) {
        let data11 = data.scheme;
        const _errs31 = errors;
        if ("apiKey" !== data11) {
          const err26 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "#/allOf/2/then/properties/scheme/const",
            keyword: "const",
            params: { allowedValue: "apiKey" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        var valid12 = _errs31 === errors;
      }
      if (data.in !== undefined) {
        let data12 = data.in;
        const _errs32 = errors;
        const vSchema0 = schema14.allOf[2].then.properties.in.enum;
        if (!(data12 === "header" || data12 === "query" || data12 === "cookie")) {
          const err27 = {
            instancePath: instancePath + "/in",
            schemaPath: "#/allOf/2/then/properties/in/enum",
            keyword: "enum",
            params: { allowedValues: schema14.allOf[2].then.properties.in.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        var valid12 = _errs32 === errors;
      }
      if (data.name !== undefined) {
        let data13 = data.name;
        const _errs33 = errors;
        const _errs34 = errors;
        if (typeof data13 === "string") {
          if (func2(data13) < 1) {
            const err28 = {
              instancePath: instancePath + "/name",
              schemaPath: "#/allOf/2/then/properties/name/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (!pattern8.test(data13)) {
            const err29 = {
              instancePath: instancePath + "/name",
              schemaPath: "#/allOf/2/then/properties/name/pattern",
              keyword: "pattern",
              params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" },
              message: 'must match pattern "' + "^[^\\u0000-\\u001f\\u007f]+$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        } else {
          const err30 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/allOf/2/then/properties/name/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        var valid12 = _errs33 === errors;
      }
      if (data.key !== undefined) {
        let data14 = data.key;
        const _errs35 = errors;
        if (
          !validate12(data14, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        } else {
        }
        var valid12 = _errs35 === errors;
      }
    }
    var _valid2 = _errs29 === errors;
    valid10 = _valid2;
  }
  if (!valid10) {
    const err31 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  var valid0 = _errs25 === errors;
  const _errs36 = errors;
  const _errs37 = errors;
  let valid13 = true;
  const _errs38 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scheme !== undefined) {
      let data15 = data.scheme;
      const _errs39 = errors;
      if ("oauth2" !== data15) {
        const err32 = {};
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      } else {
      }
      if (errors === _errs39) {
      }
      var valid14 = _errs39 === errors;
    } else {
      var valid14 = true;
    }
    if (valid14) {
    }
  }
  if (errors === _errs38) {
  }
  var _valid3 = _errs38 === errors;
  errors = _errs37;
  if (vErrors !== null) {
    if (_errs37) {
      vErrors.length = _errs37;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs40 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.scheme === undefined) {
        const err33 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "scheme" },
          message: "must have required property '" + "scheme" + "'",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data.flows === undefined) {
        const err34 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "flows" },
          message: "must have required property '" + "flows" + "'",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (data.token === undefined) {
        const err35 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "token" },
          message: "must have required property '" + "token" + "'",
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      const _errs41 = errors;
      for (const key4 in data) {
        if (!(key4 === "scheme" || key4 === "flows" || key4 === "token" || key4 === "clientCredentials")) {
          const err36 = {
            instancePath,
            schemaPath: "#/allOf/3/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key4 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.scheme !== undefined) {
        let data16 = data.scheme;
        const _errs42 = errors;
        if ("oauth2" !== data16) {
          const err37 = {
            instancePath: instancePath + "/scheme",
            schemaPath: "#/allOf/3/then/properties/scheme/const",
            keyword: "const",
            params: { allowedValue: "oauth2" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        var valid15 = _errs42 === errors;
      }
      if (data.flows !== undefined) {
        let data17 = data.flows;
        const _errs43 = errors;
        const _errs44 = errors;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (Object.keys(data17).length < 1) {
            const err38 = {
              instancePath: instancePath + "/flows",
              schemaPath: "#/allOf/3/then/properties/flows/minProperties",
              keyword: "minProperties",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 properties",
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          const _errs45 = errors;
          for (const key5 in data17) {
            if (!(
              key5 === "clientCredentials" ||
              key5 === "authorizationCode" ||
              key5 === "implicit" ||
              key5 === "password"
            )) {
              const err39 = {
                instancePath: instancePath + "/flows",
                schemaPath: "#/allOf/3/then/properties/flows/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key5 },
                message: "must NOT have additional properties",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data17.clientCredentials !== undefined) {
            let data18 = data17.clientCredentials;
            const _errs46 = errors;
            const _errs47 = errors;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              if (data18.tokenUrl === undefined) {
                const err40 = {
                  instancePath: instancePath + "/flows/clientCredentials",
                  schemaPath: "#/allOf/3/then/properties/flows/properties/clientCredentials/required",
                  keyword: "required",
                  params: { missingProperty: "tokenUrl" },
                  message: "must have required property '" + "tokenUrl" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              const _errs48 = errors;
              for (const key6 in data18) {
                if (!(key6 === "tokenUrl" || key6 === "scopes")) {
                  const err41 = {
                    instancePath: instancePath + "/flows/clientCredentials",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/clientCredentials/additionalProperties",
                    keyword: "additionalProperties",
                    params: { additionalProperty: key6 },
                    message: "must NOT have additional properties",
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
              if (data18.tokenUrl !== undefined) {
                let data19 = data18.tokenUrl;
                const _errs49 = errors;
                const _errs50 = errors;
                if (typeof data19 === "string") {
                  if (func2(data19) < 1) {
                    const err42 = {
                      instancePath: instancePath + "/flows/clientCredentials/tokenUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/clientCredentials/properties/tokenUrl/minLength",
                      keyword: "minLength",
                      params: { limit: 1 },
                      message: "must NOT have fewer than 1 characters",
                    };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  if (!pattern9.test(data19)) {
                    const err43 = {
                      instancePath: instancePath + "/flows/clientCredentials/tokenUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/clientCredentials/properties/tokenUrl/pattern",
                      keyword: "pattern",
                      params: { pattern: "^\\S+$" },
                      message: 'must match pattern "' + "^\\S+$" + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                } else {
                  const err44 = {
                    instancePath: instancePath + "/flows/clientCredentials/tokenUrl",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/clientCredentials/properties/tokenUrl/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                var valid17 = _errs49 === errors;
              }
              if (data18.scopes !== undefined) {
                let data20 = data18.scopes;
                const _errs51 = errors;
                const _errs52 = errors;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  const _errs53 = errors;
                  for (const key7 in data20) {
                    let data21 = data20[key7];
                    const _errs54 = errors;
                    if (typeof data21 !== "string") {
                      const err45 = {
                        instancePath:
                          instancePath +
                          "/flows/clientCredentials/scopes/" +
                          key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath:
                          "#/allOf/3/then/properties/flows/properties/clientCredentials/properties/scopes/additionalProperties/type",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                    const _errs55 = errors;
                    var valid18 = _errs54 === errors;
                  }
                } else {
                  const err46 = {
                    instancePath: instancePath + "/flows/clientCredentials/scopes",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/clientCredentials/properties/scopes/type",
                    keyword: "type",
                    params: { type: "object" },
                    message: "must be object",
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                var valid17 = _errs51 === errors;
              }
            } else {
              const err47 = {
                instancePath: instancePath + "/flows/clientCredentials",
                schemaPath: "#/allOf/3/then/properties/flows/properties/clientCredentials/type",
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            var valid16 = _errs46 === errors;
          }
          if (data17.authorizationCode !== undefined) {
            let data22 = data17.authorizationCode;
            const _errs56 = errors;
            const _errs57 = errors;
            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
              if (data22.authorizationUrl === undefined) {
                const err48 = {
                  instancePath: instancePath + "/flows/authorizationCode",
                  schemaPath: "#/allOf/3/then/properties/flows/properties/authorizationCode/required",
                  keyword: "required",
                  params: { missingProperty: "authorizationUrl" },
                  message: "must have required property '" + "authorizationUrl" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (data22.tokenUrl === undefined) {
                const err49 = {
                  instancePath: instancePath + "/flows/authorizationCode",
                  schemaPath: "#/allOf/3/then/properties/flows/properties/authorizationCode/required",
                  keyword: "required",
                  params: { missingProperty: "tokenUrl" },
                  message: "must have required property '" + "tokenUrl" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              const _errs58 = errors;
              for (const key8 in data22) {
                if (!(key8 === "authorizationUrl" || key8 === "tokenUrl" || key8 === "scopes")) {
                  const err50 = {
                    instancePath: instancePath + "/flows/authorizationCode",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/authorizationCode/additionalProperties",
                    keyword: "additionalProperties",
                    params: { additionalProperty: key8 },
                    message: "must NOT have additional properties",
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              if (data22.authorizationUrl !== undefined) {
                let data23 = data22.authorizationUrl;
                const _errs59 = errors;
                const _errs60 = errors;
                if (typeof data23 === "string") {
                  if (func2(data23) < 1) {
                    const err51 = {
                      instancePath: instancePath + "/flows/authorizationCode/authorizationUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/authorizationUrl/minLength",
                      keyword: "minLength",
                      params: { limit: 1 },
                      message: "must NOT have fewer than 1 characters",
                    };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (!pattern9.test(data23)) {
                    const err52 = {
                      instancePath: instancePath + "/flows/authorizationCode/authorizationUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/authorizationUrl/pattern",
                      keyword: "pattern",
                      params: { pattern: "^\\S+$" },
                      message: 'must match pattern "' + "^\\S+$" + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                } else {
                  const err53 = {
                    instancePath: instancePath + "/flows/authorizationCode/authorizationUrl",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/authorizationUrl/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                var valid19 = _errs59 === errors;
              }
              if (data22.tokenUrl !== undefined) {
                let data24 = data22.tokenUrl;
                const _errs61 = errors;
                const _errs62 = errors;
                if (typeof data24 === "string") {
                  if (func2(data24) < 1) {
                    const err54 = {
                      instancePath: instancePath + "/flows/authorizationCode/tokenUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/tokenUrl/minLength",
                      keyword: "minLength",
                      params: { limit: 1 },
                      message: "must NOT have fewer than 1 characters",
                    };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  if (!pattern9.test(data24)) {
                    const err55 = {
                      instancePath: instancePath + "/flows/authorizationCode/tokenUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/tokenUrl/pattern",
                      keyword: "pattern",
                      params: { pattern: "^\\S+$" },
                      message: 'must match pattern "' + "^\\S+$" + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                } else {
                  const err56 = {
                    instancePath: instancePath + "/flows/authorizationCode/tokenUrl",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/tokenUrl/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                var valid19 = _errs61 === errors;
              }
              if (data22.scopes !== undefined) {
                let data25 = data22.scopes;
                const _errs63 = errors;
                const _errs64 = errors;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  const _errs65 = errors;
                  for (const key9 in data25) {
                    let data26 = data25[key9];
                    const _errs66 = errors;
                    if (typeof data26 !== "string") {
                      const err57 = {
                        instancePath:
                          instancePath +
                          "/flows/authorizationCode/scopes/" +
                          key9.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath:
                          "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/scopes/additionalProperties/type",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                    const _errs67 = errors;
                    var valid20 = _errs66 === errors;
                  }
                } else {
                  const err58 = {
                    instancePath: instancePath + "/flows/authorizationCode/scopes",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/authorizationCode/properties/scopes/type",
                    keyword: "type",
                    params: { type: "object" },
                    message: "must be object",
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                var valid19 = _errs63 === errors;
              }
            } else {
              const err59 = {
                instancePath: instancePath + "/flows/authorizationCode",
                schemaPath: "#/allOf/3/then/properties/flows/properties/authorizationCode/type",
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            var valid16 = _errs56 === errors;
          }
          if (data17.implicit !== undefined) {
            let data27 = data17.implicit;
            const _errs68 = errors;
            const _errs69 = errors;
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              if (data27.authorizationUrl === undefined) {
                const err60 = {
                  instancePath: instancePath + "/flows/implicit",
                  schemaPath: "#/allOf/3/then/properties/flows/properties/implicit/required",
                  keyword: "required",
                  params: { missingProperty: "authorizationUrl" },
                  message: "must have required property '" + "authorizationUrl" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              const _errs70 = errors;
              for (const key10 in data27) {
                if (!(key10 === "authorizationUrl" || key10 === "scopes")) {
                  const err61 = {
                    instancePath: instancePath + "/flows/implicit",
                    schemaPath: "#/allOf/3/then/properties/flows/properties/implicit/additionalProperties",
                    keyword: "additionalProperties",
                    params: { additionalProperty: key10 },
                    message: "must NOT have additional properties",
                  };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
              if (data27.authorizationUrl !== undefined) {
                let data28 = data27.authorizationUrl;
                const _errs71 = errors;
                const _errs72 = errors;
                if (typeof data28 === "string") {
                  if (func2(data28) < 1) {
                    const err62 = {
                      instancePath: instancePath + "/flows/implicit/authorizationUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/implicit/properties/authorizationUrl/minLength",
                      keyword: "minLength",
                      params: { limit: 1 },
                      message: "must NOT have fewer than 1 characters",
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  if (!pattern9.test(data28)) {
                    const err63 = {
                      instancePath: instancePath + "/flows/implicit/authorizationUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/implicit/properties/authorizationUrl/pattern",
                      keyword: "pattern",
                      params: { pattern: "^\\S+$" },
                      message: 'must match pattern "' + "^\\S+$" + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                } else {
                  const err64 = {
                    instancePath: instancePath + "/flows/implicit/authorizationUrl",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/implicit/properties/authorizationUrl/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                var valid21 = _errs71 === errors;
              }
              if (data27.scopes !== undefined) {
                let data29 = data27.scopes;
                const _errs73 = errors;
                const _errs74 = errors;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                  const _errs75 = errors;
                  for (const key11 in data29) {
                    let data30 = data29[key11];
                    const _errs76 = errors;
                    if (typeof data30 !== "string") {
                      const err65 = {
                        instancePath:
                          instancePath +
                          "/flows/implicit/scopes/" +
                          key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath:
                          "#/allOf/3/then/properties/flows/properties/implicit/properties/scopes/additionalProperties/type",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    const _errs77 = errors;
                    var valid22 = _errs76 === errors;
                  }
                } else {
                  const err66 = {
                    instancePath: instancePath + "/flows/implicit/scopes",
                    schemaPath: "#/allOf/3/then/properties/flows/properties/implicit/properties/scopes/type",
                    keyword: "type",
                    params: { type: "object" },
                    message: "must be object",
                  };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                var valid21 = _errs73 === errors;
              }
            } else {
              const err67 = {
                instancePath: instancePath + "/flows/implicit",
                schemaPath: "#/allOf/3/then/properties/flows/properties/implicit/type",
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            var valid16 = _errs68 === errors;
          }
          if (data17.password !== undefined) {
            let data31 = data17.password;
            const _errs78 = errors;
            const _errs79 = errors;
            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
              if (data31.tokenUrl === undefined) {
                const err68 = {
                  instancePath: instancePath + "/flows/password",
                  schemaPath: "#/allOf/3/then/properties/flows/properties/password/required",
                  keyword: "required",
                  params: { missingProperty: "tokenUrl" },
                  message: "must have required property '" + "tokenUrl" + "'",
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              const _errs80 = errors;
              for (const key12 in data31) {
                if (!(key12 === "tokenUrl" || key12 === "scopes")) {
                  const err69 = {
                    instancePath: instancePath + "/flows/password",
                    schemaPath: "#/allOf/3/then/properties/flows/properties/password/additionalProperties",
                    keyword: "additionalProperties",
                    params: { additionalProperty: key12 },
                    message: "must NOT have additional properties",
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data31.tokenUrl !== undefined) {
                let data32 = data31.tokenUrl;
                const _errs81 = errors;
                const _errs82 = errors;
                if (typeof data32 === "string") {
                  if (func2(data32) < 1) {
                    const err70 = {
                      instancePath: instancePath + "/flows/password/tokenUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/password/properties/tokenUrl/minLength",
                      keyword: "minLength",
                      params: { limit: 1 },
                      message: "must NOT have fewer than 1 characters",
                    };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                  if (!pattern9.test(data32)) {
                    const err71 = {
                      instancePath: instancePath + "/flows/password/tokenUrl",
                      schemaPath:
                        "#/allOf/3/then/properties/flows/properties/password/properties/tokenUrl/pattern",
                      keyword: "pattern",
                      params: { pattern: "^\\S+$" },
                      message: 'must match pattern "' + "^\\S+$" + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                } else {
                  const err72 = {
                    instancePath: instancePath + "/flows/password/tokenUrl",
                    schemaPath:
                      "#/allOf/3/then/properties/flows/properties/password/properties/tokenUrl/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                var valid23 = _errs81 === errors;
              }
              if (data31.scopes !== undefined) {
                let data33 = data31.scopes;
                const _errs83 = errors;
                const _errs84 = errors;
                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                  const _errs85 = errors;
                  for (const key13 in data33) {
                    let data34 = data33[key13];
                    const _errs86 = errors;
                    if (typeof data34 !== "string") {
                      const err73 = {
                        instancePath:
                          instancePath +
                          "/flows/password/scopes/" +
                          key13.replace(/~/g, "~0").replace(/\//g, "~1"),
                        schemaPath:
                          "#/allOf/3/then/properties/flows/properties/password/properties/scopes/additionalProperties/type",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    const _errs87 = errors;
                    var valid24 = _errs86 === errors;
                  }
                } else {
                  const err74 = {
                    instancePath: instancePath + "/flows/password/scopes",
                    schemaPath: "#/allOf/3/then/properties/flows/properties/password/properties/scopes/type",
                    keyword: "type",
                    params: { type: "object" },
                    message: "must be object",
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                var valid23 = _errs83 === errors;
              }
            } else {
              const err75 = {
                instancePath: instancePath + "/flows/password",
                schemaPath: "#/allOf/3/then/properties/flows/properties/password/type",
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            var valid16 = _errs78 === errors;
          }
        } else {
          const err76 = {
            instancePath: instancePath + "/flows",
            schemaPath: "#/allOf/3/then/properties/flows/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        var valid15 = _errs43 === errors;
      }
      if (data.token !== undefined) {
        let data35 = data.token;
        const _errs88 = errors;
        if (
          !validate12(data35, {
            instancePath: instancePath + "/token",
            parentData: data,
            parentDataProperty: "token",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        } else {
        }
        var valid15 = _errs88 === errors;
      }
      if (data.clientCredentials !== undefined) {
        let data36 = data.clientCredentials;
        const _errs89 = errors;
        const _errs90 = errors;
        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
          if (data36.clientId === undefined) {
            const err77 = {
              instancePath: instancePath + "/clientCredentials",
              schemaPath: "#/allOf/3/then/properties/clientCredentials/required",
              keyword: "required",
              params: { missingProperty: "clientId" },
              message: "must have required property '" + "clientId" + "'",
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (data36.clientSecret === undefined) {
            const err78 = {
              instancePath: instancePath + "/clientCredentials",
              schemaPath: "#/allOf/3/then/properties/clientCredentials/required",
              keyword: "required",
              params: { missingProperty: "clientSecret" },
              message: "must have required property '" + "clientSecret" + "'",
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          const _errs91 = errors;
          for (const key14 in data36) {
            if (!(
              key14 === "clientId" ||
              key14 === "clientSecret" ||
              key14 === "clientAuthentication" ||
              key14 === "scopes" ||
              key14 === "tokenUrlOption"
            )) {
              const err79 = {
                instancePath: instancePath + "/clientCredentials",
                schemaPath: "#/allOf/3/then/properties/clientCredentials/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key14 },
                message: "must NOT have additional properties",
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
          if (data36.clientId !== undefined) {
            let data37 = data36.clientId;
            const _errs92 = errors;
            if (
              !validate12(data37, {
                instancePath: instancePath + "/clientCredentials/clientId",
                parentData: data36,
                parentDataProperty: "clientId",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
              errors = vErrors.length;
            } else {
            }
            var valid25 = _errs92 === errors;
          }
          if (data36.clientSecret !== undefined) {
            let data38 = data36.clientSecret;
            const _errs93 = errors;
            if (
              !validate12(data38, {
                instancePath: instancePath + "/clientCredentials/clientSecret",
                parentData: data36,
                parentDataProperty: "clientSecret",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
              errors = vErrors.length;
            } else {
            }
            var valid25 = _errs93 === errors;
          }
          if (data36.clientAuthentication !== undefined) {
            let data39 = data36.clientAuthentication;
            const _errs94 = errors;
            const vSchema1 =
              schema14.allOf[3].then.properties.clientCredentials.properties.clientAuthentication.enum;
            if (!(data39 === "basic" || data39 === "body")) {
              const err80 = {
                instancePath: instancePath + "/clientCredentials/clientAuthentication",
                schemaPath:
                  "#/allOf/3/then/properties/clientCredentials/properties/clientAuthentication/enum",
                keyword: "enum",
                params: {
                  allowedValues:
                    schema14.allOf[3].then.properties.clientCredentials.properties.clientAuthentication.enum,
                },
                message: "must be equal to one of the allowed values",
              };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            var valid25 = _errs94 === errors;
          }
          if (data36.scopes !== undefined) {
            let data40 = data36.scopes;
            const _errs95 = errors;
            const _errs96 = errors;
            if (Array.isArray(data40)) {
              let valid27 = true;
              const len1 = data40.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data41 = data40[i1];
                const _errs97 = errors;
                const _errs98 = errors;
                if (typeof data41 === "string") {
                  if (!pattern14.test(data41)) {
                    const err81 = {
                      instancePath: instancePath + "/clientCredentials/scopes/" + i1,
                      schemaPath:
                        "#/allOf/3/then/properties/clientCredentials/properties/scopes/items/pattern",
                      keyword: "pattern",
                      params: { pattern: "^[!#-\\[\\]-~]+$" },
                      message: 'must match pattern "' + "^[!#-\\[\\]-~]+$" + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                } else {
                  const err82 = {
                    instancePath: instancePath + "/clientCredentials/scopes/" + i1,
                    schemaPath: "#/allOf/3/then/properties/clientCredentials/properties/scopes/items/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                var valid26 = _errs97 === errors;
                if (!valid26) {
                  valid27 = false;
                }
              }
              let valid28;
              let i2 = data40.length;
              let j0;
              valid28 = true;
              if (i2 > 1) {
                const indices0 = {};
                for (; i2--;) {
                  let item0 = data40[i2];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    const err83 = {
                      instancePath: instancePath + "/clientCredentials/scopes",
                      schemaPath: "#/allOf/3/then/properties/clientCredentials/properties/scopes/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i2, j: j0 },
                      message:
                        "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)",
                    };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                    valid28 = false;
                    break;
                  }
                  indices0[item0] = i2;
                }
              }
            } else {
              const err84 = {
                instancePath: instancePath + "/clientCredentials/scopes",
                schemaPath: "#/allOf/3/then/properties/clientCredentials/properties/scopes/type",
                keyword: "type",
                params: { type: "array" },
                message: "must be array",
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            var valid25 = _errs95 === errors;
          }
          if (data36.tokenUrlOption !== undefined) {
            let data42 = data36.tokenUrlOption;
            const _errs99 = errors;
            const _errs100 = errors;
            if (typeof data42 === "string") {
              if (!pattern6.test(data42)) {
                const err85 = {
                  instancePath: instancePath + "/clientCredentials/tokenUrlOption",
                  schemaPath: "#/allOf/3/then/properties/clientCredentials/properties/tokenUrlOption/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[a-z][A-Za-z0-9]*$" },
                  message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            } else {
              const err86 = {
                instancePath: instancePath + "/clientCredentials/tokenUrlOption",
                schemaPath: "#/allOf/3/then/properties/clientCredentials/properties/tokenUrlOption/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            var valid25 = _errs99 === errors;
          }
        } else {
          const err87 = {
            instancePath: instancePath + "/clientCredentials",
            schemaPath: "#/allOf/3/then/properties/clientCredentials/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        var valid15 = _errs89 === errors;
      }
    }
    var _valid3 = _errs40 === errors;
    valid13 = _valid3;
  }
  if (!valid13) {
    const err88 = {
      instancePath,
      schemaPath: "#/allOf/3/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  var valid0 = _errs36 === errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scheme === undefined) {
      const err89 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "scheme" },
        message: "must have required property '" + "scheme" + "'",
      };
      if (vErrors === null) {
        vErrors = [err89];
      } else {
        vErrors.push(err89);
      }
      errors++;
    }
    if (data.scheme !== undefined) {
      let data43 = data.scheme;
      const _errs101 = errors;
      const vSchema2 = schema14.properties.scheme.enum;
      if (!(data43 === "basic" || data43 === "bearer" || data43 === "apiKey" || data43 === "oauth2")) {
        const err90 = {
          instancePath: instancePath + "/scheme",
          schemaPath: "#/properties/scheme/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties.scheme.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
      var valid29 = _errs101 === errors;
    }
  } else {
    const err91 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
const schema18 = {
  type: "array",
  description:
    "Alternatives, each the names of the schemes applied together (an empty list: no credentials); [] means the operation needs none.",
  items: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/schemeName" } },
};
const func0 = require("ajv/dist/runtime/equal").default;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (Array.isArray(data)) {
    let valid1 = true;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs1 = errors;
      const _errs2 = errors;
      if (Array.isArray(data0)) {
        let valid3 = true;
        const len1 = data0.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data1 = data0[i1];
          const _errs3 = errors;
          const _errs4 = errors;
          const _errs5 = errors;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err0 = {
                instancePath: instancePath + "/" + i0 + "/" + i1,
                schemaPath: "#/definitions/schemeName/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" },
                message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9_.-]*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          } else {
            const err1 = {
              instancePath: instancePath + "/" + i0 + "/" + i1,
              schemaPath: "#/definitions/schemeName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var valid4 = _errs4 === errors;
          var valid2 = _errs3 === errors;
          if (!valid2) {
            valid3 = false;
          }
        }
        let valid5;
        let i2 = data0.length;
        let j0;
        valid5 = true;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data0[i2], data0[j0])) {
                const err2 = {
                  instancePath: instancePath + "/" + i0,
                  schemaPath: "#/items/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i2, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)",
                };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
                valid5 = false;
                break outer0;
              }
            }
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/" + i0,
          schemaPath: "#/items/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        valid1 = false;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "array" },
      message: "must be array",
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
const schema26 = {
  type: "object",
  description:
    "How list responses page, by `style`: `nextUrl` (the default: the next page's link is a field of the page metadata, which sits under `metaKey` or, without it, at the top level beside the items), `cursor` (a cursor from the body sent back in a query parameter), `linkHeader` (the RFC 8288 `Link` header's rel=\"next\") or `offset` (offset and limit with a total). A list operation may give its own `pagination`, or `none`.",
  properties: {
    style: {
      enum: ["nextUrl", "cursor", "linkHeader", "offset"],
      description: "The paging style; `nextUrl` when absent.",
    },
  },
  allOf: [
    {
      if: { properties: { style: { const: "nextUrl" } } },
      then: {
        additionalProperties: false,
        required: ["metaModel", "nextUrlField"],
        properties: {
          style: { const: "nextUrl" },
          metaKey: {
            $ref: "#/definitions/wireName",
            description:
              "The property of a list response holding the page metadata; without it, the metadata fields sit at the top level, beside the items.",
          },
          metaModel: {
            $ref: "#/definitions/pascalName",
            description: "The model of the page metadata (of the top-level page fields, without metaKey).",
          },
          nextUrlField: {
            $ref: "#/definitions/wireName",
            description:
              "The metadata field holding the next page's link (null or absent on the last page): an absolute URL, or a path on the API's origin.",
          },
          pageUrls: {
            enum: ["absolute", "path"],
            description:
              "How the API writes its page links, for the local server: absolute URLs (the default) or paths on its origin. The client follows either.",
          },
          pageSizeParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
          },
          pageParameter: {
            $ref: "#/definitions/wireName",
            description: "The page-index query parameter only page URLs set; streams leave it out.",
          },
          pageTokenParameter: {
            $ref: "#/definitions/wireName",
            description: "The page-token query parameter only page URLs set; streams leave it out.",
          },
          metaFields: {
            type: "object",
            additionalProperties: false,
            description:
              "Fields of the meta model by role, which the local server fills; the client also checks that each next page's `page` number is greater than the one before.",
            properties: {
              page: { $ref: "#/definitions/wireName" },
              pageSize: { $ref: "#/definitions/wireName" },
              firstPageUrl: { $ref: "#/definitions/wireName" },
              previousPageUrl: { $ref: "#/definitions/wireName" },
              url: { $ref: "#/definitions/wireName" },
              key: { $ref: "#/definitions/wireName" },
              start: { $ref: "#/definitions/wireName", description: "The index of the page's first item." },
              end: { $ref: "#/definitions/wireName", description: "The index of the page's last item." },
            },
          },
        },
      },
    },
    {
      if: { properties: { style: { const: "cursor" } }, required: ["style"] },
      then: {
        additionalProperties: false,
        required: ["style", "metaModel", "cursorParameter"],
        properties: {
          style: { const: "cursor" },
          metaKey: {
            $ref: "#/definitions/wireName",
            description:
              "The property of a list response holding the page metadata; without it, the metadata fields sit at the top level, beside the items.",
          },
          metaModel: {
            $ref: "#/definitions/pascalName",
            description: "The model of the page metadata (of the top-level page fields, without metaKey).",
          },
          cursorParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The query parameter the next page's cursor goes back in (Stripe's `starting_after`, Slack's `cursor`); set on the current request's URL, so the caller's other query parameters stay. Streams leave it out.",
          },
          cursorField: {
            $ref: "#/definitions/wireName",
            description:
              "The metadata field holding the next page's cursor (Slack's `next_cursor` under `metaKey: response_metadata`); empty or null on the last page.",
          },
          hasMoreField: {
            $ref: "#/definitions/wireName",
            description:
              "The boolean metadata field saying whether a next page exists (Stripe's `has_more`); with `itemCursorField`.",
          },
          itemCursorField: {
            $ref: "#/definitions/wireName",
            description:
              "The field of the item model whose value on the page's last item is the next page's cursor (Stripe's `id`); with `hasMoreField`.",
          },
          pageSizeParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
          },
        },
        oneOf: [{ required: ["cursorField"] }, { required: ["hasMoreField", "itemCursorField"] }],
      },
    },
    {
      if: { properties: { style: { const: "linkHeader" } }, required: ["style"] },
      then: {
        additionalProperties: false,
        required: ["style"],
        properties: {
          style: { const: "linkHeader" },
          pageUrls: {
            enum: ["absolute", "path"],
            description:
              "How the local server writes its Link header's targets: absolute URLs (the default) or paths. The client resolves either against the request's URL.",
          },
          pageSizeParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
          },
          pageParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The page-number query parameter the API's links set (GitHub's `page`); streams leave it out. Without it the local server uses a cursor of its own.",
          },
        },
      },
    },
    {
      if: { properties: { style: { const: "offset" } }, required: ["style"] },
      then: {
        additionalProperties: false,
        required: ["style", "metaModel", "totalField", "offsetParameter"],
        properties: {
          style: { const: "offset" },
          metaKey: {
            $ref: "#/definitions/wireName",
            description:
              "The property of a list response holding the page metadata; without it, the metadata fields sit at the top level, beside the items.",
          },
          metaModel: {
            $ref: "#/definitions/pascalName",
            description: "The model of the page metadata (of the top-level page fields, without metaKey).",
          },
          totalField: {
            $ref: "#/definitions/wireName",
            description: "The integer metadata field holding the number of items in the whole list.",
          },
          offsetParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The query parameter giving the index of a page's first item; the next page's is this page's plus the items received. Streams leave it out.",
          },
          limitParameter: {
            $ref: "#/definitions/wireName",
            description:
              "The query parameter setting the page size; a stream sets it from its limit when the list operation has it.",
          },
        },
      },
    },
  ],
};
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.style !== undefined) {
      let data0 = data.style;
      const _errs4 = errors;
      if ("nextUrl" !== data0) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
      }
      if (errors === _errs4) {
      }
      var valid2 = _errs4 === errors;
    } else {
      var valid2 = true;
    }
    if (valid2) {
    }
  }
  if (errors === _errs3) {
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.metaModel === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/allOf/0/then/required",
          keyword: "required",
          params: { missingProperty: "metaModel" },
          message: "must have required property '" + "metaModel" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.nextUrlField === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/allOf/0/then/required",
          keyword: "required",
          params: { missingProperty: "nextUrlField" },
          message: "must have required property '" + "nextUrlField" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const _errs6 = errors;
      for (const key0 in data) {
        if (!func3.call(schema26.allOf[0].then.properties, key0)) {
          const err3 = {
            instancePath,
            schemaPath: "#/allOf/0/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key0 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.style !== undefined) {
        let data1 = data.style;
        const _errs7 = errors;
        if ("nextUrl" !== data1) {
          const err4 = {
            instancePath: instancePath + "/style",
            schemaPath: "#/allOf/0/then/properties/style/const",
            keyword: "const",
            params: { allowedValue: "nextUrl" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var valid3 = _errs7 === errors;
      }
      if (data.metaKey !== undefined) {
        let data2 = data.metaKey;
        const _errs8 = errors;
        const _errs9 = errors;
        const _errs10 = errors;
        if (typeof data2 === "string") {
          if (!pattern19.test(data2)) {
            const err5 = {
              instancePath: instancePath + "/metaKey",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = {
            instancePath: instancePath + "/metaKey",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var valid4 = _errs9 === errors;
        var valid3 = _errs8 === errors;
      }
      if (data.metaModel !== undefined) {
        let data3 = data.metaModel;
        const _errs11 = errors;
        const _errs12 = errors;
        const _errs13 = errors;
        if (typeof data3 === "string") {
          if (!pattern4.test(data3)) {
            const err7 = {
              instancePath: instancePath + "/metaModel",
              schemaPath: "#/definitions/pascalName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
              message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/metaModel",
            schemaPath: "#/definitions/pascalName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var valid5 = _errs12 === errors;
        var valid3 = _errs11 === errors;
      }
      if (data.nextUrlField !== undefined) {
        let data4 = data.nextUrlField;
        const _errs14 = errors;
        const _errs15 = errors;
        const _errs16 = errors;
        if (typeof data4 === "string") {
          if (!pattern19.test(data4)) {
            const err9 = {
              instancePath: instancePath + "/nextUrlField",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        } else {
          const err10 = {
            instancePath: instancePath + "/nextUrlField",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        var valid6 = _errs15 === errors;
        var valid3 = _errs14 === errors;
      }
      if (data.pageUrls !== undefined) {
        let data5 = data.pageUrls;
        const _errs17 = errors;
        const vSchema0 = schema26.allOf[0].then.properties.pageUrls.enum;
        if (!(data5 === "absolute" || data5 === "path")) {
          const err11 = {
            instancePath: instancePath + "/pageUrls",
            schemaPath: "#/allOf/0/then/properties/pageUrls/enum",
            keyword: "enum",
            params: { allowedValues: schema26.allOf[0].then.properties.pageUrls.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var valid3 = _errs17 === errors;
      }
      if (data.pageSizeParameter !== undefined) {
        let data6 = data.pageSizeParameter;
        const _errs18 = errors;
        const _errs19 = errors;
        const _errs20 = errors;
        if (typeof data6 === "string") {
          if (!pattern19.test(data6)) {
            const err12 = {
              instancePath: instancePath + "/pageSizeParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        } else {
          const err13 = {
            instancePath: instancePath + "/pageSizeParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        var valid7 = _errs19 === errors;
        var valid3 = _errs18 === errors;
      }
      if (data.pageParameter !== undefined) {
        let data7 = data.pageParameter;
        const _errs21 = errors;
        const _errs22 = errors;
        const _errs23 = errors;
        if (typeof data7 === "string") {
          if (!pattern19.test(data7)) {
            const err14 = {
              instancePath: instancePath + "/pageParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = {
            instancePath: instancePath + "/pageParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var valid8 = _errs22 === errors;
        var valid3 = _errs21 === errors;
      }
      if (data.pageTokenParameter !== undefined) {
        let data8 = data.pageTokenParameter;
        const _errs24 = errors;
        const _errs25 = errors;
        const _errs26 = errors;
        if (typeof data8 === "string") {
          if (!pattern19.test(data8)) {
            const err16 = {
              instancePath: instancePath + "/pageTokenParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = {
            instancePath: instancePath + "/pageTokenParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var valid9 = _errs25 === errors;
        var valid3 = _errs24 === errors;
      }
      if (data.metaFields !== undefined) {
        let data9 = data.metaFields;
        const _errs27 = errors;
        const _errs28 = errors;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          const _errs29 = errors;
          for (const key1 in data9) {
            if (!(
              key1 === "page" ||
              key1 === "pageSize" ||
              key1 === "firstPageUrl" ||
              key1 === "previousPageUrl" ||
              key1 === "url" ||
              key1 === "key" ||
              key1 === "start" ||
              key1 === "end"
            )) {
              const err18 = {
                instancePath: instancePath + "/metaFields",
                schemaPath: "#/allOf/0/then/properties/metaFields/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key1 },
                message: "must NOT have additional properties",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data9.page !== undefined) {
            let data10 = data9.page;
            const _errs30 = errors;
            const _errs31 = errors;
            const _errs32 = errors;
            if (typeof data10 === "string") {
              if (!pattern19.test(data10)) {
                const err19 = {
                  instancePath: instancePath + "/metaFields/page",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            } else {
              const err20 = {
                instancePath: instancePath + "/metaFields/page",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            var valid11 = _errs31 === errors;
            var valid10 = _errs30 === errors;
          }
          if (data9.pageSize !== undefined) {
            let data11 = data9.pageSize;
            const _errs33 = errors;
            const _errs34 = errors;
            const _errs35 = errors;
            if (typeof data11 === "string") {
              if (!pattern19.test(data11)) {
                const err21 = {
                  instancePath: instancePath + "/metaFields/pageSize",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            } else {
              const err22 = {
                instancePath: instancePath + "/metaFields/pageSize",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            var valid12 = _errs34 === errors;
            var valid10 = _errs33 === errors;
          }
          if (data9.firstPageUrl !== undefined) {
            let data12 = data9.firstPageUrl;
            const _errs36 = errors;
            const _errs37 = errors;
            const _errs38 = errors;
            if (typeof data12 === "string") {
              if (!pattern19.test(data12)) {
                const err23 = {
                  instancePath: instancePath + "/metaFields/firstPageUrl",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            } else {
              const err24 = {
                instancePath: instancePath + "/metaFields/firstPageUrl",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            var valid13 = _errs37 === errors;
            var valid10 = _errs36 === errors;
          }
          if (data9.previousPageUrl !== undefined) {
            let data13 = data9.previousPageUrl;
            const _errs39 = errors;
            const _errs40 = errors;
            const _errs41 = errors;
            if (typeof data13 === "string") {
              if (!pattern19.test(data13)) {
                const err25 = {
                  instancePath: instancePath + "/metaFields/previousPageUrl",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            } else {
              const err26 = {
                instancePath: instancePath + "/metaFields/previousPageUrl",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            var valid14 = _errs40 === errors;
            var valid10 = _errs39 === errors;
          }
          if (data9.url !== undefined) {
            let data14 = data9.url;
            const _errs42 = errors;
            const _errs43 = errors;
            const _errs44 = errors;
            if (typeof data14 === "string") {
              if (!pattern19.test(data14)) {
                const err27 = {
                  instancePath: instancePath + "/metaFields/url",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            } else {
              const err28 = {
                instancePath: instancePath + "/metaFields/url",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            var valid15 = _errs43 === errors;
            var valid10 = _errs42 === errors;
          }
          if (data9.key !== undefined) {
            let data15 = data9.key;
            const _errs45 = errors;
            const _errs46 = errors;
            const _errs47 = errors;
            if (typeof data15 === "string") {
              if (!pattern19.test(data15)) {
                const err29 = {
                  instancePath: instancePath + "/metaFields/key",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            } else {
              const err30 = {
                instancePath: instancePath + "/metaFields/key",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            var valid16 = _errs46 === errors;
            var valid10 = _errs45 === errors;
          }
          if (data9.start !== undefined) {
            let data16 = data9.start;
            const _errs48 = errors;
            const _errs49 = errors;
            const _errs50 = errors;
            if (typeof data16 === "string") {
              if (!pattern19.test(data16)) {
                const err31 = {
                  instancePath: instancePath + "/metaFields/start",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            } else {
              const err32 = {
                instancePath: instancePath + "/metaFields/start",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            var valid17 = _errs49 === errors;
            var valid10 = _errs48 === errors;
          }
          if (data9.end !== undefined) {
            let data17 = data9.end;
            const _errs51 = errors;
            const _errs52 = errors;
            const _errs53 = errors;
            if (typeof data17 === "string") {
              if (!pattern19.test(data17)) {
                const err33 = {
                  instancePath: instancePath + "/metaFields/end",
                  schemaPath: "#/definitions/wireName/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                  message:
                    'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            } else {
              const err34 = {
                instancePath: instancePath + "/metaFields/end",
                schemaPath: "#/definitions/wireName/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            var valid18 = _errs52 === errors;
            var valid10 = _errs51 === errors;
          }
        } else {
          const err35 = {
            instancePath: instancePath + "/metaFields",
            schemaPath: "#/allOf/0/then/properties/metaFields/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        var valid3 = _errs27 === errors;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err36 = {
      instancePath,
      schemaPath: "#/allOf/0/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  var valid0 = _errs1 === errors;
  const _errs54 = errors;
  const _errs55 = errors;
  let valid19 = true;
  const _errs56 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.style === undefined && (missing0 = "style")) {
      const err37 = {};
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    } else {
      if (data.style !== undefined) {
        let data18 = data.style;
        const _errs57 = errors;
        if ("cursor" !== data18) {
          const err38 = {};
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        } else {
        }
        if (errors === _errs57) {
        }
        var valid20 = _errs57 === errors;
      } else {
        var valid20 = true;
      }
      if (valid20) {
      }
    }
  }
  if (errors === _errs56) {
  }
  var _valid1 = _errs56 === errors;
  errors = _errs55;
  if (vErrors !== null) {
    if (_errs55) {
      vErrors.length = _errs55;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs58 = errors;
    const _errs59 = errors;
    let valid21 = false;
    let passing0 = null;
    const _errs60 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cursorField === undefined) {
        const err39 = {
          instancePath,
          schemaPath: "#/allOf/1/then/oneOf/0/required",
          keyword: "required",
          params: { missingProperty: "cursorField" },
          message: "must have required property '" + "cursorField" + "'",
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    var _valid2 = _errs60 === errors;
    if (_valid2) {
      valid21 = true;
      passing0 = 0;
    }
    const _errs61 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.hasMoreField === undefined) {
        const err40 = {
          instancePath,
          schemaPath: "#/allOf/1/then/oneOf/1/required",
          keyword: "required",
          params: { missingProperty: "hasMoreField" },
          message: "must have required property '" + "hasMoreField" + "'",
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (data.itemCursorField === undefined) {
        const err41 = {
          instancePath,
          schemaPath: "#/allOf/1/then/oneOf/1/required",
          keyword: "required",
          params: { missingProperty: "itemCursorField" },
          message: "must have required property '" + "itemCursorField" + "'",
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    var _valid2 = _errs61 === errors;
    if (_valid2 && valid21) {
      valid21 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid2) {
        valid21 = true;
        passing0 = 1;
      }
    }
    if (!valid21) {
      const err42 = {
        instancePath,
        schemaPath: "#/allOf/1/then/oneOf",
        keyword: "oneOf",
        params: { passingSchemas: passing0 },
        message: "must match exactly one schema in oneOf",
      };
      if (vErrors === null) {
        vErrors = [err42];
      } else {
        vErrors.push(err42);
      }
      errors++;
    } else {
      errors = _errs59;
      if (vErrors !== null) {
        if (_errs59) {
          vErrors.length = _errs59;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.style === undefined) {
        const err43 = {
          instancePath,
          schemaPath: "#/allOf/1/then/required",
          keyword: "required",
          params: { missingProperty: "style" },
          message: "must have required property '" + "style" + "'",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      if (data.metaModel === undefined) {
        const err44 = {
          instancePath,
          schemaPath: "#/allOf/1/then/required",
          keyword: "required",
          params: { missingProperty: "metaModel" },
          message: "must have required property '" + "metaModel" + "'",
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (data.cursorParameter === undefined) {
        const err45 = {
          instancePath,
          schemaPath: "#/allOf/1/then/required",
          keyword: "required",
          params: { missingProperty: "cursorParameter" },
          message: "must have required property '" + "cursorParameter" + "'",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      const _errs62 = errors;
      for (const key2 in data) {
        if (!(
          key2 === "style" ||
          key2 === "metaKey" ||
          key2 === "metaModel" ||
          key2 === "cursorParameter" ||
          key2 === "cursorField" ||
          key2 === "hasMoreField" ||
          key2 === "itemCursorField" ||
          key2 === "pageSizeParameter"
        )) {
          const err46 = {
            instancePath,
            schemaPath: "#/allOf/1/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key2 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      if (data.style !== undefined) {
        let data19 = data.style;
        const _errs63 = errors;
        if ("cursor" !== data19) {
          const err47 = {
            instancePath: instancePath + "/style",
            schemaPath: "#/allOf/1/then/properties/style/const",
            keyword: "const",
            params: { allowedValue: "cursor" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        var valid22 = _errs63 === errors;
      }
      if (data.metaKey !== undefined) {
        let data20 = data.metaKey;
        const _errs64 = errors;
        const _errs65 = errors;
        const _errs66 = errors;
        if (typeof data20 === "string") {
          if (!pattern19.test(data20)) {
            const err48 = {
              instancePath: instancePath + "/metaKey",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        } else {
          const err49 = {
            instancePath: instancePath + "/metaKey",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        var valid23 = _errs65 === errors;
        var valid22 = _errs64 === errors;
      }
      if (data.metaModel !== undefined) {
        let data21 = data.metaModel;
        const _errs67 = errors;
        const _errs68 = errors;
        const _errs69 = errors;
        if (typeof data21 === "string") {
          if (!pattern4.test(data21)) {
            const err50 = {
              instancePath: instancePath + "/metaModel",
              schemaPath: "#/definitions/pascalName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
              message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        } else {
          const err51 = {
            instancePath: instancePath + "/metaModel",
            schemaPath: "#/definitions/pascalName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        var valid24 = _errs68 === errors;
        var valid22 = _errs67 === errors;
      }
      if (data.cursorParameter !== undefined) {
        let data22 = data.cursorParameter;
        const _errs70 = errors;
        const _errs71 = errors;
        const _errs72 = errors;
        if (typeof data22 === "string") {
          if (!pattern19.test(data22)) {
            const err52 = {
              instancePath: instancePath + "/cursorParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        } else {
          const err53 = {
            instancePath: instancePath + "/cursorParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        var valid25 = _errs71 === errors;
        var valid22 = _errs70 === errors;
      }
      if (data.cursorField !== undefined) {
        let data23 = data.cursorField;
        const _errs73 = errors;
        const _errs74 = errors;
        const _errs75 = errors;
        if (typeof data23 === "string") {
          if (!pattern19.test(data23)) {
            const err54 = {
              instancePath: instancePath + "/cursorField",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        } else {
          const err55 = {
            instancePath: instancePath + "/cursorField",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        var valid26 = _errs74 === errors;
        var valid22 = _errs73 === errors;
      }
      if (data.hasMoreField !== undefined) {
        let data24 = data.hasMoreField;
        const _errs76 = errors;
        const _errs77 = errors;
        const _errs78 = errors;
        if (typeof data24 === "string") {
          if (!pattern19.test(data24)) {
            const err56 = {
              instancePath: instancePath + "/hasMoreField",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        } else {
          const err57 = {
            instancePath: instancePath + "/hasMoreField",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        var valid27 = _errs77 === errors;
        var valid22 = _errs76 === errors;
      }
      if (data.itemCursorField !== undefined) {
        let data25 = data.itemCursorField;
        const _errs79 = errors;
        const _errs80 = errors;
        const _errs81 = errors;
        if (typeof data25 === "string") {
          if (!pattern19.test(data25)) {
            const err58 = {
              instancePath: instancePath + "/itemCursorField",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        } else {
          const err59 = {
            instancePath: instancePath + "/itemCursorField",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        var valid28 = _errs80 === errors;
        var valid22 = _errs79 === errors;
      }
      if (data.pageSizeParameter !== undefined) {
        let data26 = data.pageSizeParameter;
        const _errs82 = errors;
        const _errs83 = errors;
        const _errs84 = errors;
        if (typeof data26 === "string") {
          if (!pattern19.test(data26)) {
            const err60 = {
              instancePath: instancePath + "/pageSizeParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        } else {
          const err61 = {
            instancePath: instancePath + "/pageSizeParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        var valid29 = _errs83 === errors;
        var valid22 = _errs82 === errors;
      }
    }
    var _valid1 = _errs58 === errors;
    valid19 = _valid1;
  }
  if (!valid19) {
    const err62 = {
      instancePath,
      schemaPath: "#/allOf/1/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  var valid0 = _errs54 === errors;
  const _errs85 = errors;
  const _errs86 = errors;
  let valid30 = true;
  const _errs87 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.style === undefined && (missing1 = "style")) {
      const err63 = {};
      if (vErrors === null) {
        vErrors = [err63];
      } else {
        vErrors.push(err63);
      }
      errors++;
    } else {
      if (data.style !== undefined) {
        let data27 = data.style;
        const _errs88 = errors;
        if ("linkHeader" !== data27) {
          const err64 = {};
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        } else {
        }
        if (errors === _errs88) {
        }
        var valid31 = _errs88 === errors;
      } else {
        var valid31 = true;
      }
      if (valid31) {
      }
    }
  }
  if (errors === _errs87) {
  }
  var _valid3 = _errs87 === errors;
  errors = _errs86;
  if (vErrors !== null) {
    if (_errs86) {
      vErrors.length = _errs86;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs89 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.style === undefined) {
        const err65 = {
          instancePath,
          schemaPath: "#/allOf/2/then/required",
          keyword: "required",
          params: { missingProperty: "style" },
          message: "must have required property '" + "style" + "'",
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
      const _errs90 = errors;
      for (const key3 in data) {
        if (!(
          key3 === "style" ||
          key3 === "pageUrls" ||
          key3 === "pageSizeParameter" ||
          key3 === "pageParameter"
        )) {
          const err66 = {
            instancePath,
            schemaPath: "#/allOf/2/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key3 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
      if (data.style !== undefined) {
        let data28 = data.style;
        const _errs91 = errors;
        if ("linkHeader" !== data28) {
          const err67 = {
            instancePath: instancePath + "/style",
            schemaPath: "#/allOf/2/then/properties/style/const",
            keyword: "const",
            params: { allowedValue: "linkHeader" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        var valid32 = _errs91 === errors;
      }
      if (data.pageUrls !== undefined) {
        let data29 = data.pageUrls;
        const _errs92 = errors;
        const vSchema1 = schema26.allOf[2].then.properties.pageUrls.enum;
        if (!(data29 === "absolute" || data29 === "path")) {
          const err68 = {
            instancePath: instancePath + "/pageUrls",
            schemaPath: "#/allOf/2/then/properties/pageUrls/enum",
            keyword: "enum",
            params: { allowedValues: schema26.allOf[2].then.properties.pageUrls.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        var valid32 = _errs92 === errors;
      }
      if (data.pageSizeParameter !== undefined) {
        let data30 = data.pageSizeParameter;
        const _errs93 = errors;
        const _errs94 = errors;
        const _errs95 = errors;
        if (typeof data30 === "string") {
          if (!pattern19.test(data30)) {
            const err69 = {
              instancePath: instancePath + "/pageSizeParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        } else {
          const err70 = {
            instancePath: instancePath + "/pageSizeParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        var valid33 = _errs94 === errors;
        var valid32 = _errs93 === errors;
      }
      if (data.pageParameter !== undefined) {
        let data31 = data.pageParameter;
        const _errs96 = errors;
        const _errs97 = errors;
        const _errs98 = errors;
        if (typeof data31 === "string") {
          if (!pattern19.test(data31)) {
            const err71 = {
              instancePath: instancePath + "/pageParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        } else {
          const err72 = {
            instancePath: instancePath + "/pageParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        var valid34 = _errs97 === errors;
        var valid32 = _errs96 === errors;
      }
    }
    var _valid3 = _errs89 === errors;
    valid30 = _valid3;
  }
  if (!valid30) {
    const err73 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  var valid0 = _errs85 === errors;
  const _errs99 = errors;
  const _errs100 = errors;
  let valid35 = true;
  const _errs101 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.style === undefined && (missing2 = "style")) {
      const err74 = {};
      if (vErrors === null) {
        vErrors = [err74];
      } else {
        vErrors.push(err74);
      }
      errors++;
    } else {
      if (data.style !== undefined) {
        let data32 = data.style;
        const _errs102 = errors;
        if ("offset" !== data32) {
          const err75 = {};
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        } else {
        }
        if (errors === _errs102) {
        }
        var valid36 = _errs102 === errors;
      } else {
        var valid36 = true;
      }
      if (valid36) {
      }
    }
  }
  if (errors === _errs101) {
  }
  var _valid4 = _errs101 === errors;
  errors = _errs100;
  if (vErrors !== null) {
    if (_errs100) {
      vErrors.length = _errs100;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs103 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.style === undefined) {
        const err76 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "style" },
          message: "must have required property '" + "style" + "'",
        };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      if (data.metaModel === undefined) {
        const err77 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "metaModel" },
          message: "must have required property '" + "metaModel" + "'",
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (data.totalField === undefined) {
        const err78 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "totalField" },
          message: "must have required property '" + "totalField" + "'",
        };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
      if (data.offsetParameter === undefined) {
        const err79 = {
          instancePath,
          schemaPath: "#/allOf/3/then/required",
          keyword: "required",
          params: { missingProperty: "offsetParameter" },
          message: "must have required property '" + "offsetParameter" + "'",
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      const _errs104 = errors;
      for (const key4 in data) {
        if (!(
          key4 === "style" ||
          key4 === "metaKey" ||
          key4 === "metaModel" ||
          key4 === "totalField" ||
          key4 === "offsetParameter" ||
          key4 === "limitParameter"
        )) {
          const err80 = {
            instancePath,
            schemaPath: "#/allOf/3/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key4 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      }
      if (data.style !== undefined) {
        let data33 = data.style;
        const _errs105 = errors;
        if ("offset" !== data33) {
          const err81 = {
            instancePath: instancePath + "/style",
            schemaPath: "#/allOf/3/then/properties/style/const",
            keyword: "const",
            params: { allowedValue: "offset" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        var valid37 = _errs105 === errors;
      }
      if (data.metaKey !== undefined) {
        let data34 = data.metaKey;
        const _errs106 = errors;
        const _errs107 = errors;
        const _errs108 = errors;
        if (typeof data34 === "string") {
          if (!pattern19.test(data34)) {
            const err82 = {
              instancePath: instancePath + "/metaKey",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        } else {
          const err83 = {
            instancePath: instancePath + "/metaKey",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        var valid38 = _errs107 === errors;
        var valid37 = _errs106 === errors;
      }
      if (data.metaModel !== undefined) {
        let data35 = data.metaModel;
        const _errs109 = errors;
        const _errs110 = errors;
        const _errs111 = errors;
        if (typeof data35 === "string") {
          if (!pattern4.test(data35)) {
            const err84 = {
              instancePath: instancePath + "/metaModel",
              schemaPath: "#/definitions/pascalName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
              message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        } else {
          const err85 = {
            instancePath: instancePath + "/metaModel",
            schemaPath: "#/definitions/pascalName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        var valid39 = _errs110 === errors;
        var valid37 = _errs109 === errors;
      }
      if (data.totalField !== undefined) {
        let data36 = data.totalField;
        const _errs112 = errors;
        const _errs113 = errors;
        const _errs114 = errors;
        if (typeof data36 === "string") {
          if (!pattern19.test(data36)) {
            const err86 = {
              instancePath: instancePath + "/totalField",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        } else {
          const err87 = {
            instancePath: instancePath + "/totalField",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        var valid40 = _errs113 === errors;
        var valid37 = _errs112 === errors;
      }
      if (data.offsetParameter !== undefined) {
        let data37 = data.offsetParameter;
        const _errs115 = errors;
        const _errs116 = errors;
        const _errs117 = errors;
        if (typeof data37 === "string") {
          if (!pattern19.test(data37)) {
            const err88 = {
              instancePath: instancePath + "/offsetParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        } else {
          const err89 = {
            instancePath: instancePath + "/offsetParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        var valid41 = _errs116 === errors;
        var valid37 = _errs115 === errors;
      }
      if (data.limitParameter !== undefined) {
        let data38 = data.limitParameter;
        const _errs118 = errors;
        const _errs119 = errors;
        const _errs120 = errors;
        if (typeof data38 === "string") {
          if (!pattern19.test(data38)) {
            const err90 = {
              instancePath: instancePath + "/limitParameter",
              schemaPath: "#/definitions/wireName/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
              message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        } else {
          const err91 = {
            instancePath: instancePath + "/limitParameter",
            schemaPath: "#/definitions/wireName/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
        var valid42 = _errs119 === errors;
        var valid37 = _errs118 === errors;
      }
    }
    var _valid4 = _errs103 === errors;
    valid35 = _valid4;
  }
  if (!valid35) {
    const err92 = {
      instancePath,
      schemaPath: "#/allOf/3/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err92];
    } else {
      vErrors.push(err92);
    }
    errors++;
  }
  var valid0 = _errs99 === errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.style !== undefined) {
      let data39 = data.style;
      const _errs121 = errors;
      const vSchema2 = schema26.properties.style.enum;
      if (!(data39 === "nextUrl" || data39 === "cursor" || data39 === "linkHeader" || data39 === "offset")) {
        const err93 = {
          instancePath: instancePath + "/style",
          schemaPath: "#/properties/style/enum",
          keyword: "enum",
          params: { allowedValues: schema26.properties.style.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
      var valid43 = _errs121 === errors;
    }
  } else {
    const err94 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
const schema60 = {
  type: "object",
  additionalProperties: false,
  required: ["name", "description", "fields"],
  properties: {
    name: { $ref: "#/definitions/pascalName" },
    description: { $ref: "#/definitions/description" },
    extends: { $ref: "#/definitions/pascalName", description: "A model whose fields come first." },
    fields: { type: "array", items: { $ref: "#/definitions/field" } },
  },
};
const schema64 = {
  type: "object",
  additionalProperties: false,
  required: ["name", "description"],
  oneOf: [{ required: ["type"] }, { required: ["model"] }],
  properties: {
    name: { $ref: "#/definitions/wireName" },
    type: {
      enum: [
        "string",
        "integer",
        "number",
        "boolean",
        "date-time",
        "array",
        "object",
        "map",
        "json",
        "union",
      ],
      description:
        "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf.",
    },
    model: {
      $ref: "#/definitions/pascalName",
      description: "Instead of type: a reference to a named model.",
    },
    enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
    format: { $ref: "#/definitions/format" },
    minimum: { $ref: "#/definitions/bound" },
    maximum: { $ref: "#/definitions/bound" },
    minLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    maxLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    pattern: { $ref: "#/definitions/regex" },
    minItems: { $ref: "#/definitions/length" },
    maxItems: { $ref: "#/definitions/length" },
    items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
    values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
    oneOf: {
      type: "array",
      items: { $ref: "#/definitions/typeExpr" },
      description: "For union: its branches, the types a value may have (responses only).",
    },
    discriminator: { $ref: "#/definitions/discriminator" },
    fields: {
      type: "array",
      items: { $ref: "#/definitions/field" },
      description: "For object: its known fields.",
    },
    variantsBy: {
      $ref: "#/definitions/wireName",
      description: "For object: the sibling enum field whose value selects one of `variants`.",
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["when", "fields"],
        properties: {
          when: { type: "string", minLength: 1 },
          fields: { type: "array", items: { $ref: "#/definitions/field" } },
        },
      },
    },
    nullable: { type: "boolean", description: "The API may send null." },
    required: {
      type: "boolean",
      description:
        "The API always sends this field; a field that is also not nullable is typed without null.",
    },
    description: { $ref: "#/definitions/description" },
    deprecated: { type: "boolean" },
  },
};
const schema67 = { type: "array", minItems: 1, items: { type: "string", minLength: 1 } };
const schema68 = {
  enum: ["base32", "base64", "spki-base64", "ec-p256-spki", "uri", "e164", "date-time"],
  description:
    "base32 (RFC 4648), base64, spki-base64 (Base64 of a DER-encoded PKIX SubjectPublicKeyInfo, any algorithm), ec-p256-spki (the same, holding an ECDSA P-256 key, as ES256 needs), uri, e164 (phone number), date-time (an ISO 8601 string kept as text).",
};
const schema69 = { type: "number" };
const schema71 = { type: "integer", minimum: 0 };
const schema76 = {
  type: "object",
  additionalProperties: false,
  oneOf: [{ required: ["type"] }, { required: ["model"] }],
  properties: {
    type: {
      enum: [
        "string",
        "integer",
        "number",
        "boolean",
        "date-time",
        "array",
        "object",
        "map",
        "json",
        "union",
        "binary",
      ],
      description:
        "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf. binary is a file's bytes (a Blob, File or Uint8Array), in multipart bodies only.",
    },
    model: {
      $ref: "#/definitions/pascalName",
      description: "Instead of type: a reference to a named model.",
    },
    enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
    format: { $ref: "#/definitions/format" },
    minimum: { $ref: "#/definitions/bound" },
    maximum: { $ref: "#/definitions/bound" },
    minLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    maxLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    pattern: { $ref: "#/definitions/regex" },
    minItems: { $ref: "#/definitions/length" },
    maxItems: { $ref: "#/definitions/length" },
    items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
    values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
    oneOf: {
      type: "array",
      items: { $ref: "#/definitions/typeExpr" },
      description:
        "For union: its branches, the types a value may have. In a request (a requestBody's type), branches are inline types, never models.",
    },
    discriminator: { $ref: "#/definitions/discriminator" },
    fields: {
      type: "array",
      items: { $ref: "#/definitions/field" },
      description: "For object: its known fields.",
    },
    variantsBy: {
      $ref: "#/definitions/wireName",
      description: "For object: the sibling enum field whose value selects one of `variants`.",
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["when", "fields"],
        properties: {
          when: { type: "string", minLength: 1 },
          fields: { type: "array", items: { $ref: "#/definitions/field" } },
        },
      },
    },
  },
};
const wrapper0 = { validate: validate27 };
const wrapper3 = { validate: validate26 };
const schema87 = {
  type: "object",
  additionalProperties: false,
  required: ["field"],
  properties: {
    field: {
      $ref: "#/definitions/wireName",
      description: "The wire name of the field every branch model has whose value names the branch.",
    },
    mapping: {
      type: "object",
      minProperties: 1,
      additionalProperties: { $ref: "#/definitions/pascalName" },
      description:
        "Discriminator values to the branch models they select; a branch no value maps to is selected by its model name.",
    },
  },
  description: "For union: the field whose value selects the branch (every branch is then a model).",
};
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.field === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "field" },
        message: "must have required property '" + "field" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "field" || key0 === "mapping")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.field !== undefined) {
      let data0 = data.field;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern19.test(data0)) {
          const err2 = {
            instancePath: instancePath + "/field",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/field",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.mapping !== undefined) {
      let data1 = data.mapping;
      const _errs5 = errors;
      const _errs6 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err4 = {
            instancePath: instancePath + "/mapping",
            schemaPath: "#/properties/mapping/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const _errs7 = errors;
        for (const key1 in data1) {
          let data2 = data1[key1];
          const _errs8 = errors;
          const _errs9 = errors;
          const _errs10 = errors;
          if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
              const err5 = {
                instancePath: instancePath + "/mapping/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/definitions/pascalName/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
                message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + "/mapping/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/definitions/pascalName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid3 = _errs9 === errors;
          var valid2 = _errs8 === errors;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/mapping",
          schemaPath: "#/properties/mapping/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid0 = _errs5 === errors;
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property '" + "model" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs4 = errors;
    for (const key0 in data) {
      if (!func3.call(schema76.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      const _errs5 = errors;
      const vSchema0 = schema76.properties.type.enum;
      if (!(
        data0 === "string" ||
        data0 === "integer" ||
        data0 === "number" ||
        data0 === "boolean" ||
        data0 === "date-time" ||
        data0 === "array" ||
        data0 === "object" ||
        data0 === "map" ||
        data0 === "json" ||
        data0 === "union" ||
        data0 === "binary"
      )) {
        const err4 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema76.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
    }
    if (data.model !== undefined) {
      let data1 = data.model;
      const _errs6 = errors;
      const _errs7 = errors;
      const _errs8 = errors;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid2 = _errs7 === errors;
      var valid1 = _errs6 === errors;
    }
    if (data.enum !== undefined) {
      let data2 = data.enum;
      const _errs9 = errors;
      const _errs10 = errors;
      const _errs11 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/definitions/enumValues/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        let valid5 = true;
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs12 = errors;
          const _errs13 = errors;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = {
                instancePath: instancePath + "/enum/" + i0,
                schemaPath: "#/definitions/enumValues/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + "/enum/" + i0,
              schemaPath: "#/definitions/enumValues/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var valid4 = _errs12 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/definitions/enumValues/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid3 = _errs10 === errors;
      var valid1 = _errs9 === errors;
    }
    if (data.format !== undefined) {
      let data4 = data.format;
      const _errs14 = errors;
      const _errs15 = errors;
      const vSchema1 = schema68.enum;
      if (!(
        data4 === "base32" ||
        data4 === "base64" ||
        data4 === "spki-base64" ||
        data4 === "ec-p256-spki" ||
        data4 === "uri" ||
        data4 === "e164" ||
        data4 === "date-time"
      )) {
        const err11 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/definitions/format/enum",
          keyword: "enum",
          params: { allowedValues: schema68.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid6 = _errs15 === errors;
      var valid1 = _errs14 === errors;
    }
    if (data.minimum !== undefined) {
      let data5 = data.minimum;
      const _errs16 = errors;
      const _errs17 = errors;
      if (!(typeof data5 == "number")) {
        const err12 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      const _errs18 = errors;
      var valid7 = _errs17 === errors;
      var valid1 = _errs16 === errors;
    }
    if (data.maximum !== undefined) {
      let data6 = data.maximum;
      const _errs19 = errors;
      const _errs20 = errors;
      if (!(typeof data6 == "number")) {
        const err13 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      const _errs21 = errors;
      var valid8 = _errs20 === errors;
      var valid1 = _errs19 === errors;
    }
    if (data.minLength !== undefined) {
      let data7 = data.minLength;
      const _errs22 = errors;
      const _errs23 = errors;
      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7))) {
        const err14 = {
          instancePath: instancePath + "/minLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs24 = errors;
      if (typeof data7 == "number") {
        if (data7 < 0 || isNaN(data7)) {
          const err15 = {
            instancePath: instancePath + "/minLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      var valid9 = _errs23 === errors;
      var valid1 = _errs22 === errors;
    }
    if (data.maxLength !== undefined) {
      let data8 = data.maxLength;
      const _errs25 = errors;
      const _errs26 = errors;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8))) {
        const err16 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs27 = errors;
      if (typeof data8 == "number") {
        if (data8 < 0 || isNaN(data8)) {
          const err17 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      var valid10 = _errs26 === errors;
      var valid1 = _errs25 === errors;
    }
    if (data.pattern !== undefined) {
      let data9 = data.pattern;
      const _errs28 = errors;
      const _errs29 = errors;
      const _errs30 = errors;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err18 = {
            instancePath: instancePath + "/pattern",
            schemaPath: "#/definitions/regex/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/definitions/regex/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid11 = _errs29 === errors;
      var valid1 = _errs28 === errors;
    }
    if (data.minItems !== undefined) {
      let data10 = data.minItems;
      const _errs31 = errors;
      const _errs32 = errors;
      if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10))) {
        const err20 = {
          instancePath: instancePath + "/minItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs33 = errors;
      if (typeof data10 == "number") {
        if (data10 < 0 || isNaN(data10)) {
          const err21 = {
            instancePath: instancePath + "/minItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      var valid12 = _errs32 === errors;
      var valid1 = _errs31 === errors;
    }
    if (data.maxItems !== undefined) {
      let data11 = data.maxItems;
      const _errs34 = errors;
      const _errs35 = errors;
      if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11))) {
        const err22 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs36 = errors;
      if (typeof data11 == "number") {
        if (data11 < 0 || isNaN(data11)) {
          const err23 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      var valid13 = _errs35 === errors;
      var valid1 = _errs34 === errors;
    }
    if (data.items !== undefined) {
      let data12 = data.items;
      const _errs37 = errors;
      if (
        !wrapper0.validate(data12, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs37 === errors;
    }
    if (data.values !== undefined) {
      let data13 = data.values;
      const _errs38 = errors;
      if (
        !wrapper0.validate(data13, {
          instancePath: instancePath + "/values",
          parentData: data,
          parentDataProperty: "values",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs38 === errors;
    }
    if (data.oneOf !== undefined) {
      let data14 = data.oneOf;
      const _errs39 = errors;
      const _errs40 = errors;
      if (Array.isArray(data14)) {
        let valid15 = true;
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          const _errs41 = errors;
          if (
            !wrapper0.validate(data15, {
              instancePath: instancePath + "/oneOf/" + i1,
              parentData: data14,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          } else {
          }
          var valid14 = _errs41 === errors;
          if (!valid14) {
            valid15 = false;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/oneOf",
          schemaPath: "#/properties/oneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid1 = _errs39 === errors;
    }
    if (data.discriminator !== undefined) {
      let data16 = data.discriminator;
      const _errs42 = errors;
      if (
        !validate28(data16, {
          instancePath: instancePath + "/discriminator",
          parentData: data,
          parentDataProperty: "discriminator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs42 === errors;
    }
    if (data.fields !== undefined) {
      let data17 = data.fields;
      const _errs43 = errors;
      const _errs44 = errors;
      if (Array.isArray(data17)) {
        let valid17 = true;
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          const _errs45 = errors;
          if (
            !wrapper3.validate(data18, {
              instancePath: instancePath + "/fields/" + i2,
              parentData: data17,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
            errors = vErrors.length;
          } else {
          }
          var valid16 = _errs45 === errors;
          if (!valid16) {
            valid17 = false;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid1 = _errs43 === errors;
    }
    if (data.variantsBy !== undefined) {
      let data19 = data.variantsBy;
      const _errs46 = errors;
      const _errs47 = errors;
      const _errs48 = errors;
      if (typeof data19 === "string") {
        if (!pattern19.test(data19)) {
          const err26 = {
            instancePath: instancePath + "/variantsBy",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/variantsBy",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var valid18 = _errs47 === errors;
      var valid1 = _errs46 === errors;
    }
    if (data.variants !== undefined) {
      let data20 = data.variants;
      const _errs49 = errors;
      const _errs50 = errors;
      if (Array.isArray(data20)) {
        if (data20.length < 1) {
          const err28 = {
            instancePath: instancePath + "/variants",
            schemaPath: "#/properties/variants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        let valid20 = true;
        const len3 = data20.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data21 = data20[i3];
          const _errs51 = errors;
          const _errs52 = errors;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.when === undefined) {
              const err29 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property '" + "when" + "'",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data21.fields === undefined) {
              const err30 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const _errs53 = errors;
            for (const key1 in data21) {
              if (!(key1 === "when" || key1 === "fields")) {
                const err31 = {
                  instancePath: instancePath + "/variants/" + i3,
                  schemaPath: "#/properties/variants/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data21.when !== undefined) {
              let data22 = data21.when;
              const _errs54 = errors;
              const _errs55 = errors;
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err32 = {
                    instancePath: instancePath + "/variants/" + i3 + "/when",
                    schemaPath: "#/properties/variants/items/properties/when/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = {
                  instancePath: instancePath + "/variants/" + i3 + "/when",
                  schemaPath: "#/properties/variants/items/properties/when/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              var valid21 = _errs54 === errors;
            }
            if (data21.fields !== undefined) {
              let data23 = data21.fields;
              const _errs56 = errors;
              const _errs57 = errors;
              if (Array.isArray(data23)) {
                let valid23 = true;
                const len4 = data23.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data24 = data23[i4];
                  const _errs58 = errors;
                  if (
                    !wrapper3.validate(data24, {
                      instancePath: instancePath + "/variants/" + i3 + "/fields/" + i4,
                      parentData: data23,
                      parentDataProperty: i4,
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid22 = _errs58 === errors;
                  if (!valid22) {
                    valid23 = false;
                  }
                }
              } else {
                const err34 = {
                  instancePath: instancePath + "/variants/" + i3 + "/fields",
                  schemaPath: "#/properties/variants/items/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              var valid21 = _errs56 === errors;
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/variants/" + i3,
              schemaPath: "#/properties/variants/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var valid19 = _errs51 === errors;
          if (!valid19) {
            valid20 = false;
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/variants",
          schemaPath: "#/properties/variants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var valid1 = _errs49 === errors;
    }
  } else {
    const err37 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property '" + "model" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property '" + "name" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    const _errs4 = errors;
    for (const key0 in data) {
      if (!func3.call(schema64.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (!pattern19.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid1 = _errs5 === errors;
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      const _errs8 = errors;
      const vSchema0 = schema64.properties.type.enum;
      if (!(
        data1 === "string" ||
        data1 === "integer" ||
        data1 === "number" ||
        data1 === "boolean" ||
        data1 === "date-time" ||
        data1 === "array" ||
        data1 === "object" ||
        data1 === "map" ||
        data1 === "json" ||
        data1 === "union"
      )) {
        const err8 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema64.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
    }
    if (data.model !== undefined) {
      let data2 = data.model;
      const _errs9 = errors;
      const _errs10 = errors;
      const _errs11 = errors;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid3 = _errs10 === errors;
      var valid1 = _errs9 === errors;
    }
    if (data.enum !== undefined) {
      let data3 = data.enum;
      const _errs12 = errors;
      const _errs13 = errors;
      const _errs14 = errors;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err11 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/definitions/enumValues/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        let valid6 = true;
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs15 = errors;
          const _errs16 = errors;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err12 = {
                instancePath: instancePath + "/enum/" + i0,
                schemaPath: "#/definitions/enumValues/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/enum/" + i0,
              schemaPath: "#/definitions/enumValues/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var valid5 = _errs15 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/definitions/enumValues/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid4 = _errs13 === errors;
      var valid1 = _errs12 === errors;
    }
    if (data.format !== undefined) {
      let data5 = data.format;
      const _errs17 = errors;
      const _errs18 = errors;
      const vSchema1 = schema68.enum;
      if (!(
        data5 === "base32" ||
        data5 === "base64" ||
        data5 === "spki-base64" ||
        data5 === "ec-p256-spki" ||
        data5 === "uri" ||
        data5 === "e164" ||
        data5 === "date-time"
      )) {
        const err15 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/definitions/format/enum",
          keyword: "enum",
          params: { allowedValues: schema68.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid7 = _errs18 === errors;
      var valid1 = _errs17 === errors;
    }
    if (data.minimum !== undefined) {
      let data6 = data.minimum;
      const _errs19 = errors;
      const _errs20 = errors;
      if (!(typeof data6 == "number")) {
        const err16 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs21 = errors;
      var valid8 = _errs20 === errors;
      var valid1 = _errs19 === errors;
    }
    if (data.maximum !== undefined) {
      let data7 = data.maximum;
      const _errs22 = errors;
      const _errs23 = errors;
      if (!(typeof data7 == "number")) {
        const err17 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      const _errs24 = errors;
      var valid9 = _errs23 === errors;
      var valid1 = _errs22 === errors;
    }
    if (data.minLength !== undefined) {
      let data8 = data.minLength;
      const _errs25 = errors;
      const _errs26 = errors;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8))) {
        const err18 = {
          instancePath: instancePath + "/minLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      const _errs27 = errors;
      if (typeof data8 == "number") {
        if (data8 < 0 || isNaN(data8)) {
          const err19 = {
            instancePath: instancePath + "/minLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      var valid10 = _errs26 === errors;
      var valid1 = _errs25 === errors;
    }
    if (data.maxLength !== undefined) {
      let data9 = data.maxLength;
      const _errs28 = errors;
      const _errs29 = errors;
      if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9))) {
        const err20 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs30 = errors;
      if (typeof data9 == "number") {
        if (data9 < 0 || isNaN(data9)) {
          const err21 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      var valid11 = _errs29 === errors;
      var valid1 = _errs28 === errors;
    }
    if (data.pattern !== undefined) {
      let data10 = data.pattern;
      const _errs31 = errors;
      const _errs32 = errors;
      const _errs33 = errors;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err22 = {
            instancePath: instancePath + "/pattern",
            schemaPath: "#/definitions/regex/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/definitions/regex/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var valid12 = _errs32 === errors;
      var valid1 = _errs31 === errors;
    }
    if (data.minItems !== undefined) {
      let data11 = data.minItems;
      const _errs34 = errors;
      const _errs35 = errors;
      if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11))) {
        const err24 = {
          instancePath: instancePath + "/minItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      const _errs36 = errors;
      if (typeof data11 == "number") {
        if (data11 < 0 || isNaN(data11)) {
          const err25 = {
            instancePath: instancePath + "/minItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      var valid13 = _errs35 === errors;
      var valid1 = _errs34 === errors;
    }
    if (data.maxItems !== undefined) {
      let data12 = data.maxItems;
      const _errs37 = errors;
      const _errs38 = errors;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12))) {
        const err26 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs39 = errors;
      if (typeof data12 == "number") {
        if (data12 < 0 || isNaN(data12)) {
          const err27 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      var valid14 = _errs38 === errors;
      var valid1 = _errs37 === errors;
    }
    if (data.items !== undefined) {
      let data13 = data.items;
      const _errs40 = errors;
      if (
        !validate27(data13, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs40 === errors;
    }
    if (data.values !== undefined) {
      let data14 = data.values;
      const _errs41 = errors;
      if (
        !validate27(data14, {
          instancePath: instancePath + "/values",
          parentData: data,
          parentDataProperty: "values",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs41 === errors;
    }
    if (data.oneOf !== undefined) {
      let data15 = data.oneOf;
      const _errs42 = errors;
      const _errs43 = errors;
      if (Array.isArray(data15)) {
        let valid16 = true;
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          const _errs44 = errors;
          if (
            !validate27(data16, {
              instancePath: instancePath + "/oneOf/" + i1,
              parentData: data15,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          } else {
          }
          var valid15 = _errs44 === errors;
          if (!valid15) {
            valid16 = false;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/oneOf",
          schemaPath: "#/properties/oneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid1 = _errs42 === errors;
    }
    if (data.discriminator !== undefined) {
      let data17 = data.discriminator;
      const _errs45 = errors;
      if (
        !validate28(data17, {
          instancePath: instancePath + "/discriminator",
          parentData: data,
          parentDataProperty: "discriminator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs45 === errors;
    }
    if (data.fields !== undefined) {
      let data18 = data.fields;
      const _errs46 = errors;
      const _errs47 = errors;
      if (Array.isArray(data18)) {
        let valid18 = true;
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data19 = data18[i2];
          const _errs48 = errors;
          if (
            !wrapper3.validate(data19, {
              instancePath: instancePath + "/fields/" + i2,
              parentData: data18,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
            errors = vErrors.length;
          } else {
          }
          var valid17 = _errs48 === errors;
          if (!valid17) {
            valid18 = false;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var valid1 = _errs46 === errors;
    }
    if (data.variantsBy !== undefined) {
      let data20 = data.variantsBy;
      const _errs49 = errors;
      const _errs50 = errors;
      const _errs51 = errors;
      if (typeof data20 === "string") {
        if (!pattern19.test(data20)) {
          const err30 = {
            instancePath: instancePath + "/variantsBy",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/variantsBy",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var valid19 = _errs50 === errors;
      var valid1 = _errs49 === errors;
    }
    if (data.variants !== undefined) {
      let data21 = data.variants;
      const _errs52 = errors;
      const _errs53 = errors;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err32 = {
            instancePath: instancePath + "/variants",
            schemaPath: "#/properties/variants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        let valid21 = true;
        const len3 = data21.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data22 = data21[i3];
          const _errs54 = errors;
          const _errs55 = errors;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.when === undefined) {
              const err33 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property '" + "when" + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data22.fields === undefined) {
              const err34 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const _errs56 = errors;
            for (const key1 in data22) {
              if (!(key1 === "when" || key1 === "fields")) {
                const err35 = {
                  instancePath: instancePath + "/variants/" + i3,
                  schemaPath: "#/properties/variants/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data22.when !== undefined) {
              let data23 = data22.when;
              const _errs57 = errors;
              const _errs58 = errors;
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err36 = {
                    instancePath: instancePath + "/variants/" + i3 + "/when",
                    schemaPath: "#/properties/variants/items/properties/when/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = {
                  instancePath: instancePath + "/variants/" + i3 + "/when",
                  schemaPath: "#/properties/variants/items/properties/when/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var valid22 = _errs57 === errors;
            }
            if (data22.fields !== undefined) {
              let data24 = data22.fields;
              const _errs59 = errors;
              const _errs60 = errors;
              if (Array.isArray(data24)) {
                let valid24 = true;
                const len4 = data24.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data25 = data24[i4];
                  const _errs61 = errors;
                  if (
                    !wrapper3.validate(data25, {
                      instancePath: instancePath + "/variants/" + i3 + "/fields/" + i4,
                      parentData: data24,
                      parentDataProperty: i4,
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid23 = _errs61 === errors;
                  if (!valid23) {
                    valid24 = false;
                  }
                }
              } else {
                const err38 = {
                  instancePath: instancePath + "/variants/" + i3 + "/fields",
                  schemaPath: "#/properties/variants/items/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var valid22 = _errs59 === errors;
            }
          } else {
            const err39 = {
              instancePath: instancePath + "/variants/" + i3,
              schemaPath: "#/properties/variants/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var valid20 = _errs54 === errors;
          if (!valid20) {
            valid21 = false;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + "/variants",
          schemaPath: "#/properties/variants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      var valid1 = _errs52 === errors;
    }
    if (data.nullable !== undefined) {
      let data26 = data.nullable;
      const _errs62 = errors;
      if (typeof data26 !== "boolean") {
        const err41 = {
          instancePath: instancePath + "/nullable",
          schemaPath: "#/properties/nullable/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      const _errs63 = errors;
      var valid1 = _errs62 === errors;
    }
    if (data.required !== undefined) {
      let data27 = data.required;
      const _errs64 = errors;
      if (typeof data27 !== "boolean") {
        const err42 = {
          instancePath: instancePath + "/required",
          schemaPath: "#/properties/required/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      const _errs65 = errors;
      var valid1 = _errs64 === errors;
    }
    if (data.description !== undefined) {
      let data28 = data.description;
      const _errs66 = errors;
      const _errs67 = errors;
      if (typeof data28 !== "string") {
        const err43 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      const _errs68 = errors;
      var valid25 = _errs67 === errors;
      var valid1 = _errs66 === errors;
    }
    if (data.deprecated !== undefined) {
      let data29 = data.deprecated;
      const _errs69 = errors;
      if (typeof data29 !== "boolean") {
        const err44 = {
          instancePath: instancePath + "/deprecated",
          schemaPath: "#/properties/deprecated/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      const _errs70 = errors;
      var valid1 = _errs69 === errors;
    }
  } else {
    const err45 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property '" + "name" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fields === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "fields" },
        message: "must have required property '" + "fields" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "extends" || key0 === "fields")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data1 !== "string") {
        const err6 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      const _errs7 = errors;
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.extends !== undefined) {
      let data2 = data.extends;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err7 = {
            instancePath: instancePath + "/extends",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/extends",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.fields !== undefined) {
      let data3 = data.fields;
      const _errs11 = errors;
      const _errs12 = errors;
      if (Array.isArray(data3)) {
        let valid5 = true;
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs13 = errors;
          if (
            !validate26(data4, {
              instancePath: instancePath + "/fields/" + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          } else {
          }
          var valid4 = _errs13 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid0 = _errs11 === errors;
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
const schema93 = {
  type: "object",
  additionalProperties: false,
  required: ["typeField", "events"],
  description:
    "The events the service sends as webhooks (one file per service), signed as `service.webhooks.signature` says.",
  properties: {
    typeField: { type: "string", minLength: 1, description: "The form field naming the event type." },
    subscription: {
      type: "object",
      additionalProperties: false,
      required: ["resource", "urlField", "eventsField"],
      description: "For the local server: the resource whose records subscribe a URL to event types.",
      properties: {
        resource: { type: "string", minLength: 1, description: "The resource's name." },
        urlField: {
          type: "string",
          minLength: 1,
          description: "The field holding the URL the events are posted to.",
        },
        eventsField: {
          type: "string",
          minLength: 1,
          description: "The field holding the event types (an array).",
        },
        allEvents: {
          type: "string",
          minLength: 1,
          description: "An event type that subscribes to every event.",
        },
        disabledWhen: {
          type: "object",
          additionalProperties: false,
          required: ["field", "value"],
          description: "A subscription with this field at this value receives nothing.",
          properties: {
            field: { type: "string", minLength: 1, description: "A field of the resource." },
            value: { type: "string", minLength: 1, description: "Its value." },
          },
        },
        scope: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description:
            "Fields a subscription and the record an event is about must share (besides the account).",
        },
      },
    },
    events: { type: "array", minItems: 1, items: { $ref: "#/definitions/webhookEvent" } },
  },
};
const schema94 = {
  type: "object",
  additionalProperties: false,
  required: ["type", "description", "fields"],
  description: "One event type and its form fields.",
  properties: {
    type: { type: "string", minLength: 1, description: "The event type, as the type field carries it." },
    description: { type: "string", description: "When it is sent." },
    when: {
      type: "object",
      additionalProperties: false,
      required: ["resource", "on"],
      description:
        "For the local server: a record of `resource` created, deleted, or updated so that `field` becomes `value`.",
      properties: {
        resource: { type: "string", minLength: 1, description: "The resource's name." },
        on: { enum: ["create", "update", "delete"] },
        field: { type: "string", minLength: 1, description: "With `on: update`: the field that changes." },
        value: { type: "string", minLength: 1, description: "The value it changes to." },
      },
    },
    fields: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "type", "description"],
        properties: {
          name: { type: "string", minLength: 1, description: "The form field's name." },
          type: { enum: ["string", "json"], description: "Text, or JSON text (parsed)." },
          required: {
            type: "boolean",
            description: "Whether every event of the type carries it (default false).",
          },
          description: { type: "string" },
          from: {
            type: "string",
            pattern: "^(record\\.[^.]+|event\\.(id|type))$",
            description:
              "Where the local server takes it: `record.<field>` of the record the event is about, `event.id` (a fresh UUID) or `event.type`.",
          },
        },
      },
    },
  },
};
const pattern66 = new RegExp("^(record\\.[^.]+|event\\.(id|type))$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.typeField === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "typeField" },
        message: "must have required property '" + "typeField" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.events === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "events" },
        message: "must have required property '" + "events" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(key0 === "typeField" || key0 === "subscription" || key0 === "events")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.typeField !== undefined) {
      let data0 = data.typeField;
      const _errs2 = errors;
      const _errs3 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/typeField",
            schemaPath: "#/properties/typeField/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/typeField",
          schemaPath: "#/properties/typeField/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.subscription !== undefined) {
      let data1 = data.subscription;
      const _errs4 = errors;
      const _errs5 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.resource === undefined) {
          const err5 = {
            instancePath: instancePath + "/subscription",
            schemaPath: "#/properties/subscription/required",
            keyword: "required",
            params: { missingProperty: "resource" },
            message: "must have required property '" + "resource" + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.urlField === undefined) {
          const err6 = {
            instancePath: instancePath + "/subscription",
            schemaPath: "#/properties/subscription/required",
            keyword: "required",
            params: { missingProperty: "urlField" },
            message: "must have required property '" + "urlField" + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.eventsField === undefined) {
          const err7 = {
            instancePath: instancePath + "/subscription",
            schemaPath: "#/properties/subscription/required",
            keyword: "required",
            params: { missingProperty: "eventsField" },
            message: "must have required property '" + "eventsField" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const _errs6 = errors;
        for (const key1 in data1) {
          if (!(
            key1 === "resource" ||
            key1 === "urlField" ||
            key1 === "eventsField" ||
            key1 === "allEvents" ||
            key1 === "disabledWhen" ||
            key1 === "scope"
          )) {
            const err8 = {
              instancePath: instancePath + "/subscription",
              schemaPath: "#/properties/subscription/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.resource !== undefined) {
          let data2 = data1.resource;
          const _errs7 = errors;
          const _errs8 = errors;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err9 = {
                instancePath: instancePath + "/subscription/resource",
                schemaPath: "#/properties/subscription/properties/resource/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/subscription/resource",
              schemaPath: "#/properties/subscription/properties/resource/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var valid1 = _errs7 === errors;
        }
        if (data1.urlField !== undefined) {
          let data3 = data1.urlField;
          const _errs9 = errors;
          const _errs10 = errors;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err11 = {
                instancePath: instancePath + "/subscription/urlField",
                schemaPath: "#/properties/subscription/properties/urlField/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + "/subscription/urlField",
              schemaPath: "#/properties/subscription/properties/urlField/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var valid1 = _errs9 === errors;
        }
        if (data1.eventsField !== undefined) {
          let data4 = data1.eventsField;
          const _errs11 = errors;
          const _errs12 = errors;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err13 = {
                instancePath: instancePath + "/subscription/eventsField",
                schemaPath: "#/properties/subscription/properties/eventsField/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/subscription/eventsField",
              schemaPath: "#/properties/subscription/properties/eventsField/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var valid1 = _errs11 === errors;
        }
        if (data1.allEvents !== undefined) {
          let data5 = data1.allEvents;
          const _errs13 = errors;
          const _errs14 = errors;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err15 = {
                instancePath: instancePath + "/subscription/allEvents",
                schemaPath: "#/properties/subscription/properties/allEvents/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/subscription/allEvents",
              schemaPath: "#/properties/subscription/properties/allEvents/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var valid1 = _errs13 === errors;
        }
        if (data1.disabledWhen !== undefined) {
          let data6 = data1.disabledWhen;
          const _errs15 = errors;
          const _errs16 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.field === undefined) {
              const err17 = {
                instancePath: instancePath + "/subscription/disabledWhen",
                schemaPath: "#/properties/subscription/properties/disabledWhen/required",
                keyword: "required",
                params: { missingProperty: "field" },
                message: "must have required property '" + "field" + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data6.value === undefined) {
              const err18 = {
                instancePath: instancePath + "/subscription/disabledWhen",
                schemaPath: "#/properties/subscription/properties/disabledWhen/required",
                keyword: "required",
                params: { missingProperty: "value" },
                message: "must have required property '" + "value" + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const _errs17 = errors;
            for (const key2 in data6) {
              if (!(key2 === "field" || key2 === "value")) {
                const err19 = {
                  instancePath: instancePath + "/subscription/disabledWhen",
                  schemaPath: "#/properties/subscription/properties/disabledWhen/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.field !== undefined) {
              let data7 = data6.field;
              const _errs18 = errors;
              const _errs19 = errors;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err20 = {
                    instancePath: instancePath + "/subscription/disabledWhen/field",
                    schemaPath:
                      "#/properties/subscription/properties/disabledWhen/properties/field/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath: instancePath + "/subscription/disabledWhen/field",
                  schemaPath: "#/properties/subscription/properties/disabledWhen/properties/field/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var valid2 = _errs18 === errors;
            }
            if (data6.value !== undefined) {
              let data8 = data6.value;
              const _errs20 = errors;
              const _errs21 = errors;
              if (typeof data8 === "string") {
                if (func2(data8) < 1) {
                  const err22 = {
                    instancePath: instancePath + "/subscription/disabledWhen/value",
                    schemaPath:
                      "#/properties/subscription/properties/disabledWhen/properties/value/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = {
                  instancePath: instancePath + "/subscription/disabledWhen/value",
                  schemaPath: "#/properties/subscription/properties/disabledWhen/properties/value/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              var valid2 = _errs20 === errors;
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/subscription/disabledWhen",
              schemaPath: "#/properties/subscription/properties/disabledWhen/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid1 = _errs15 === errors;
        }
        if (data1.scope !== undefined) {
          let data9 = data1.scope;
          const _errs22 = errors;
          const _errs23 = errors;
          if (Array.isArray(data9)) {
            let valid4 = true;
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              const _errs24 = errors;
              const _errs25 = errors;
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err25 = {
                    instancePath: instancePath + "/subscription/scope/" + i0,
                    schemaPath: "#/properties/subscription/properties/scope/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = {
                  instancePath: instancePath + "/subscription/scope/" + i0,
                  schemaPath: "#/properties/subscription/properties/scope/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var valid3 = _errs24 === errors;
              if (!valid3) {
                valid4 = false;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/subscription/scope",
              schemaPath: "#/properties/subscription/properties/scope/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var valid1 = _errs22 === errors;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/subscription",
          schemaPath: "#/properties/subscription/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid0 = _errs4 === errors;
    }
    if (data.events !== undefined) {
      let data11 = data.events;
      const _errs26 = errors;
      const _errs27 = errors;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err29 = {
            instancePath: instancePath + "/events",
            schemaPath: "#/properties/events/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        let valid6 = true;
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          const _errs28 = errors;
          const _errs29 = errors;
          const _errs30 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.type === undefined) {
              const err30 = {
                instancePath: instancePath + "/events/" + i1,
                schemaPath: "#/definitions/webhookEvent/required",
                keyword: "required",
                params: { missingProperty: "type" },
                message: "must have required property '" + "type" + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data12.description === undefined) {
              const err31 = {
                instancePath: instancePath + "/events/" + i1,
                schemaPath: "#/definitions/webhookEvent/required",
                keyword: "required",
                params: { missingProperty: "description" },
                message: "must have required property '" + "description" + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data12.fields === undefined) {
              const err32 = {
                instancePath: instancePath + "/events/" + i1,
                schemaPath: "#/definitions/webhookEvent/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            const _errs31 = errors;
            for (const key3 in data12) {
              if (!(key3 === "type" || key3 === "description" || key3 === "when" || key3 === "fields")) {
                const err33 = {
                  instancePath: instancePath + "/events/" + i1,
                  schemaPath: "#/definitions/webhookEvent/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.type !== undefined) {
              let data13 = data12.type;
              const _errs32 = errors;
              const _errs33 = errors;
              if (typeof data13 === "string") {
                if (func2(data13) < 1) {
                  const err34 = {
                    instancePath: instancePath + "/events/" + i1 + "/type",
                    schemaPath: "#/definitions/webhookEvent/properties/type/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = {
                  instancePath: instancePath + "/events/" + i1 + "/type",
                  schemaPath: "#/definitions/webhookEvent/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              var valid8 = _errs32 === errors;
            }
            if (data12.description !== undefined) {
              let data14 = data12.description;
              const _errs34 = errors;
              if (typeof data14 !== "string") {
                const err36 = {
                  instancePath: instancePath + "/events/" + i1 + "/description",
                  schemaPath: "#/definitions/webhookEvent/properties/description/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              const _errs35 = errors;
              var valid8 = _errs34 === errors;
            }
            if (data12.when !== undefined) {
              let data15 = data12.when;
              const _errs36 = errors;
              const _errs37 = errors;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.resource === undefined) {
                  const err37 = {
                    instancePath: instancePath + "/events/" + i1 + "/when",
                    schemaPath: "#/definitions/webhookEvent/properties/when/required",
                    keyword: "required",
                    params: { missingProperty: "resource" },
                    message: "must have required property '" + "resource" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data15.on === undefined) {
                  const err38 = {
                    instancePath: instancePath + "/events/" + i1 + "/when",
                    schemaPath: "#/definitions/webhookEvent/properties/when/required",
                    keyword: "required",
                    params: { missingProperty: "on" },
                    message: "must have required property '" + "on" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                const _errs38 = errors;
                for (const key4 in data15) {
                  if (!(key4 === "resource" || key4 === "on" || key4 === "field" || key4 === "value")) {
                    const err39 = {
                      instancePath: instancePath + "/events/" + i1 + "/when",
                      schemaPath: "#/definitions/webhookEvent/properties/when/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key4 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data15.resource !== undefined) {
                  let data16 = data15.resource;
                  const _errs39 = errors;
                  const _errs40 = errors;
                  if (typeof data16 === "string") {
                    if (func2(data16) < 1) {
                      const err40 = {
                        instancePath: instancePath + "/events/" + i1 + "/when/resource",
                        schemaPath:
                          "#/definitions/webhookEvent/properties/when/properties/resource/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = {
                      instancePath: instancePath + "/events/" + i1 + "/when/resource",
                      schemaPath: "#/definitions/webhookEvent/properties/when/properties/resource/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  var valid9 = _errs39 === errors;
                }
                if (data15.on !== undefined) {
                  let data17 = data15.on;
                  const _errs41 = errors;
                  const vSchema0 = schema94.properties.when.properties.on.enum;
                  if (!(data17 === "create" || data17 === "update" || data17 === "delete")) {
                    const err42 = {
                      instancePath: instancePath + "/events/" + i1 + "/when/on",
                      schemaPath: "#/definitions/webhookEvent/properties/when/properties/on/enum",
                      keyword: "enum",
                      params: { allowedValues: schema94.properties.when.properties.on.enum },
                      message: "must be equal to one of the allowed values",
                    };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  var valid9 = _errs41 === errors;
                }
                if (data15.field !== undefined) {
                  let data18 = data15.field;
                  const _errs42 = errors;
                  const _errs43 = errors;
                  if (typeof data18 === "string") {
                    if (func2(data18) < 1) {
                      const err43 = {
                        instancePath: instancePath + "/events/" + i1 + "/when/field",
                        schemaPath: "#/definitions/webhookEvent/properties/when/properties/field/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = {
                      instancePath: instancePath + "/events/" + i1 + "/when/field",
                      schemaPath: "#/definitions/webhookEvent/properties/when/properties/field/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  var valid9 = _errs42 === errors;
                }
                if (data15.value !== undefined) {
                  let data19 = data15.value;
                  const _errs44 = errors;
                  const _errs45 = errors;
                  if (typeof data19 === "string") {
                    if (func2(data19) < 1) {
                      const err45 = {
                        instancePath: instancePath + "/events/" + i1 + "/when/value",
                        schemaPath: "#/definitions/webhookEvent/properties/when/properties/value/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = {
                      instancePath: instancePath + "/events/" + i1 + "/when/value",
                      schemaPath: "#/definitions/webhookEvent/properties/when/properties/value/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  var valid9 = _errs44 === errors;
                }
              } else {
                const err47 = {
                  instancePath: instancePath + "/events/" + i1 + "/when",
                  schemaPath: "#/definitions/webhookEvent/properties/when/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var valid8 = _errs36 === errors;
            }
            if (data12.fields !== undefined) {
              let data20 = data12.fields;
              const _errs46 = errors;
              const _errs47 = errors;
              if (Array.isArray(data20)) {
                let valid11 = true;
                const len2 = data20.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data21 = data20[i2];
                  const _errs48 = errors;
                  const _errs49 = errors;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    if (data21.name === undefined) {
                      const err48 = {
                        instancePath: instancePath + "/events/" + i1 + "/fields/" + i2,
                        schemaPath: "#/definitions/webhookEvent/properties/fields/items/required",
                        keyword: "required",
                        params: { missingProperty: "name" },
                        message: "must have required property '" + "name" + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (data21.type === undefined) {
                      const err49 = {
                        instancePath: instancePath + "/events/" + i1 + "/fields/" + i2,
                        schemaPath: "#/definitions/webhookEvent/properties/fields/items/required",
                        keyword: "required",
                        params: { missingProperty: "type" },
                        message: "must have required property '" + "type" + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (data21.description === undefined) {
                      const err50 = {
                        instancePath: instancePath + "/events/" + i1 + "/fields/" + i2,
                        schemaPath: "#/definitions/webhookEvent/properties/fields/items/required",
                        keyword: "required",
                        params: { missingProperty: "description" },
                        message: "must have required property '" + "description" + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    const _errs50 = errors;
                    for (const key5 in data21) {
                      if (!(
                        key5 === "name" ||
                        key5 === "type" ||
                        key5 === "required" ||
                        key5 === "description" ||
                        key5 === "from"
                      )) {
                        const err51 = {
                          instancePath: instancePath + "/events/" + i1 + "/fields/" + i2,
                          schemaPath:
                            "#/definitions/webhookEvent/properties/fields/items/additionalProperties",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key5 },
                          message: "must NOT have additional properties",
                        };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data21.name !== undefined) {
                      let data22 = data21.name;
                      const _errs51 = errors;
                      const _errs52 = errors;
                      if (typeof data22 === "string") {
                        if (func2(data22) < 1) {
                          const err52 = {
                            instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/name",
                            schemaPath:
                              "#/definitions/webhookEvent/properties/fields/items/properties/name/minLength",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      } else {
                        const err53 = {
                          instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/name",
                          schemaPath:
                            "#/definitions/webhookEvent/properties/fields/items/properties/name/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                      var valid12 = _errs51 === errors;
                    }
                    if (data21.type !== undefined) {
                      let data23 = data21.type;
                      const _errs53 = errors;
                      const vSchema1 = schema94.properties.fields.items.properties.type.enum;
                      if (!(data23 === "string" || data23 === "json")) {
                        const err54 = {
                          instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/type",
                          schemaPath:
                            "#/definitions/webhookEvent/properties/fields/items/properties/type/enum",
                          keyword: "enum",
                          params: { allowedValues: schema94.properties.fields.items.properties.type.enum },
                          message: "must be equal to one of the allowed values",
                        };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                      var valid12 = _errs53 === errors;
                    }
                    if (data21.required !== undefined) {
                      let data24 = data21.required;
                      const _errs54 = errors;
                      if (typeof data24 !== "boolean") {
                        const err55 = {
                          instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/required",
                          schemaPath:
                            "#/definitions/webhookEvent/properties/fields/items/properties/required/type",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                        };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                      const _errs55 = errors;
                      var valid12 = _errs54 === errors;
                    }
                    if (data21.description !== undefined) {
                      let data25 = data21.description;
                      const _errs56 = errors;
                      if (typeof data25 !== "string") {
                        const err56 = {
                          instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/description",
                          schemaPath:
                            "#/definitions/webhookEvent/properties/fields/items/properties/description/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                      const _errs57 = errors;
                      var valid12 = _errs56 === errors;
                    }
                    if (data21.from !== undefined) {
                      let data26 = data21.from;
                      const _errs58 = errors;
                      const _errs59 = errors;
                      if (typeof data26 === "string") {
                        if (!pattern66.test(data26)) {
                          const err57 = {
                            instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/from",
                            schemaPath:
                              "#/definitions/webhookEvent/properties/fields/items/properties/from/pattern",
                            keyword: "pattern",
                            params: { pattern: "^(record\\.[^.]+|event\\.(id|type))$" },
                            message: 'must match pattern "' + "^(record\\.[^.]+|event\\.(id|type))$" + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                      } else {
                        const err58 = {
                          instancePath: instancePath + "/events/" + i1 + "/fields/" + i2 + "/from",
                          schemaPath:
                            "#/definitions/webhookEvent/properties/fields/items/properties/from/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      var valid12 = _errs58 === errors;
                    }
                  } else {
                    const err59 = {
                      instancePath: instancePath + "/events/" + i1 + "/fields/" + i2,
                      schemaPath: "#/definitions/webhookEvent/properties/fields/items/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object",
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  var valid10 = _errs48 === errors;
                  if (!valid10) {
                    valid11 = false;
                  }
                }
              } else {
                const err60 = {
                  instancePath: instancePath + "/events/" + i1 + "/fields",
                  schemaPath: "#/definitions/webhookEvent/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              var valid8 = _errs46 === errors;
            }
          } else {
            const err61 = {
              instancePath: instancePath + "/events/" + i1,
              schemaPath: "#/definitions/webhookEvent/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var valid7 = _errs29 === errors;
          var valid5 = _errs28 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err62 = {
          instancePath: instancePath + "/events",
          schemaPath: "#/properties/events/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      var valid0 = _errs26 === errors;
    }
  } else {
    const err63 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
const schema95 = {
  type: "object",
  additionalProperties: false,
  required: ["name", "plural", "description", "paths", "operations"],
  properties: {
    name: { $ref: "#/definitions/pascalName" },
    plural: { $ref: "#/definitions/pascalName" },
    description: { $ref: "#/definitions/description" },
    listKey: {
      $ref: "#/definitions/wireName",
      description: "The property of a list response that holds the items (needed with a list operation).",
    },
    mockExtension: {
      type: "string",
      pattern: "^[A-Za-z0-9._-]+\\.ts$",
      description:
        "A TypeScript file beside the spec exporting `extension` ({ onCreate?, onUpdate? }): resource-specific behaviour of the local mock server.",
    },
    paths: {
      type: "object",
      additionalProperties: false,
      properties: {
        list: {
          type: "string",
          pattern: "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
        },
        instance: {
          type: "string",
          pattern: "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
        },
      },
    },
    pathParameters: { type: "array", items: { $ref: "#/definitions/pathParameter" } },
    models: { type: "array", items: { $ref: "#/definitions/model" } },
    operations: { type: "array", minItems: 1, items: { $ref: "#/definitions/operation" } },
  },
};
const pattern70 = new RegExp("^[A-Za-z0-9._-]+\\.ts$", "u");
const pattern71 = new RegExp(
  "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
  "u",
);
const schema100 = {
  type: "object",
  additionalProperties: false,
  required: ["name", "description"],
  oneOf: [{ required: ["type"] }, { required: ["model"] }],
  properties: {
    name: {
      $ref: "#/definitions/anyWireName",
      description: "The placeholder's name, as the path template writes it between braces.",
    },
    property: {
      type: "string",
      pattern: "^[a-z][A-Za-z0-9]*$",
      description: "The client's argument name, where the placeholder gives none (`{1st}` -> first).",
    },
    style: {
      enum: ["simple", "label", "matrix"],
      description:
        "How the value is written in the path (OpenAPI's styles): simple (the default: a,b), label (.a, and .a.b or .a,b for an array), matrix (;id=a, and ;id=a;id=b or ;id=a,b for an array).",
    },
    explode: {
      type: "boolean",
      description:
        "With an array: each item with its own prefix (true), or the items joined by commas (false, the default).",
    },
    type: {
      enum: ["string", "integer", "number", "boolean", "date-time", "array", "object", "map", "json"],
      description:
        "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys.",
    },
    model: {
      $ref: "#/definitions/pascalName",
      description: "Instead of type: a reference to a named model.",
    },
    enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
    format: { $ref: "#/definitions/format" },
    minimum: { $ref: "#/definitions/bound" },
    maximum: { $ref: "#/definitions/bound" },
    minLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    maxLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    pattern: { $ref: "#/definitions/regex" },
    minItems: { $ref: "#/definitions/length" },
    maxItems: { $ref: "#/definitions/length" },
    items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
    values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
    fields: {
      type: "array",
      items: { $ref: "#/definitions/field" },
      description: "For object: its known fields.",
    },
    variantsBy: {
      $ref: "#/definitions/wireName",
      description: "For object: the sibling enum field whose value selects one of `variants`.",
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["when", "fields"],
        properties: {
          when: { type: "string", minLength: 1 },
          fields: { type: "array", items: { $ref: "#/definitions/field" } },
        },
      },
    },
    example: { type: "string", description: "A valid value, used in the generated docs." },
    description: { $ref: "#/definitions/description" },
    deprecated: { type: "boolean" },
  },
};
const schema101 = {
  type: "string",
  pattern: "^[^\\u0000-\\u001f\\u007f]+$",
  description:
    "A name as the API spells it on the wire, byte for byte (`include[]`, `api-version`, `$filter`); the client's name is derived from it (or given as property).",
};
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property '" + "model" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property '" + "name" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    const _errs4 = errors;
    for (const key0 in data) {
      if (!func3.call(schema100.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (!pattern8.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/definitions/anyWireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" },
            message: 'must match pattern "' + "^[^\\u0000-\\u001f\\u007f]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/definitions/anyWireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid1 = _errs5 === errors;
    }
    if (data.property !== undefined) {
      let data1 = data.property;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/property",
            schemaPath: "#/properties/property/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/property",
          schemaPath: "#/properties/property/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
    }
    if (data.style !== undefined) {
      let data2 = data.style;
      const _errs10 = errors;
      const vSchema0 = schema100.properties.style.enum;
      if (!(data2 === "simple" || data2 === "label" || data2 === "matrix")) {
        const err10 = {
          instancePath: instancePath + "/style",
          schemaPath: "#/properties/style/enum",
          keyword: "enum",
          params: { allowedValues: schema100.properties.style.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid1 = _errs10 === errors;
    }
    if (data.explode !== undefined) {
      let data3 = data.explode;
      const _errs11 = errors;
      if (typeof data3 !== "boolean") {
        const err11 = {
          instancePath: instancePath + "/explode",
          schemaPath: "#/properties/explode/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid1 = _errs11 === errors;
    }
    if (data.type !== undefined) {
      let data4 = data.type;
      const _errs13 = errors;
      const vSchema1 = schema100.properties.type.enum;
      if (!(
        data4 === "string" ||
        data4 === "integer" ||
        data4 === "number" ||
        data4 === "boolean" ||
        data4 === "date-time" ||
        data4 === "array" ||
        data4 === "object" ||
        data4 === "map" ||
        data4 === "json"
      )) {
        const err12 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema100.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid1 = _errs13 === errors;
    }
    if (data.model !== undefined) {
      let data5 = data.model;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err13 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid3 = _errs15 === errors;
      var valid1 = _errs14 === errors;
    }
    if (data.enum !== undefined) {
      let data6 = data.enum;
      const _errs17 = errors;
      const _errs18 = errors;
      const _errs19 = errors;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err15 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/definitions/enumValues/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        let valid6 = true;
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs20 = errors;
          const _errs21 = errors;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err16 = {
                instancePath: instancePath + "/enum/" + i0,
                schemaPath: "#/definitions/enumValues/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/enum/" + i0,
              schemaPath: "#/definitions/enumValues/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid5 = _errs20 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/definitions/enumValues/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid4 = _errs18 === errors;
      var valid1 = _errs17 === errors;
    }
    if (data.format !== undefined) {
      let data8 = data.format;
      const _errs22 = errors;
      const _errs23 = errors;
      const vSchema2 = schema68.enum;
      if (!(
        data8 === "base32" ||
        data8 === "base64" ||
        data8 === "spki-base64" ||
        data8 === "ec-p256-spki" ||
        data8 === "uri" ||
        data8 === "e164" ||
        data8 === "date-time"
      )) {
        const err19 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/definitions/format/enum",
          keyword: "enum",
          params: { allowedValues: schema68.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var valid7 = _errs23 === errors;
      var valid1 = _errs22 === errors;
    }
    if (data.minimum !== undefined) {
      let data9 = data.minimum;
      const _errs24 = errors;
      const _errs25 = errors;
      if (!(typeof data9 == "number")) {
        const err20 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid8 = _errs25 === errors;
      var valid1 = _errs24 === errors;
    }
    if (data.maximum !== undefined) {
      let data10 = data.maximum;
      const _errs27 = errors;
      const _errs28 = errors;
      if (!(typeof data10 == "number")) {
        const err21 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      const _errs29 = errors;
      var valid9 = _errs28 === errors;
      var valid1 = _errs27 === errors;
    }
    if (data.minLength !== undefined) {
      let data11 = data.minLength;
      const _errs30 = errors;
      const _errs31 = errors;
      if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11))) {
        const err22 = {
          instancePath: instancePath + "/minLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs32 = errors;
      if (typeof data11 == "number") {
        if (data11 < 0 || isNaN(data11)) {
          const err23 = {
            instancePath: instancePath + "/minLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      var valid10 = _errs31 === errors;
      var valid1 = _errs30 === errors;
    }
    if (data.maxLength !== undefined) {
      let data12 = data.maxLength;
      const _errs33 = errors;
      const _errs34 = errors;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12))) {
        const err24 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      const _errs35 = errors;
      if (typeof data12 == "number") {
        if (data12 < 0 || isNaN(data12)) {
          const err25 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      var valid11 = _errs34 === errors;
      var valid1 = _errs33 === errors;
    }
    if (data.pattern !== undefined) {
      let data13 = data.pattern;
      const _errs36 = errors;
      const _errs37 = errors;
      const _errs38 = errors;
      if (typeof data13 === "string") {
        if (func2(data13) < 1) {
          const err26 = {
            instancePath: instancePath + "/pattern",
            schemaPath: "#/definitions/regex/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/definitions/regex/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var valid12 = _errs37 === errors;
      var valid1 = _errs36 === errors;
    }
    if (data.minItems !== undefined) {
      let data14 = data.minItems;
      const _errs39 = errors;
      const _errs40 = errors;
      if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14))) {
        const err28 = {
          instancePath: instancePath + "/minItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      const _errs41 = errors;
      if (typeof data14 == "number") {
        if (data14 < 0 || isNaN(data14)) {
          const err29 = {
            instancePath: instancePath + "/minItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      var valid13 = _errs40 === errors;
      var valid1 = _errs39 === errors;
    }
    if (data.maxItems !== undefined) {
      let data15 = data.maxItems;
      const _errs42 = errors;
      const _errs43 = errors;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15))) {
        const err30 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs44 = errors;
      if (typeof data15 == "number") {
        if (data15 < 0 || isNaN(data15)) {
          const err31 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      var valid14 = _errs43 === errors;
      var valid1 = _errs42 === errors;
    }
    if (data.items !== undefined) {
      let data16 = data.items;
      const _errs45 = errors;
      if (
        !validate27(data16, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs45 === errors;
    }
    if (data.values !== undefined) {
      let data17 = data.values;
      const _errs46 = errors;
      if (
        !validate27(data17, {
          instancePath: instancePath + "/values",
          parentData: data,
          parentDataProperty: "values",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs46 === errors;
    }
    if (data.fields !== undefined) {
      let data18 = data.fields;
      const _errs47 = errors;
      const _errs48 = errors;
      if (Array.isArray(data18)) {
        let valid16 = true;
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data19 = data18[i1];
          const _errs49 = errors;
          if (
            !validate26(data19, {
              instancePath: instancePath + "/fields/" + i1,
              parentData: data18,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          } else {
          }
          var valid15 = _errs49 === errors;
          if (!valid15) {
            valid16 = false;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var valid1 = _errs47 === errors;
    }
    if (data.variantsBy !== undefined) {
      let data20 = data.variantsBy;
      const _errs50 = errors;
      const _errs51 = errors;
      const _errs52 = errors;
      if (typeof data20 === "string") {
        if (!pattern19.test(data20)) {
          const err33 = {
            instancePath: instancePath + "/variantsBy",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + "/variantsBy",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var valid17 = _errs51 === errors;
      var valid1 = _errs50 === errors;
    }
    if (data.variants !== undefined) {
      let data21 = data.variants;
      const _errs53 = errors;
      const _errs54 = errors;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err35 = {
            instancePath: instancePath + "/variants",
            schemaPath: "#/properties/variants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        let valid19 = true;
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          const _errs55 = errors;
          const _errs56 = errors;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.when === undefined) {
              const err36 = {
                instancePath: instancePath + "/variants/" + i2,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property '" + "when" + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data22.fields === undefined) {
              const err37 = {
                instancePath: instancePath + "/variants/" + i2,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            const _errs57 = errors;
            for (const key1 in data22) {
              if (!(key1 === "when" || key1 === "fields")) {
                const err38 = {
                  instancePath: instancePath + "/variants/" + i2,
                  schemaPath: "#/properties/variants/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data22.when !== undefined) {
              let data23 = data22.when;
              const _errs58 = errors;
              const _errs59 = errors;
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err39 = {
                    instancePath: instancePath + "/variants/" + i2 + "/when",
                    schemaPath: "#/properties/variants/items/properties/when/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = {
                  instancePath: instancePath + "/variants/" + i2 + "/when",
                  schemaPath: "#/properties/variants/items/properties/when/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var valid20 = _errs58 === errors;
            }
            if (data22.fields !== undefined) {
              let data24 = data22.fields;
              const _errs60 = errors;
              const _errs61 = errors;
              if (Array.isArray(data24)) {
                let valid22 = true;
                const len3 = data24.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data25 = data24[i3];
                  const _errs62 = errors;
                  if (
                    !validate26(data25, {
                      instancePath: instancePath + "/variants/" + i2 + "/fields/" + i3,
                      parentData: data24,
                      parentDataProperty: i3,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid21 = _errs62 === errors;
                  if (!valid21) {
                    valid22 = false;
                  }
                }
              } else {
                const err41 = {
                  instancePath: instancePath + "/variants/" + i2 + "/fields",
                  schemaPath: "#/properties/variants/items/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var valid20 = _errs60 === errors;
            }
          } else {
            const err42 = {
              instancePath: instancePath + "/variants/" + i2,
              schemaPath: "#/properties/variants/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var valid18 = _errs55 === errors;
          if (!valid18) {
            valid19 = false;
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/variants",
          schemaPath: "#/properties/variants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      var valid1 = _errs53 === errors;
    }
    if (data.example !== undefined) {
      let data26 = data.example;
      const _errs63 = errors;
      if (typeof data26 !== "string") {
        const err44 = {
          instancePath: instancePath + "/example",
          schemaPath: "#/properties/example/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      const _errs64 = errors;
      var valid1 = _errs63 === errors;
    }
    if (data.description !== undefined) {
      let data27 = data.description;
      const _errs65 = errors;
      const _errs66 = errors;
      if (typeof data27 !== "string") {
        const err45 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      const _errs67 = errors;
      var valid23 = _errs66 === errors;
      var valid1 = _errs65 === errors;
    }
    if (data.deprecated !== undefined) {
      let data28 = data.deprecated;
      const _errs68 = errors;
      if (typeof data28 !== "boolean") {
        const err46 = {
          instancePath: instancePath + "/deprecated",
          schemaPath: "#/properties/deprecated/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      const _errs69 = errors;
      var valid1 = _errs68 === errors;
    }
  } else {
    const err47 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
const schema114 = {
  type: "object",
  additionalProperties: false,
  required: ["id", "kind", "method", "path", "successStatus", "summary"],
  properties: {
    id: {
      $ref: "#/definitions/pascalName",
      description: "The operation id, as the API's own OpenAPI document names it.",
    },
    kind: {
      enum: ["create", "fetch", "list", "update", "delete", "action"],
      description:
        "create, fetch, list, update and delete name the function from the resource (createFactor, listFactors); an action needs `name`.",
    },
    name: {
      type: "string",
      pattern: "^[a-z][A-Za-z0-9]*$",
      description: "The generated function's name; required for an action.",
    },
    tags: { type: "array", items: { type: "string", minLength: 1 } },
    method: {
      enum: ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"],
      description: "HEAD and OPTIONS operations are actions; a HEAD answer has headers and no body.",
    },
    baseUrl: {
      type: "string",
      minLength: 1,
      description:
        "The operation's own server URL, when not the service's; it may use the service's server variables.",
    },
    path: {
      anyOf: [
        { enum: ["list", "instance"] },
        {
          type: "string",
          pattern: "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
        },
      ],
      description: "The resource's list or instance path, or a path template of its own.",
    },
    successStatus: {
      anyOf: [
        { type: "integer", minimum: 200, maximum: 399 },
        { type: "array", minItems: 1, items: { type: "integer", minimum: 200, maximum: 399 } },
      ],
      description:
        "The statuses that mean success, the usual one first: 2xx, or 3xx for an operation the API answers with a redirect by design (the client returns it, with its Location, and never follows it).",
    },
    response: {
      $ref: "#/definitions/responseBody",
      description:
        "The body every success status answers: a model's name, a JSON type expression (nullable: true for one that may be null), or { content: text | binary, mediaType }. Without it (and without responses) the answer has no body.",
    },
    responses: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^2[0-9][0-9]$" },
      additionalProperties: { oneOf: [{ const: "none" }, { $ref: "#/definitions/responseBody" }] },
      description:
        "Instead of response, where success statuses answer different bodies: each status of successStatus (its keys, the same set) with its body, or none for an answer without one ({ 200: Pet, 202: Job, 204: none }). The function returns { status, body } discriminated by status.",
    },
    body: {
      enum: ["form", "json", "multipart"],
      description:
        "How body parameters travel: form-urlencoded (the default), one JSON object, or multipart/form-data parts (files among them: parameters of type binary).",
    },
    requestBody: { $ref: "#/definitions/requestBody" },
    additionalBodyProperties: {
      type: "boolean",
      description:
        "With body: json, the body also takes properties no parameter names (any JSON value each), sent under the names the caller gives: a free-form object when there are no body parameters.",
    },
    idempotencyKey: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        header: {
          type: "string",
          minLength: 1,
          description: "The header the key travels in, such as Idempotency-Key.",
        },
        parameter: {
          type: "string",
          minLength: 1,
          description:
            "The body parameter (its wire name) the key travels in; a declared string parameter of the operation.",
        },
      },
      description:
        "Where the API takes an idempotency key for this write: the client sends a fresh key per call (or the caller's), the same on every retry, and retries the write after a 5xx or a connection failure too. Without it a write is retried only after a 429.",
    },
    summary: { $ref: "#/definitions/description" },
    deprecated: { type: "boolean" },
    parameters: { type: "array", items: { $ref: "#/definitions/parameter" } },
    exactlyOneOf: {
      type: "array",
      items: { type: "array", minItems: 2, items: { $ref: "#/definitions/wireName" } },
      description: "Groups of parameters (wire names) of which exactly one must be given.",
    },
    atLeastOneOf: {
      type: "array",
      items: { type: "array", minItems: 2, items: { $ref: "#/definitions/wireName" } },
      description: "Groups of parameters (wire names) of which at least one must be given.",
    },
    examples: { type: "array", items: { $ref: "#/definitions/example" } },
    stream: {
      description:
        "For list: its lazily auto-paginating stream, which every list has unless this is `false`; an object gives the stream's own summary or function name.",
      anyOf: [
        { const: false },
        {
          type: "object",
          additionalProperties: false,
          required: ["summary"],
          properties: {
            summary: { $ref: "#/definitions/description" },
            name: { type: "string", pattern: "^[a-z][A-Za-z0-9]*$" },
          },
        },
      ],
    },
    pagination: {
      description:
        "For list: how its responses page when not as the service's `pagination` says; `none` for a list answered in one response, with no next page.",
      anyOf: [{ const: "none" }, { $ref: "#/definitions/pagination" }],
    },
    security: {
      $ref: "#/definitions/security",
      description: "What this operation needs, when not the service's default; [] for none.",
    },
  },
};
const schema166 = {
  type: "object",
  additionalProperties: false,
  required: ["title", "params"],
  description: "A call shown in the generated docs; the tests check that it passes the generated validators.",
  properties: {
    title: { type: "string", minLength: 1 },
    params: { type: "object", description: "Parameter values by wire name." },
  },
};
const pattern84 = new RegExp("^2[0-9][0-9]$", "u");
const schema116 = {
  oneOf: [
    { $ref: "#/definitions/pascalName" },
    { $ref: "#/definitions/jsonBody" },
    { $ref: "#/definitions/contentBody" },
  ],
  description:
    "A success body: a model's name (of one item, for list), a JSON type expression (an array ({ type: array, items: { model: Pet } }), a scalar ({ type: string }), a map ({ type: map, values: { type: integer } }), { model: Pet, nullable: true } for Pet or null), or content that is not JSON ({ content: text, mediaType: text/csv }, { content: binary, mediaType: application/pdf }).",
};
const schema130 = {
  type: "object",
  additionalProperties: false,
  required: ["content"],
  description:
    "A success body that is not JSON: text (a string in the client) or binary (a Download the caller streams or reads whole).",
  properties: {
    content: {
      enum: ["text", "binary"],
      description:
        "text: the client returns the body as a string; binary: a Download (its stream, blob() or bytes()), never buffered before the caller asks.",
    },
    mediaType: {
      type: "string",
      pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+$",
      description:
        "The media type the API answers (text/csv, application/pdf, image/png); text/plain or application/octet-stream by default. The client asks for it in Accept.",
    },
  },
};
const pattern83 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+$", "u");
const schema118 = {
  type: "object",
  additionalProperties: false,
  oneOf: [{ required: ["type"] }, { required: ["model"] }],
  properties: {
    type: {
      enum: [
        "string",
        "integer",
        "number",
        "boolean",
        "date-time",
        "array",
        "object",
        "map",
        "json",
        "union",
      ],
      description:
        "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf.",
    },
    model: {
      $ref: "#/definitions/pascalName",
      description: "Instead of type: a reference to a named model.",
    },
    nullable: {
      type: "boolean",
      description: "The API may answer JSON null instead of this body: the client returns the type or null.",
    },
    enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
    format: { $ref: "#/definitions/format" },
    minimum: { $ref: "#/definitions/bound" },
    maximum: { $ref: "#/definitions/bound" },
    minLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    maxLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    pattern: { $ref: "#/definitions/regex" },
    minItems: { $ref: "#/definitions/length" },
    maxItems: { $ref: "#/definitions/length" },
    items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
    values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
    oneOf: {
      type: "array",
      items: { $ref: "#/definitions/typeExpr" },
      description: "For union: its branches, the types a value may have (responses only).",
    },
    discriminator: { $ref: "#/definitions/discriminator" },
    fields: {
      type: "array",
      items: { $ref: "#/definitions/field" },
      description: "For object: its known fields.",
    },
    variantsBy: {
      $ref: "#/definitions/wireName",
      description: "For object: the sibling enum field whose value selects one of `variants`.",
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["when", "fields"],
        properties: {
          when: { type: "string", minLength: 1 },
          fields: { type: "array", items: { $ref: "#/definitions/field" } },
        },
      },
    },
  },
  description:
    "A JSON success body: a type expression (an array, a scalar, a map, or { model: Name }), nullable when the API may answer JSON null.",
};
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property '" + "model" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs4 = errors;
    for (const key0 in data) {
      if (!func3.call(schema118.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      const _errs5 = errors;
      const vSchema0 = schema118.properties.type.enum;
      if (!(
        data0 === "string" ||
        data0 === "integer" ||
        data0 === "number" ||
        data0 === "boolean" ||
        data0 === "date-time" ||
        data0 === "array" ||
        data0 === "object" ||
        data0 === "map" ||
        data0 === "json" ||
        data0 === "union"
      )) {
        const err4 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema118.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
    }
    if (data.model !== undefined) {
      let data1 = data.model;
      const _errs6 = errors;
      const _errs7 = errors;
      const _errs8 = errors;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid2 = _errs7 === errors;
      var valid1 = _errs6 === errors;
    }
    if (data.nullable !== undefined) {
      let data2 = data.nullable;
      const _errs9 = errors;
      if (typeof data2 !== "boolean") {
        const err7 = {
          instancePath: instancePath + "/nullable",
          schemaPath: "#/properties/nullable/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _errs10 = errors;
      var valid1 = _errs9 === errors;
    }
    if (data.enum !== undefined) {
      let data3 = data.enum;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/definitions/enumValues/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        let valid5 = true;
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs14 = errors;
          const _errs15 = errors;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err9 = {
                instancePath: instancePath + "/enum/" + i0,
                schemaPath: "#/definitions/enumValues/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/enum/" + i0,
              schemaPath: "#/definitions/enumValues/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var valid4 = _errs14 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/definitions/enumValues/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid3 = _errs12 === errors;
      var valid1 = _errs11 === errors;
    }
    if (data.format !== undefined) {
      let data5 = data.format;
      const _errs16 = errors;
      const _errs17 = errors;
      const vSchema1 = schema68.enum;
      if (!(
        data5 === "base32" ||
        data5 === "base64" ||
        data5 === "spki-base64" ||
        data5 === "ec-p256-spki" ||
        data5 === "uri" ||
        data5 === "e164" ||
        data5 === "date-time"
      )) {
        const err12 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/definitions/format/enum",
          keyword: "enum",
          params: { allowedValues: schema68.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid6 = _errs17 === errors;
      var valid1 = _errs16 === errors;
    }
    if (data.minimum !== undefined) {
      let data6 = data.minimum;
      const _errs18 = errors;
      const _errs19 = errors;
      if (!(typeof data6 == "number")) {
        const err13 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      const _errs20 = errors;
      var valid7 = _errs19 === errors;
      var valid1 = _errs18 === errors;
    }
    if (data.maximum !== undefined) {
      let data7 = data.maximum;
      const _errs21 = errors;
      const _errs22 = errors;
      if (!(typeof data7 == "number")) {
        const err14 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs23 = errors;
      var valid8 = _errs22 === errors;
      var valid1 = _errs21 === errors;
    }
    if (data.minLength !== undefined) {
      let data8 = data.minLength;
      const _errs24 = errors;
      const _errs25 = errors;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8))) {
        const err15 = {
          instancePath: instancePath + "/minLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs26 = errors;
      if (typeof data8 == "number") {
        if (data8 < 0 || isNaN(data8)) {
          const err16 = {
            instancePath: instancePath + "/minLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      var valid9 = _errs25 === errors;
      var valid1 = _errs24 === errors;
    }
    if (data.maxLength !== undefined) {
      let data9 = data.maxLength;
      const _errs27 = errors;
      const _errs28 = errors;
      if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9))) {
        const err17 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      const _errs29 = errors;
      if (typeof data9 == "number") {
        if (data9 < 0 || isNaN(data9)) {
          const err18 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      var valid10 = _errs28 === errors;
      var valid1 = _errs27 === errors;
    }
    if (data.pattern !== undefined) {
      let data10 = data.pattern;
      const _errs30 = errors;
      const _errs31 = errors;
      const _errs32 = errors;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err19 = {
            instancePath: instancePath + "/pattern",
            schemaPath: "#/definitions/regex/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/definitions/regex/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid11 = _errs31 === errors;
      var valid1 = _errs30 === errors;
    }
    if (data.minItems !== undefined) {
      let data11 = data.minItems;
      const _errs33 = errors;
      const _errs34 = errors;
      if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11))) {
        const err21 = {
          instancePath: instancePath + "/minItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      const _errs35 = errors;
      if (typeof data11 == "number") {
        if (data11 < 0 || isNaN(data11)) {
          const err22 = {
            instancePath: instancePath + "/minItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      var valid12 = _errs34 === errors;
      var valid1 = _errs33 === errors;
    }
    if (data.maxItems !== undefined) {
      let data12 = data.maxItems;
      const _errs36 = errors;
      const _errs37 = errors;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12))) {
        const err23 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      const _errs38 = errors;
      if (typeof data12 == "number") {
        if (data12 < 0 || isNaN(data12)) {
          const err24 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      var valid13 = _errs37 === errors;
      var valid1 = _errs36 === errors;
    }
    if (data.items !== undefined) {
      let data13 = data.items;
      const _errs39 = errors;
      if (
        !validate27(data13, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs39 === errors;
    }
    if (data.values !== undefined) {
      let data14 = data.values;
      const _errs40 = errors;
      if (
        !validate27(data14, {
          instancePath: instancePath + "/values",
          parentData: data,
          parentDataProperty: "values",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs40 === errors;
    }
    if (data.oneOf !== undefined) {
      let data15 = data.oneOf;
      const _errs41 = errors;
      const _errs42 = errors;
      if (Array.isArray(data15)) {
        let valid15 = true;
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          const _errs43 = errors;
          if (
            !validate27(data16, {
              instancePath: instancePath + "/oneOf/" + i1,
              parentData: data15,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          } else {
          }
          var valid14 = _errs43 === errors;
          if (!valid14) {
            valid15 = false;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/oneOf",
          schemaPath: "#/properties/oneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid1 = _errs41 === errors;
    }
    if (data.discriminator !== undefined) {
      let data17 = data.discriminator;
      const _errs44 = errors;
      if (
        !validate28(data17, {
          instancePath: instancePath + "/discriminator",
          parentData: data,
          parentDataProperty: "discriminator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs44 === errors;
    }
    if (data.fields !== undefined) {
      let data18 = data.fields;
      const _errs45 = errors;
      const _errs46 = errors;
      if (Array.isArray(data18)) {
        let valid17 = true;
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data19 = data18[i2];
          const _errs47 = errors;
          if (
            !validate26(data19, {
              instancePath: instancePath + "/fields/" + i2,
              parentData: data18,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          } else {
          }
          var valid16 = _errs47 === errors;
          if (!valid16) {
            valid17 = false;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var valid1 = _errs45 === errors;
    }
    if (data.variantsBy !== undefined) {
      let data20 = data.variantsBy;
      const _errs48 = errors;
      const _errs49 = errors;
      const _errs50 = errors;
      if (typeof data20 === "string") {
        if (!pattern19.test(data20)) {
          const err27 = {
            instancePath: instancePath + "/variantsBy",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/variantsBy",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var valid18 = _errs49 === errors;
      var valid1 = _errs48 === errors;
    }
    if (data.variants !== undefined) {
      let data21 = data.variants;
      const _errs51 = errors;
      const _errs52 = errors;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err29 = {
            instancePath: instancePath + "/variants",
            schemaPath: "#/properties/variants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        let valid20 = true;
        const len3 = data21.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data22 = data21[i3];
          const _errs53 = errors;
          const _errs54 = errors;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.when === undefined) {
              const err30 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property '" + "when" + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data22.fields === undefined) {
              const err31 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            const _errs55 = errors;
            for (const key1 in data22) {
              if (!(key1 === "when" || key1 === "fields")) {
                const err32 = {
                  instancePath: instancePath + "/variants/" + i3,
                  schemaPath: "#/properties/variants/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data22.when !== undefined) {
              let data23 = data22.when;
              const _errs56 = errors;
              const _errs57 = errors;
              if (typeof data23 === "string") {
                if (func2(data23) < 1) {
                  const err33 = {
                    instancePath: instancePath + "/variants/" + i3 + "/when",
                    schemaPath: "#/properties/variants/items/properties/when/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = {
                  instancePath: instancePath + "/variants/" + i3 + "/when",
                  schemaPath: "#/properties/variants/items/properties/when/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              var valid21 = _errs56 === errors;
            }
            if (data22.fields !== undefined) {
              let data24 = data22.fields;
              const _errs58 = errors;
              const _errs59 = errors;
              if (Array.isArray(data24)) {
                let valid23 = true;
                const len4 = data24.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data25 = data24[i4];
                  const _errs60 = errors;
                  if (
                    !validate26(data25, {
                      instancePath: instancePath + "/variants/" + i3 + "/fields/" + i4,
                      parentData: data24,
                      parentDataProperty: i4,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid22 = _errs60 === errors;
                  if (!valid22) {
                    valid23 = false;
                  }
                }
              } else {
                const err35 = {
                  instancePath: instancePath + "/variants/" + i3 + "/fields",
                  schemaPath: "#/properties/variants/items/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              var valid21 = _errs58 === errors;
            }
          } else {
            const err36 = {
              instancePath: instancePath + "/variants/" + i3,
              schemaPath: "#/properties/variants/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var valid19 = _errs53 === errors;
          if (!valid19) {
            valid20 = false;
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + "/variants",
          schemaPath: "#/properties/variants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var valid1 = _errs51 === errors;
    }
  } else {
    const err38 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  const _errs2 = errors;
  const _errs3 = errors;
  if (typeof data === "string") {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/definitions/pascalName/pattern",
        keyword: "pattern",
        params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
        message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/definitions/pascalName/type",
      keyword: "type",
      params: { type: "string" },
      message: "must be string",
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var valid1 = _errs2 === errors;
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  if (!validate48(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
    errors = vErrors.length;
  } else {
  }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs5 = errors;
    const _errs6 = errors;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/definitions/contentBody/required",
          keyword: "required",
          params: { missingProperty: "content" },
          message: "must have required property '" + "content" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const _errs8 = errors;
      for (const key0 in data) {
        if (!(key0 === "content" || key0 === "mediaType")) {
          const err3 = {
            instancePath,
            schemaPath: "#/definitions/contentBody/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key0 },
            message: "must NOT have additional properties",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.content !== undefined) {
        let data0 = data.content;
        const _errs9 = errors;
        const vSchema0 = schema130.properties.content.enum;
        if (!(data0 === "text" || data0 === "binary")) {
          const err4 = {
            instancePath: instancePath + "/content",
            schemaPath: "#/definitions/contentBody/properties/content/enum",
            keyword: "enum",
            params: { allowedValues: schema130.properties.content.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var valid3 = _errs9 === errors;
      }
      if (data.mediaType !== undefined) {
        let data1 = data.mediaType;
        const _errs10 = errors;
        const _errs11 = errors;
        if (typeof data1 === "string") {
          if (!pattern83.test(data1)) {
            const err5 = {
              instancePath: instancePath + "/mediaType",
              schemaPath: "#/definitions/contentBody/properties/mediaType/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+$" },
              message: 'must match pattern "' + "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+$" + '"',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = {
            instancePath: instancePath + "/mediaType",
            schemaPath: "#/definitions/contentBody/properties/mediaType/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var valid3 = _errs10 === errors;
      }
    } else {
      const err7 = {
        instancePath,
        schemaPath: "#/definitions/contentBody/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var valid2 = _errs6 === errors;
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err8 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
const schema131 = {
  type: "object",
  additionalProperties: false,
  required: ["content", "description"],
  description:
    "Instead of body parameters, the whole request body as one value, taken by the function as an argument of its own: JSON of any type ({ content: json, type: union, oneOf: [...] }, an array, a scalar), text ({ content: text, mediaType: text/csv }) or binary content ({ content: binary, mediaType: application/zip }: a Blob, Uint8Array or ReadableStream).",
  properties: {
    content: {
      enum: ["json", "text", "binary"],
      description:
        "json: a value of the type the other keys give; text: a string; binary: a Blob, File, Uint8Array or ReadableStream (streamed where the runtime can).",
    },
    mediaType: {
      $ref: "#/definitions/mediaType",
      description:
        "The media type sent in Content-Type; application/json, text/plain or application/octet-stream by default.",
    },
    name: {
      type: "string",
      pattern: "^[a-z][A-Za-z0-9]*$",
      description: "The client's argument name; body by default.",
    },
    description: { $ref: "#/definitions/description" },
    required: {
      type: "boolean",
      description:
        "The caller must pass it (the default); false: it may be undefined, and then no body is sent.",
    },
    type: {
      enum: [
        "string",
        "integer",
        "number",
        "boolean",
        "date-time",
        "array",
        "object",
        "map",
        "json",
        "union",
        "binary",
      ],
      description:
        "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys; union is one of the types in oneOf. binary is a file's bytes (a Blob, File or Uint8Array), in multipart bodies only.",
    },
    model: {
      $ref: "#/definitions/pascalName",
      description: "Instead of type: a reference to a named model.",
    },
    enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
    format: { $ref: "#/definitions/format" },
    minimum: { $ref: "#/definitions/bound" },
    maximum: { $ref: "#/definitions/bound" },
    minLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    maxLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    pattern: { $ref: "#/definitions/regex" },
    minItems: { $ref: "#/definitions/length" },
    maxItems: { $ref: "#/definitions/length" },
    items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
    values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
    oneOf: {
      type: "array",
      items: { $ref: "#/definitions/typeExpr" },
      description:
        "For union: its branches, the types a value may have. In a request (a requestBody's type), branches are inline types, never models.",
    },
    discriminator: { $ref: "#/definitions/discriminator" },
    fields: {
      type: "array",
      items: { $ref: "#/definitions/field" },
      description: "For object: its known fields.",
    },
    variantsBy: {
      $ref: "#/definitions/wireName",
      description: "For object: the sibling enum field whose value selects one of `variants`.",
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["when", "fields"],
        properties: {
          when: { type: "string", minLength: 1 },
          fields: { type: "array", items: { $ref: "#/definitions/field" } },
        },
      },
    },
  },
};
const schema132 = {
  type: "string",
  pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$",
  description: "A media type (application/zip, text/csv; charset=utf-8).",
};
const pattern85 = new RegExp("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$", "u");
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.content === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "content" },
        message: "must have required property '" + "content" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func3.call(schema131.properties, key0)) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.content !== undefined) {
      let data0 = data.content;
      const _errs2 = errors;
      const vSchema0 = schema131.properties.content.enum;
      if (!(data0 === "json" || data0 === "text" || data0 === "binary")) {
        const err3 = {
          instancePath: instancePath + "/content",
          schemaPath: "#/properties/content/enum",
          keyword: "enum",
          params: { allowedValues: schema131.properties.content.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.mediaType !== undefined) {
      let data1 = data.mediaType;
      const _errs3 = errors;
      const _errs4 = errors;
      const _errs5 = errors;
      if (typeof data1 === "string") {
        if (!pattern85.test(data1)) {
          const err4 = {
            instancePath: instancePath + "/mediaType",
            schemaPath: "#/definitions/mediaType/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$" },
            message: 'must match pattern "' + "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/mediaType",
          schemaPath: "#/definitions/mediaType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid1 = _errs4 === errors;
      var valid0 = _errs3 === errors;
    }
    if (data.name !== undefined) {
      let data2 = data.name;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err6 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid0 = _errs6 === errors;
    }
    if (data.description !== undefined) {
      let data3 = data.description;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data3 !== "string") {
        const err8 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs10 = errors;
      var valid2 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.required !== undefined) {
      let data4 = data.required;
      const _errs11 = errors;
      if (typeof data4 !== "boolean") {
        const err9 = {
          instancePath: instancePath + "/required",
          schemaPath: "#/properties/required/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs12 = errors;
      var valid0 = _errs11 === errors;
    }
    if (data.type !== undefined) {
      let data5 = data.type;
      const _errs13 = errors;
      const vSchema1 = schema131.properties.type.enum;
      if (!(
        data5 === "string" ||
        data5 === "integer" ||
        data5 === "number" ||
        data5 === "boolean" ||
        data5 === "date-time" ||
        data5 === "array" ||
        data5 === "object" ||
        data5 === "map" ||
        data5 === "json" ||
        data5 === "union" ||
        data5 === "binary"
      )) {
        const err10 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema131.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.model !== undefined) {
      let data6 = data.model;
      const _errs14 = errors;
      const _errs15 = errors;
      const _errs16 = errors;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err11 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid3 = _errs15 === errors;
      var valid0 = _errs14 === errors;
    }
    if (data.enum !== undefined) {
      let data7 = data.enum;
      const _errs17 = errors;
      const _errs18 = errors;
      const _errs19 = errors;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err13 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/definitions/enumValues/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        let valid6 = true;
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          const _errs20 = errors;
          const _errs21 = errors;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err14 = {
                instancePath: instancePath + "/enum/" + i0,
                schemaPath: "#/definitions/enumValues/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + "/enum/" + i0,
              schemaPath: "#/definitions/enumValues/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid5 = _errs20 === errors;
          if (!valid5) {
            valid6 = false;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/definitions/enumValues/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var valid4 = _errs18 === errors;
      var valid0 = _errs17 === errors;
    }
    if (data.format !== undefined) {
      let data9 = data.format;
      const _errs22 = errors;
      const _errs23 = errors;
      const vSchema2 = schema68.enum;
      if (!(
        data9 === "base32" ||
        data9 === "base64" ||
        data9 === "spki-base64" ||
        data9 === "ec-p256-spki" ||
        data9 === "uri" ||
        data9 === "e164" ||
        data9 === "date-time"
      )) {
        const err17 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/definitions/format/enum",
          keyword: "enum",
          params: { allowedValues: schema68.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid7 = _errs23 === errors;
      var valid0 = _errs22 === errors;
    }
    if (data.minimum !== undefined) {
      let data10 = data.minimum;
      const _errs24 = errors;
      const _errs25 = errors;
      if (!(typeof data10 == "number")) {
        const err18 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      const _errs26 = errors;
      var valid8 = _errs25 === errors;
      var valid0 = _errs24 === errors;
    }
    if (data.maximum !== undefined) {
      let data11 = data.maximum;
      const _errs27 = errors;
      const _errs28 = errors;
      if (!(typeof data11 == "number")) {
        const err19 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _errs29 = errors;
      var valid9 = _errs28 === errors;
      var valid0 = _errs27 === errors;
    }
    if (data.minLength !== undefined) {
      let data12 = data.minLength;
      const _errs30 = errors;
      const _errs31 = errors;
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12))) {
        const err20 = {
          instancePath: instancePath + "/minLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      const _errs32 = errors;
      if (typeof data12 == "number") {
        if (data12 < 0 || isNaN(data12)) {
          const err21 = {
            instancePath: instancePath + "/minLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      var valid10 = _errs31 === errors;
      var valid0 = _errs30 === errors;
    }
    if (data.maxLength !== undefined) {
      let data13 = data.maxLength;
      const _errs33 = errors;
      const _errs34 = errors;
      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13))) {
        const err22 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs35 = errors;
      if (typeof data13 == "number") {
        if (data13 < 0 || isNaN(data13)) {
          const err23 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      var valid11 = _errs34 === errors;
      var valid0 = _errs33 === errors;
    }
    if (data.pattern !== undefined) {
      let data14 = data.pattern;
      const _errs36 = errors;
      const _errs37 = errors;
      const _errs38 = errors;
      if (typeof data14 === "string") {
        if (func2(data14) < 1) {
          const err24 = {
            instancePath: instancePath + "/pattern",
            schemaPath: "#/definitions/regex/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/definitions/regex/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid12 = _errs37 === errors;
      var valid0 = _errs36 === errors;
    }
    if (data.minItems !== undefined) {
      let data15 = data.minItems;
      const _errs39 = errors;
      const _errs40 = errors;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15))) {
        const err26 = {
          instancePath: instancePath + "/minItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs41 = errors;
      if (typeof data15 == "number") {
        if (data15 < 0 || isNaN(data15)) {
          const err27 = {
            instancePath: instancePath + "/minItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      var valid13 = _errs40 === errors;
      var valid0 = _errs39 === errors;
    }
    if (data.maxItems !== undefined) {
      let data16 = data.maxItems;
      const _errs42 = errors;
      const _errs43 = errors;
      if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16))) {
        const err28 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      const _errs44 = errors;
      if (typeof data16 == "number") {
        if (data16 < 0 || isNaN(data16)) {
          const err29 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      var valid14 = _errs43 === errors;
      var valid0 = _errs42 === errors;
    }
    if (data.items !== undefined) {
      let data17 = data.items;
      const _errs45 = errors;
      if (
        !validate27(data17, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs45 === errors;
    }
    if (data.values !== undefined) {
      let data18 = data.values;
      const _errs46 = errors;
      if (
        !validate27(data18, {
          instancePath: instancePath + "/values",
          parentData: data,
          parentDataProperty: "values",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs46 === errors;
    }
    if (data.oneOf !== undefined) {
      let data19 = data.oneOf;
      const _errs47 = errors;
      const _errs48 = errors;
      if (Array.isArray(data19)) {
        let valid16 = true;
        const len1 = data19.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data20 = data19[i1];
          const _errs49 = errors;
          if (
            !validate27(data20, {
              instancePath: instancePath + "/oneOf/" + i1,
              parentData: data19,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          } else {
          }
          var valid15 = _errs49 === errors;
          if (!valid15) {
            valid16 = false;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/oneOf",
          schemaPath: "#/properties/oneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var valid0 = _errs47 === errors;
    }
    if (data.discriminator !== undefined) {
      let data21 = data.discriminator;
      const _errs50 = errors;
      if (
        !validate28(data21, {
          instancePath: instancePath + "/discriminator",
          parentData: data,
          parentDataProperty: "discriminator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs50 === errors;
    }
    if (data.fields !== undefined) {
      let data22 = data.fields;
      const _errs51 = errors;
      const _errs52 = errors;
      if (Array.isArray(data22)) {
        let valid18 = true;
        const len2 = data22.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data23 = data22[i2];
          const _errs53 = errors;
          if (
            !validate26(data23, {
              instancePath: instancePath + "/fields/" + i2,
              parentData: data22,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          } else {
          }
          var valid17 = _errs53 === errors;
          if (!valid17) {
            valid18 = false;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var valid0 = _errs51 === errors;
    }
    if (data.variantsBy !== undefined) {
      let data24 = data.variantsBy;
      const _errs54 = errors;
      const _errs55 = errors;
      const _errs56 = errors;
      if (typeof data24 === "string") {
        if (!pattern19.test(data24)) {
          const err32 = {
            instancePath: instancePath + "/variantsBy",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/variantsBy",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var valid19 = _errs55 === errors;
      var valid0 = _errs54 === errors;
    }
    if (data.variants !== undefined) {
      let data25 = data.variants;
      const _errs57 = errors;
      const _errs58 = errors;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err34 = {
            instancePath: instancePath + "/variants",
            schemaPath: "#/properties/variants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        let valid21 = true;
        const len3 = data25.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data26 = data25[i3];
          const _errs59 = errors;
          const _errs60 = errors;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.when === undefined) {
              const err35 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property '" + "when" + "'",
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data26.fields === undefined) {
              const err36 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            const _errs61 = errors;
            for (const key1 in data26) {
              if (!(key1 === "when" || key1 === "fields")) {
                const err37 = {
                  instancePath: instancePath + "/variants/" + i3,
                  schemaPath: "#/properties/variants/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data26.when !== undefined) {
              let data27 = data26.when;
              const _errs62 = errors;
              const _errs63 = errors;
              if (typeof data27 === "string") {
                if (func2(data27) < 1) {
                  const err38 = {
                    instancePath: instancePath + "/variants/" + i3 + "/when",
                    schemaPath: "#/properties/variants/items/properties/when/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = {
                  instancePath: instancePath + "/variants/" + i3 + "/when",
                  schemaPath: "#/properties/variants/items/properties/when/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var valid22 = _errs62 === errors;
            }
            if (data26.fields !== undefined) {
              let data28 = data26.fields;
              const _errs64 = errors;
              const _errs65 = errors;
              if (Array.isArray(data28)) {
                let valid24 = true;
                const len4 = data28.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data29 = data28[i4];
                  const _errs66 = errors;
                  if (
                    !validate26(data29, {
                      instancePath: instancePath + "/variants/" + i3 + "/fields/" + i4,
                      parentData: data28,
                      parentDataProperty: i4,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid23 = _errs66 === errors;
                  if (!valid23) {
                    valid24 = false;
                  }
                }
              } else {
                const err40 = {
                  instancePath: instancePath + "/variants/" + i3 + "/fields",
                  schemaPath: "#/properties/variants/items/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var valid22 = _errs64 === errors;
            }
          } else {
            const err41 = {
              instancePath: instancePath + "/variants/" + i3,
              schemaPath: "#/properties/variants/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var valid20 = _errs59 === errors;
          if (!valid20) {
            valid21 = false;
          }
        }
      } else {
        const err42 = {
          instancePath: instancePath + "/variants",
          schemaPath: "#/properties/variants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var valid0 = _errs57 === errors;
    }
  } else {
    const err43 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
const schema146 = {
  type: "object",
  additionalProperties: false,
  required: ["name", "in", "description"],
  oneOf: [{ required: ["type"] }, { required: ["model"] }],
  properties: {
    name: {
      type: "string",
      pattern: "^[^\\u0000-\\u001f\\u007f]+$",
      description:
        "The exact name on the wire, byte for byte (`include[]`, `api-version`); in a form or query, dots nest it in the client (`Config.CodeLength` is `config.codeLength`). A header's or cookie's name is an HTTP token.",
    },
    in: { enum: ["query", "body", "header", "cookie"] },
    property: {
      type: "string",
      pattern: "^[a-z][A-Za-z0-9]*$",
      description:
        "The client's property name, where the wire name gives none (`StartTime<` -> startTimeBefore); no nesting.",
    },
    keyPrefix: {
      $ref: "#/definitions/wireName",
      description:
        "For a map or object in a query or form: sent as one key per leaf value, this prefix and the leaf's path joined by dots (AddOns.lookup.mode=full), instead of as JSON text.",
    },
    style: {
      enum: ["form", "spaceDelimited", "pipeDelimited", "tabDelimited", "deepObject", "simple"],
      description:
        "How a query, cookie or header value is written (OpenAPI's styles; tabDelimited is Swagger's tsv). form: arrays repeat the key (id=a&id=b), or with explode: false join items by commas (id=a,b); an object's fields become keys of their own (with explode: false: id=role,admin). spaceDelimited, pipeDelimited, tabDelimited: array items joined by one space, |, or a tab. deepObject: an object as id[role]=admin. simple: a header's array as a,b. Without style: arrays repeat the key, objects travel as JSON text.",
    },
    explode: {
      type: "boolean",
      description:
        "With style form: true (the default) repeats the key per array item and makes an object's fields keys of their own; false joins them into one value by commas.",
    },
    contentType: {
      $ref: "#/definitions/mediaType",
      description:
        "With body: multipart, the part's media type (OpenAPI's encoding.contentType): a file part's (instead of the Blob's own type), or a value's, which then travels as a part with that type. Without it: files as their Blob's type, objects, maps and json as application/json text, other values as plain text.",
    },
    type: {
      enum: [
        "string",
        "integer",
        "number",
        "boolean",
        "date-time",
        "array",
        "object",
        "map",
        "json",
        "binary",
        "union",
      ],
      description:
        "The value's kind. date-time is a Date in the client and ISO 8601 on the wire; json is any JSON value; map has string keys. binary is a file's bytes (a Blob, File or Uint8Array), in multipart bodies only. union (a property of a JSON body only) is one of the types in oneOf.",
    },
    model: {
      $ref: "#/definitions/pascalName",
      description: "Instead of type: a reference to a named model.",
    },
    enum: { $ref: "#/definitions/enumValues", description: "With type string: the allowed values." },
    format: { $ref: "#/definitions/format" },
    minimum: { $ref: "#/definitions/bound" },
    maximum: { $ref: "#/definitions/bound" },
    minLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    maxLength: {
      $ref: "#/definitions/length",
      description: "Strings: code points. map and json: the length of the JSON encoding.",
    },
    pattern: { $ref: "#/definitions/regex" },
    minItems: { $ref: "#/definitions/length" },
    maxItems: { $ref: "#/definitions/length" },
    items: { $ref: "#/definitions/typeExpr", description: "For array: the type of each item." },
    values: { $ref: "#/definitions/typeExpr", description: "For map: the type of each value." },
    oneOf: {
      type: "array",
      items: { $ref: "#/definitions/typeExpr" },
      description:
        "For union: its branches, the types a value may have. In a request (a requestBody's type), branches are inline types, never models.",
    },
    discriminator: { $ref: "#/definitions/discriminator" },
    fields: {
      type: "array",
      items: { $ref: "#/definitions/field" },
      description: "For object: its known fields.",
    },
    variantsBy: {
      $ref: "#/definitions/wireName",
      description: "For object: the sibling enum field whose value selects one of `variants`.",
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["when", "fields"],
        properties: {
          when: { type: "string", minLength: 1 },
          fields: { type: "array", items: { $ref: "#/definitions/field" } },
        },
      },
    },
    default: {
      type: ["string", "number", "boolean"],
      description: "The value the server uses when the parameter is left out (documented, never sent).",
    },
    required: { type: "boolean" },
    requiredWhen: { $ref: "#/definitions/condition" },
    onlyWhen: { $ref: "#/definitions/condition" },
    description: { $ref: "#/definitions/description" },
    deprecated: { type: "boolean" },
  },
};
const schema160 = {
  type: "object",
  description:
    "Holds when the named request parameter (checked by the client) or stored resource field (checked by the server only) has one of the values in `in` (enum values or booleans).",
  additionalProperties: false,
  required: ["in"],
  oneOf: [{ required: ["parameter"] }, { required: ["resourceField"] }],
  properties: {
    parameter: { $ref: "#/definitions/wireName" },
    resourceField: { $ref: "#/definitions/wireName" },
    in: { type: "array", minItems: 1, items: { type: ["string", "boolean"] } },
  },
};
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.parameter === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "parameter" },
        message: "must have required property '" + "parameter" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resourceField === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "resourceField" },
        message: "must have required property '" + "resourceField" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.in === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "in" },
        message: "must have required property '" + "in" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs4 = errors;
    for (const key0 in data) {
      if (!(key0 === "parameter" || key0 === "resourceField" || key0 === "in")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.parameter !== undefined) {
      let data0 = data.parameter;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (!pattern19.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/parameter",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/parameter",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid1 = _errs5 === errors;
    }
    if (data.resourceField !== undefined) {
      let data1 = data.resourceField;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (typeof data1 === "string") {
        if (!pattern19.test(data1)) {
          const err7 = {
            instancePath: instancePath + "/resourceField",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/resourceField",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid3 = _errs9 === errors;
      var valid1 = _errs8 === errors;
    }
    if (data.in !== undefined) {
      let data2 = data.in;
      const _errs11 = errors;
      const _errs12 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err9 = {
            instancePath: instancePath + "/in",
            schemaPath: "#/properties/in/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        let valid5 = true;
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs13 = errors;
          if (typeof data3 !== "string" && typeof data3 !== "boolean") {
            const err10 = {
              instancePath: instancePath + "/in/" + i0,
              schemaPath: "#/properties/in/items/type",
              keyword: "type",
              params: { type: schema160.properties.in.items.type },
              message: "must be string,boolean",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          const _errs14 = errors;
          var valid4 = _errs13 === errors;
          if (!valid4) {
            valid5 = false;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/in",
          schemaPath: "#/properties/in/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid1 = _errs11 === errors;
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/0/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/1/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property '" + "model" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/oneOf",
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property '" + "name" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.in === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "in" },
        message: "must have required property '" + "in" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const _errs4 = errors;
    for (const key0 in data) {
      if (!func3.call(schema146.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      const _errs5 = errors;
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (!pattern8.test(data0)) {
          const err7 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/pattern",
            keyword: "pattern",
            params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" },
            message: 'must match pattern "' + "^[^\\u0000-\\u001f\\u007f]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
    }
    if (data.in !== undefined) {
      let data1 = data.in;
      const _errs7 = errors;
      const vSchema0 = schema146.properties.in.enum;
      if (!(data1 === "query" || data1 === "body" || data1 === "header" || data1 === "cookie")) {
        const err9 = {
          instancePath: instancePath + "/in",
          schemaPath: "#/properties/in/enum",
          keyword: "enum",
          params: { allowedValues: schema146.properties.in.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid1 = _errs7 === errors;
    }
    if (data.property !== undefined) {
      let data2 = data.property;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err10 = {
            instancePath: instancePath + "/property",
            schemaPath: "#/properties/property/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/property",
          schemaPath: "#/properties/property/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid1 = _errs8 === errors;
    }
    if (data.keyPrefix !== undefined) {
      let data3 = data.keyPrefix;
      const _errs10 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if (typeof data3 === "string") {
        if (!pattern19.test(data3)) {
          const err12 = {
            instancePath: instancePath + "/keyPrefix",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/keyPrefix",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var valid2 = _errs11 === errors;
      var valid1 = _errs10 === errors;
    }
    if (data.style !== undefined) {
      let data4 = data.style;
      const _errs13 = errors;
      const vSchema1 = schema146.properties.style.enum;
      if (!(
        data4 === "form" ||
        data4 === "spaceDelimited" ||
        data4 === "pipeDelimited" ||
        data4 === "tabDelimited" ||
        data4 === "deepObject" ||
        data4 === "simple"
      )) {
        const err14 = {
          instancePath: instancePath + "/style",
          schemaPath: "#/properties/style/enum",
          keyword: "enum",
          params: { allowedValues: schema146.properties.style.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid1 = _errs13 === errors;
    }
    if (data.explode !== undefined) {
      let data5 = data.explode;
      const _errs14 = errors;
      if (typeof data5 !== "boolean") {
        const err15 = {
          instancePath: instancePath + "/explode",
          schemaPath: "#/properties/explode/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      const _errs15 = errors;
      var valid1 = _errs14 === errors;
    }
    if (data.contentType !== undefined) {
      let data6 = data.contentType;
      const _errs16 = errors;
      const _errs17 = errors;
      const _errs18 = errors;
      if (typeof data6 === "string") {
        if (!pattern85.test(data6)) {
          const err16 = {
            instancePath: instancePath + "/contentType",
            schemaPath: "#/definitions/mediaType/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$" },
            message: 'must match pattern "' + "^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+(;.*)?$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/contentType",
          schemaPath: "#/definitions/mediaType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid3 = _errs17 === errors;
      var valid1 = _errs16 === errors;
    }
    if (data.type !== undefined) {
      let data7 = data.type;
      const _errs19 = errors;
      const vSchema2 = schema146.properties.type.enum;
      if (!(
        data7 === "string" ||
        data7 === "integer" ||
        data7 === "number" ||
        data7 === "boolean" ||
        data7 === "date-time" ||
        data7 === "array" ||
        data7 === "object" ||
        data7 === "map" ||
        data7 === "json" ||
        data7 === "binary" ||
        data7 === "union"
      )) {
        const err18 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema146.properties.type.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var valid1 = _errs19 === errors;
    }
    if (data.model !== undefined) {
      let data8 = data.model;
      const _errs20 = errors;
      const _errs21 = errors;
      const _errs22 = errors;
      if (typeof data8 === "string") {
        if (!pattern4.test(data8)) {
          const err19 = {
            instancePath: instancePath + "/model",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/model",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid4 = _errs21 === errors;
      var valid1 = _errs20 === errors;
    }
    if (data.enum !== undefined) {
      let data9 = data.enum;
      const _errs23 = errors;
      const _errs24 = errors;
      const _errs25 = errors;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err21 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/definitions/enumValues/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        let valid7 = true;
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          const _errs26 = errors;
          const _errs27 = errors;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err22 = {
                instancePath: instancePath + "/enum/" + i0,
                schemaPath: "#/definitions/enumValues/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/enum/" + i0,
              schemaPath: "#/definitions/enumValues/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          var valid6 = _errs26 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/definitions/enumValues/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid5 = _errs24 === errors;
      var valid1 = _errs23 === errors;
    }
    if (data.format !== undefined) {
      let data11 = data.format;
      const _errs28 = errors;
      const _errs29 = errors;
      const vSchema3 = schema68.enum;
      if (!(
        data11 === "base32" ||
        data11 === "base64" ||
        data11 === "spki-base64" ||
        data11 === "ec-p256-spki" ||
        data11 === "uri" ||
        data11 === "e164" ||
        data11 === "date-time"
      )) {
        const err25 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/definitions/format/enum",
          keyword: "enum",
          params: { allowedValues: schema68.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var valid8 = _errs29 === errors;
      var valid1 = _errs28 === errors;
    }
    if (data.minimum !== undefined) {
      let data12 = data.minimum;
      const _errs30 = errors;
      const _errs31 = errors;
      if (!(typeof data12 == "number")) {
        const err26 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      const _errs32 = errors;
      var valid9 = _errs31 === errors;
      var valid1 = _errs30 === errors;
    }
    if (data.maximum !== undefined) {
      let data13 = data.maximum;
      const _errs33 = errors;
      const _errs34 = errors;
      if (!(typeof data13 == "number")) {
        const err27 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/definitions/bound/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      const _errs35 = errors;
      var valid10 = _errs34 === errors;
      var valid1 = _errs33 === errors;
    }
    if (data.minLength !== undefined) {
      let data14 = data.minLength;
      const _errs36 = errors;
      const _errs37 = errors;
      if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14))) {
        const err28 = {
          instancePath: instancePath + "/minLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      const _errs38 = errors;
      if (typeof data14 == "number") {
        if (data14 < 0 || isNaN(data14)) {
          const err29 = {
            instancePath: instancePath + "/minLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      var valid11 = _errs37 === errors;
      var valid1 = _errs36 === errors;
    }
    if (data.maxLength !== undefined) {
      let data15 = data.maxLength;
      const _errs39 = errors;
      const _errs40 = errors;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15))) {
        const err30 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      const _errs41 = errors;
      if (typeof data15 == "number") {
        if (data15 < 0 || isNaN(data15)) {
          const err31 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      var valid12 = _errs40 === errors;
      var valid1 = _errs39 === errors;
    }
    if (data.pattern !== undefined) {
      let data16 = data.pattern;
      const _errs42 = errors;
      const _errs43 = errors;
      const _errs44 = errors;
      if (typeof data16 === "string") {
        if (func2(data16) < 1) {
          const err32 = {
            instancePath: instancePath + "/pattern",
            schemaPath: "#/definitions/regex/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/definitions/regex/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var valid13 = _errs43 === errors;
      var valid1 = _errs42 === errors;
    }
    if (data.minItems !== undefined) {
      let data17 = data.minItems;
      const _errs45 = errors;
      const _errs46 = errors;
      if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17))) {
        const err34 = {
          instancePath: instancePath + "/minItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      const _errs47 = errors;
      if (typeof data17 == "number") {
        if (data17 < 0 || isNaN(data17)) {
          const err35 = {
            instancePath: instancePath + "/minItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      var valid14 = _errs46 === errors;
      var valid1 = _errs45 === errors;
    }
    if (data.maxItems !== undefined) {
      let data18 = data.maxItems;
      const _errs48 = errors;
      const _errs49 = errors;
      if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18))) {
        const err36 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/length/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      const _errs50 = errors;
      if (typeof data18 == "number") {
        if (data18 < 0 || isNaN(data18)) {
          const err37 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/length/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      var valid15 = _errs49 === errors;
      var valid1 = _errs48 === errors;
    }
    if (data.items !== undefined) {
      let data19 = data.items;
      const _errs51 = errors;
      if (
        !validate27(data19, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs51 === errors;
    }
    if (data.values !== undefined) {
      let data20 = data.values;
      const _errs52 = errors;
      if (
        !validate27(data20, {
          instancePath: instancePath + "/values",
          parentData: data,
          parentDataProperty: "values",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs52 === errors;
    }
    if (data.oneOf !== undefined) {
      let data21 = data.oneOf;
      const _errs53 = errors;
      const _errs54 = errors;
      if (Array.isArray(data21)) {
        let valid17 = true;
        const len1 = data21.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data22 = data21[i1];
          const _errs55 = errors;
          if (
            !validate27(data22, {
              instancePath: instancePath + "/oneOf/" + i1,
              parentData: data21,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          } else {
          }
          var valid16 = _errs55 === errors;
          if (!valid16) {
            valid17 = false;
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + "/oneOf",
          schemaPath: "#/properties/oneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var valid1 = _errs53 === errors;
    }
    if (data.discriminator !== undefined) {
      let data23 = data.discriminator;
      const _errs56 = errors;
      if (
        !validate28(data23, {
          instancePath: instancePath + "/discriminator",
          parentData: data,
          parentDataProperty: "discriminator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs56 === errors;
    }
    if (data.fields !== undefined) {
      let data24 = data.fields;
      const _errs57 = errors;
      const _errs58 = errors;
      if (Array.isArray(data24)) {
        let valid19 = true;
        const len2 = data24.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data25 = data24[i2];
          const _errs59 = errors;
          if (
            !validate26(data25, {
              instancePath: instancePath + "/fields/" + i2,
              parentData: data24,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          } else {
          }
          var valid18 = _errs59 === errors;
          if (!valid18) {
            valid19 = false;
          }
        }
      } else {
        const err39 = {
          instancePath: instancePath + "/fields",
          schemaPath: "#/properties/fields/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var valid1 = _errs57 === errors;
    }
    if (data.variantsBy !== undefined) {
      let data26 = data.variantsBy;
      const _errs60 = errors;
      const _errs61 = errors;
      const _errs62 = errors;
      if (typeof data26 === "string") {
        if (!pattern19.test(data26)) {
          const err40 = {
            instancePath: instancePath + "/variantsBy",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = {
          instancePath: instancePath + "/variantsBy",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      var valid20 = _errs61 === errors;
      var valid1 = _errs60 === errors;
    }
    if (data.variants !== undefined) {
      let data27 = data.variants;
      const _errs63 = errors;
      const _errs64 = errors;
      if (Array.isArray(data27)) {
        if (data27.length < 1) {
          const err42 = {
            instancePath: instancePath + "/variants",
            schemaPath: "#/properties/variants/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        let valid22 = true;
        const len3 = data27.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data28 = data27[i3];
          const _errs65 = errors;
          const _errs66 = errors;
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.when === undefined) {
              const err43 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property '" + "when" + "'",
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data28.fields === undefined) {
              const err44 = {
                instancePath: instancePath + "/variants/" + i3,
                schemaPath: "#/properties/variants/items/required",
                keyword: "required",
                params: { missingProperty: "fields" },
                message: "must have required property '" + "fields" + "'",
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            const _errs67 = errors;
            for (const key1 in data28) {
              if (!(key1 === "when" || key1 === "fields")) {
                const err45 = {
                  instancePath: instancePath + "/variants/" + i3,
                  schemaPath: "#/properties/variants/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data28.when !== undefined) {
              let data29 = data28.when;
              const _errs68 = errors;
              const _errs69 = errors;
              if (typeof data29 === "string") {
                if (func2(data29) < 1) {
                  const err46 = {
                    instancePath: instancePath + "/variants/" + i3 + "/when",
                    schemaPath: "#/properties/variants/items/properties/when/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = {
                  instancePath: instancePath + "/variants/" + i3 + "/when",
                  schemaPath: "#/properties/variants/items/properties/when/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var valid23 = _errs68 === errors;
            }
            if (data28.fields !== undefined) {
              let data30 = data28.fields;
              const _errs70 = errors;
              const _errs71 = errors;
              if (Array.isArray(data30)) {
                let valid25 = true;
                const len4 = data30.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data31 = data30[i4];
                  const _errs72 = errors;
                  if (
                    !validate26(data31, {
                      instancePath: instancePath + "/variants/" + i3 + "/fields/" + i4,
                      parentData: data30,
                      parentDataProperty: i4,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid24 = _errs72 === errors;
                  if (!valid24) {
                    valid25 = false;
                  }
                }
              } else {
                const err48 = {
                  instancePath: instancePath + "/variants/" + i3 + "/fields",
                  schemaPath: "#/properties/variants/items/properties/fields/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var valid23 = _errs70 === errors;
            }
          } else {
            const err49 = {
              instancePath: instancePath + "/variants/" + i3,
              schemaPath: "#/properties/variants/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var valid21 = _errs65 === errors;
          if (!valid21) {
            valid22 = false;
          }
        }
      } else {
        const err50 = {
          instancePath: instancePath + "/variants",
          schemaPath: "#/properties/variants/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var valid1 = _errs63 === errors;
    }
    if (data.default !== undefined) {
      let data32 = data.default;
      const _errs73 = errors;
      if (typeof data32 !== "string" && !(typeof data32 == "number") && typeof data32 !== "boolean") {
        const err51 = {
          instancePath: instancePath + "/default",
          schemaPath: "#/properties/default/type",
          keyword: "type",
          params: { type: schema146.properties.default.type },
          message: "must be string,number,boolean",
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      const _errs74 = errors;
      var valid1 = _errs73 === errors;
    }
    if (data.required !== undefined) {
      let data33 = data.required;
      const _errs75 = errors;
      if (typeof data33 !== "boolean") {
        const err52 = {
          instancePath: instancePath + "/required",
          schemaPath: "#/properties/required/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      const _errs76 = errors;
      var valid1 = _errs75 === errors;
    }
    if (data.requiredWhen !== undefined) {
      let data34 = data.requiredWhen;
      const _errs77 = errors;
      if (
        !validate73(data34, {
          instancePath: instancePath + "/requiredWhen",
          parentData: data,
          parentDataProperty: "requiredWhen",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs77 === errors;
    }
    if (data.onlyWhen !== undefined) {
      let data35 = data.onlyWhen;
      const _errs78 = errors;
      if (
        !validate73(data35, {
          instancePath: instancePath + "/onlyWhen",
          parentData: data,
          parentDataProperty: "onlyWhen",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      } else {
      }
      var valid1 = _errs78 === errors;
    }
    if (data.description !== undefined) {
      let data36 = data.description;
      const _errs79 = errors;
      const _errs80 = errors;
      if (typeof data36 !== "string") {
        const err53 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      const _errs81 = errors;
      var valid26 = _errs80 === errors;
      var valid1 = _errs79 === errors;
    }
    if (data.deprecated !== undefined) {
      let data37 = data.deprecated;
      const _errs82 = errors;
      if (typeof data37 !== "boolean") {
        const err54 = {
          instancePath: instancePath + "/deprecated",
          schemaPath: "#/properties/deprecated/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      const _errs83 = errors;
      var valid1 = _errs82 === errors;
    }
  } else {
    const err55 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property '" + "kind" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.method === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "method" },
        message: "must have required property '" + "method" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.path === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "path" },
        message: "must have required property '" + "path" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.successStatus === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "successStatus" },
        message: "must have required property '" + "successStatus" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "summary" },
        message: "must have required property '" + "summary" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func3.call(schema114.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err7 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      const _errs5 = errors;
      const vSchema0 = schema114.properties.kind.enum;
      if (!(
        data1 === "create" ||
        data1 === "fetch" ||
        data1 === "list" ||
        data1 === "update" ||
        data1 === "delete" ||
        data1 === "action"
      )) {
        const err9 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema114.properties.kind.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid0 = _errs5 === errors;
    }
    if (data.name !== undefined) {
      let data2 = data.name;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err10 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var valid0 = _errs6 === errors;
    }
    if (data.tags !== undefined) {
      let data3 = data.tags;
      const _errs8 = errors;
      const _errs9 = errors;
      if (Array.isArray(data3)) {
        let valid3 = true;
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs10 = errors;
          const _errs11 = errors;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err12 = {
                instancePath: instancePath + "/tags/" + i0,
                schemaPath: "#/properties/tags/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/tags/" + i0,
              schemaPath: "#/properties/tags/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var valid2 = _errs10 === errors;
          if (!valid2) {
            valid3 = false;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/tags",
          schemaPath: "#/properties/tags/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid0 = _errs8 === errors;
    }
    if (data.method !== undefined) {
      let data5 = data.method;
      const _errs12 = errors;
      const vSchema1 = schema114.properties.method.enum;
      if (!(
        data5 === "GET" ||
        data5 === "HEAD" ||
        data5 === "OPTIONS" ||
        data5 === "POST" ||
        data5 === "PUT" ||
        data5 === "PATCH" ||
        data5 === "DELETE"
      )) {
        const err15 = {
          instancePath: instancePath + "/method",
          schemaPath: "#/properties/method/enum",
          keyword: "enum",
          params: { allowedValues: schema114.properties.method.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var valid0 = _errs12 === errors;
    }
    if (data.baseUrl !== undefined) {
      let data6 = data.baseUrl;
      const _errs13 = errors;
      const _errs14 = errors;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = {
            instancePath: instancePath + "/baseUrl",
            schemaPath: "#/properties/baseUrl/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/baseUrl",
          schemaPath: "#/properties/baseUrl/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var valid0 = _errs13 === errors;
    }
    if (data.path !== undefined) {
      let data7 = data.path;
      const _errs15 = errors;
      const _errs16 = errors;
      let valid4 = false;
      const _errs17 = errors;
      const vSchema2 = schema114.properties.path.anyOf[0].enum;
      if (!(data7 === "list" || data7 === "instance")) {
        const err18 = {
          instancePath: instancePath + "/path",
          schemaPath: "#/properties/path/anyOf/0/enum",
          keyword: "enum",
          params: { allowedValues: schema114.properties.path.anyOf[0].enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      valid4 = valid4 || _valid0;
      if (!valid4) {
        const _errs18 = errors;
        const _errs19 = errors;
        if (typeof data7 === "string") {
          if (!pattern71.test(data7)) {
            const err19 = {
              instancePath: instancePath + "/path",
              schemaPath: "#/properties/path/anyOf/1/pattern",
              keyword: "pattern",
              params: {
                pattern:
                  "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
              },
              message:
                'must match pattern "' +
                "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$" +
                '"',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        } else {
          const err20 = {
            instancePath: instancePath + "/path",
            schemaPath: "#/properties/path/anyOf/1/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        var _valid0 = _errs18 === errors;
        valid4 = valid4 || _valid0;
        if (!valid4) {
        }
      }
      if (!valid4) {
        const err21 = {
          instancePath: instancePath + "/path",
          schemaPath: "#/properties/path/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs15 === errors;
    }
    if (data.successStatus !== undefined) {
      let data8 = data.successStatus;
      const _errs20 = errors;
      const _errs21 = errors;
      let valid5 = false;
      const _errs22 = errors;
      if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8))) {
        const err22 = {
          instancePath: instancePath + "/successStatus",
          schemaPath: "#/properties/successStatus/anyOf/0/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs23 = errors;
      if (typeof data8 == "number") {
        if (data8 > 399 || isNaN(data8)) {
          const err23 = {
            instancePath: instancePath + "/successStatus",
            schemaPath: "#/properties/successStatus/anyOf/0/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 399 },
            message: "must be <= 399",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data8 < 200 || isNaN(data8)) {
          const err24 = {
            instancePath: instancePath + "/successStatus",
            schemaPath: "#/properties/successStatus/anyOf/0/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 200 },
            message: "must be >= 200",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      var _valid1 = _errs22 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const _errs24 = errors;
        const _errs25 = errors;
        if (Array.isArray(data8)) {
          if (data8.length < 1) {
            const err25 = {
              instancePath: instancePath + "/successStatus",
              schemaPath: "#/properties/successStatus/anyOf/1/minItems",
              keyword: "minItems",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 items",
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          let valid7 = true;
          const len1 = data8.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data9 = data8[i1];
            const _errs26 = errors;
            if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9))) {
              const err26 = {
                instancePath: instancePath + "/successStatus/" + i1,
                schemaPath: "#/properties/successStatus/anyOf/1/items/type",
                keyword: "type",
                params: { type: "integer" },
                message: "must be integer",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            const _errs27 = errors;
            if (typeof data9 == "number") {
              if (data9 > 399 || isNaN(data9)) {
                const err27 = {
                  instancePath: instancePath + "/successStatus/" + i1,
                  schemaPath: "#/properties/successStatus/anyOf/1/items/maximum",
                  keyword: "maximum",
                  params: { comparison: "<=", limit: 399 },
                  message: "must be <= 399",
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (data9 < 200 || isNaN(data9)) {
                const err28 = {
                  instancePath: instancePath + "/successStatus/" + i1,
                  schemaPath: "#/properties/successStatus/anyOf/1/items/minimum",
                  keyword: "minimum",
                  params: { comparison: ">=", limit: 200 },
                  message: "must be >= 200",
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            var valid6 = _errs26 === errors;
            if (!valid6) {
              valid7 = false;
            }
          }
        } else {
          const err29 = {
            instancePath: instancePath + "/successStatus",
            schemaPath: "#/properties/successStatus/anyOf/1/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        var _valid1 = _errs24 === errors;
        valid5 = valid5 || _valid1;
        if (!valid5) {
        }
      }
      if (!valid5) {
        const err30 = {
          instancePath: instancePath + "/successStatus",
          schemaPath: "#/properties/successStatus/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs20 === errors;
    }
    if (data.response !== undefined) {
      let data10 = data.response;
      const _errs28 = errors;
      if (
        !validate47(data10, {
          instancePath: instancePath + "/response",
          parentData: data,
          parentDataProperty: "response",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs28 === errors;
    }
    if (data.responses !== undefined) {
      let data11 = data.responses;
      const _errs29 = errors;
      const _errs30 = errors;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (Object.keys(data11).length < 1) {
          const err31 = {
            instancePath: instancePath + "/responses",
            schemaPath: "#/properties/responses/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key1 in data11) {
          const _errs31 = errors;
          if (typeof key1 === "string") {
            if (!pattern84.test(key1)) {
              const err32 = {
                instancePath: instancePath + "/responses",
                schemaPath: "#/properties/responses/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^2[0-9][0-9]$" },
                message: 'must match pattern "' + "^2[0-9][0-9]$" + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          var valid8 = _errs31 === errors;
          if (!valid8) {
            const err33 = {
              instancePath: instancePath + "/responses",
              schemaPath: "#/properties/responses/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        const _errs32 = errors;
        for (const key2 in data11) {
          let data12 = data11[key2];
          const _errs33 = errors;
          const _errs34 = errors;
          let valid10 = false;
          let passing0 = null;
          const _errs35 = errors;
          if ("none" !== data12) {
            const err34 = {
              instancePath: instancePath + "/responses/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/responses/additionalProperties/oneOf/0/const",
              keyword: "const",
              params: { allowedValue: "none" },
              message: "must be equal to constant",
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var _valid2 = _errs35 === errors;
          if (_valid2) {
            valid10 = true;
            passing0 = 0;
          }
          const _errs36 = errors;
          if (
            !validate47(data12, {
              instancePath: instancePath + "/responses/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data11,
              parentDataProperty: key2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          } else {
          }
          var _valid2 = _errs36 === errors;
          if (_valid2 && valid10) {
            valid10 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid2) {
              valid10 = true;
              passing0 = 1;
            }
          }
          if (!valid10) {
            const err35 = {
              instancePath: instancePath + "/responses/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/responses/additionalProperties/oneOf",
              keyword: "oneOf",
              params: { passingSchemas: passing0 },
              message: "must match exactly one schema in oneOf",
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
          var valid9 = _errs33 === errors;
        }
      } else {
        const err36 = {
          instancePath: instancePath + "/responses",
          schemaPath: "#/properties/responses/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var valid0 = _errs29 === errors;
    }
    if (data.body !== undefined) {
      let data13 = data.body;
      const _errs37 = errors;
      const vSchema3 = schema114.properties.body.enum;
      if (!(data13 === "form" || data13 === "json" || data13 === "multipart")) {
        const err37 = {
          instancePath: instancePath + "/body",
          schemaPath: "#/properties/body/enum",
          keyword: "enum",
          params: { allowedValues: schema114.properties.body.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var valid0 = _errs37 === errors;
    }
    if (data.requestBody !== undefined) {
      let data14 = data.requestBody;
      const _errs38 = errors;
      if (
        !validate58(data14, {
          instancePath: instancePath + "/requestBody",
          parentData: data,
          parentDataProperty: "requestBody",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs38 === errors;
    }
    if (data.additionalBodyProperties !== undefined) {
      let data15 = data.additionalBodyProperties;
      const _errs39 = errors;
      if (typeof data15 !== "boolean") {
        const err38 = {
          instancePath: instancePath + "/additionalBodyProperties",
          schemaPath: "#/properties/additionalBodyProperties/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      const _errs40 = errors;
      var valid0 = _errs39 === errors;
    }
    if (data.idempotencyKey !== undefined) {
      let data16 = data.idempotencyKey;
      const _errs41 = errors;
      const _errs42 = errors;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (Object.keys(data16).length > 1) {
          const err39 = {
            instancePath: instancePath + "/idempotencyKey",
            schemaPath: "#/properties/idempotencyKey/maxProperties",
            keyword: "maxProperties",
            params: { limit: 1 },
            message: "must NOT have more than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (Object.keys(data16).length < 1) {
          const err40 = {
            instancePath: instancePath + "/idempotencyKey",
            schemaPath: "#/properties/idempotencyKey/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        const _errs43 = errors;
        for (const key3 in data16) {
          if (!(key3 === "header" || key3 === "parameter")) {
            const err41 = {
              instancePath: instancePath + "/idempotencyKey",
              schemaPath: "#/properties/idempotencyKey/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data16.header !== undefined) {
          let data17 = data16.header;
          const _errs44 = errors;
          const _errs45 = errors;
          if (typeof data17 === "string") {
            if (func2(data17) < 1) {
              const err42 = {
                instancePath: instancePath + "/idempotencyKey/header",
                schemaPath: "#/properties/idempotencyKey/properties/header/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = {
              instancePath: instancePath + "/idempotencyKey/header",
              schemaPath: "#/properties/idempotencyKey/properties/header/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          var valid11 = _errs44 === errors;
        }
        if (data16.parameter !== undefined) {
          let data18 = data16.parameter;
          const _errs46 = errors;
          const _errs47 = errors;
          if (typeof data18 === "string") {
            if (func2(data18) < 1) {
              const err44 = {
                instancePath: instancePath + "/idempotencyKey/parameter",
                schemaPath: "#/properties/idempotencyKey/properties/parameter/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + "/idempotencyKey/parameter",
              schemaPath: "#/properties/idempotencyKey/properties/parameter/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var valid11 = _errs46 === errors;
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/idempotencyKey",
          schemaPath: "#/properties/idempotencyKey/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var valid0 = _errs41 === errors;
    }
    if (data.summary !== undefined) {
      let data19 = data.summary;
      const _errs48 = errors;
      const _errs49 = errors;
      if (typeof data19 !== "string") {
        const err47 = {
          instancePath: instancePath + "/summary",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      const _errs50 = errors;
      var valid12 = _errs49 === errors;
      var valid0 = _errs48 === errors;
    }
    if (data.deprecated !== undefined) {
      let data20 = data.deprecated;
      const _errs51 = errors;
      if (typeof data20 !== "boolean") {
        const err48 = {
          instancePath: instancePath + "/deprecated",
          schemaPath: "#/properties/deprecated/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      const _errs52 = errors;
      var valid0 = _errs51 === errors;
    }
    if (data.parameters !== undefined) {
      let data21 = data.parameters;
      const _errs53 = errors;
      const _errs54 = errors;
      if (Array.isArray(data21)) {
        let valid14 = true;
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          const _errs55 = errors;
          if (
            !validate66(data22, {
              instancePath: instancePath + "/parameters/" + i2,
              parentData: data21,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          } else {
          }
          var valid13 = _errs55 === errors;
          if (!valid13) {
            valid14 = false;
          }
        }
      } else {
        const err49 = {
          instancePath: instancePath + "/parameters",
          schemaPath: "#/properties/parameters/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      var valid0 = _errs53 === errors;
    }
    if (data.exactlyOneOf !== undefined) {
      let data23 = data.exactlyOneOf;
      const _errs56 = errors;
      const _errs57 = errors;
      if (Array.isArray(data23)) {
        let valid16 = true;
        const len3 = data23.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data24 = data23[i3];
          const _errs58 = errors;
          const _errs59 = errors;
          if (Array.isArray(data24)) {
            if (data24.length < 2) {
              const err50 = {
                instancePath: instancePath + "/exactlyOneOf/" + i3,
                schemaPath: "#/properties/exactlyOneOf/items/minItems",
                keyword: "minItems",
                params: { limit: 2 },
                message: "must NOT have fewer than 2 items",
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            let valid18 = true;
            const len4 = data24.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data25 = data24[i4];
              const _errs60 = errors;
              const _errs61 = errors;
              const _errs62 = errors;
              if (typeof data25 === "string") {
                if (!pattern19.test(data25)) {
                  const err51 = {
                    instancePath: instancePath + "/exactlyOneOf/" + i3 + "/" + i4,
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = {
                  instancePath: instancePath + "/exactlyOneOf/" + i3 + "/" + i4,
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              var valid19 = _errs61 === errors;
              var valid17 = _errs60 === errors;
              if (!valid17) {
                valid18 = false;
              }
            }
          } else {
            const err53 = {
              instancePath: instancePath + "/exactlyOneOf/" + i3,
              schemaPath: "#/properties/exactlyOneOf/items/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var valid15 = _errs58 === errors;
          if (!valid15) {
            valid16 = false;
          }
        }
      } else {
        const err54 = {
          instancePath: instancePath + "/exactlyOneOf",
          schemaPath: "#/properties/exactlyOneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      var valid0 = _errs56 === errors;
    }
    if (data.atLeastOneOf !== undefined) {
      let data26 = data.atLeastOneOf;
      const _errs63 = errors;
      const _errs64 = errors;
      if (Array.isArray(data26)) {
        let valid21 = true;
        const len5 = data26.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data27 = data26[i5];
          const _errs65 = errors;
          const _errs66 = errors;
          if (Array.isArray(data27)) {
            if (data27.length < 2) {
              const err55 = {
                instancePath: instancePath + "/atLeastOneOf/" + i5,
                schemaPath: "#/properties/atLeastOneOf/items/minItems",
                keyword: "minItems",
                params: { limit: 2 },
                message: "must NOT have fewer than 2 items",
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            let valid23 = true;
            const len6 = data27.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data28 = data27[i6];
              const _errs67 = errors;
              const _errs68 = errors;
              const _errs69 = errors;
              if (typeof data28 === "string") {
                if (!pattern19.test(data28)) {
                  const err56 = {
                    instancePath: instancePath + "/atLeastOneOf/" + i5 + "/" + i6,
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = {
                  instancePath: instancePath + "/atLeastOneOf/" + i5 + "/" + i6,
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              var valid24 = _errs68 === errors;
              var valid22 = _errs67 === errors;
              if (!valid22) {
                valid23 = false;
              }
            }
          } else {
            const err58 = {
              instancePath: instancePath + "/atLeastOneOf/" + i5,
              schemaPath: "#/properties/atLeastOneOf/items/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          var valid20 = _errs65 === errors;
          if (!valid20) {
            valid21 = false;
          }
        }
      } else {
        const err59 = {
          instancePath: instancePath + "/atLeastOneOf",
          schemaPath: "#/properties/atLeastOneOf/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      var valid0 = _errs63 === errors;
    }
    if (data.examples !== undefined) {
      let data29 = data.examples;
      const _errs70 = errors;
      const _errs71 = errors;
      if (Array.isArray(data29)) {
        let valid26 = true;
        const len7 = data29.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data30 = data29[i7];
          const _errs72 = errors;
          const _errs73 = errors;
          const _errs74 = errors;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.title === undefined) {
              const err60 = {
                instancePath: instancePath + "/examples/" + i7,
                schemaPath: "#/definitions/example/required",
                keyword: "required",
                params: { missingProperty: "title" },
                message: "must have required property '" + "title" + "'",
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data30.params === undefined) {
              const err61 = {
                instancePath: instancePath + "/examples/" + i7,
                schemaPath: "#/definitions/example/required",
                keyword: "required",
                params: { missingProperty: "params" },
                message: "must have required property '" + "params" + "'",
              };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            const _errs75 = errors;
            for (const key4 in data30) {
              if (!(key4 === "title" || key4 === "params")) {
                const err62 = {
                  instancePath: instancePath + "/examples/" + i7,
                  schemaPath: "#/definitions/example/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data30.title !== undefined) {
              let data31 = data30.title;
              const _errs76 = errors;
              const _errs77 = errors;
              if (typeof data31 === "string") {
                if (func2(data31) < 1) {
                  const err63 = {
                    instancePath: instancePath + "/examples/" + i7 + "/title",
                    schemaPath: "#/definitions/example/properties/title/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = {
                  instancePath: instancePath + "/examples/" + i7 + "/title",
                  schemaPath: "#/definitions/example/properties/title/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var valid28 = _errs76 === errors;
            }
            if (data30.params !== undefined) {
              let data32 = data30.params;
              const _errs78 = errors;
              if (!(data32 && typeof data32 == "object" && !Array.isArray(data32))) {
                const err65 = {
                  instancePath: instancePath + "/examples/" + i7 + "/params",
                  schemaPath: "#/definitions/example/properties/params/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              const _errs79 = errors;
              var valid28 = _errs78 === errors;
            }
          } else {
            const err66 = {
              instancePath: instancePath + "/examples/" + i7,
              schemaPath: "#/definitions/example/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          var valid27 = _errs73 === errors;
          var valid25 = _errs72 === errors;
          if (!valid25) {
            valid26 = false;
          }
        }
      } else {
        const err67 = {
          instancePath: instancePath + "/examples",
          schemaPath: "#/properties/examples/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      var valid0 = _errs70 === errors;
    }
    if (data.stream !== undefined) {
      let data33 = data.stream;
      const _errs80 = errors;
      const _errs81 = errors;
      let valid29 = false;
      const _errs82 = errors;
      if (false !== data33) {
        const err68 = {
          instancePath: instancePath + "/stream",
          schemaPath: "#/properties/stream/anyOf/0/const",
          keyword: "const",
          params: { allowedValue: false },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      var _valid3 = _errs82 === errors;
      valid29 = valid29 || _valid3;
      if (!valid29) {
        const _errs83 = errors;
        const _errs84 = errors;
        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
          if (data33.summary === undefined) {
            const err69 = {
              instancePath: instancePath + "/stream",
              schemaPath: "#/properties/stream/anyOf/1/required",
              keyword: "required",
              params: { missingProperty: "summary" },
              message: "must have required property '" + "summary" + "'",
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          const _errs85 = errors;
          for (const key5 in data33) {
            if (!(key5 === "summary" || key5 === "name")) {
              const err70 = {
                instancePath: instancePath + "/stream",
                schemaPath: "#/properties/stream/anyOf/1/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key5 },
                message: "must NOT have additional properties",
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
          if (data33.summary !== undefined) {
            let data34 = data33.summary;
            const _errs86 = errors;
            const _errs87 = errors;
            if (typeof data34 !== "string") {
              const err71 = {
                instancePath: instancePath + "/stream/summary",
                schemaPath: "#/definitions/description/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            const _errs88 = errors;
            var valid31 = _errs87 === errors;
            var valid30 = _errs86 === errors;
          }
          if (data33.name !== undefined) {
            let data35 = data33.name;
            const _errs89 = errors;
            const _errs90 = errors;
            if (typeof data35 === "string") {
              if (!pattern6.test(data35)) {
                const err72 = {
                  instancePath: instancePath + "/stream/name",
                  schemaPath: "#/properties/stream/anyOf/1/properties/name/pattern",
                  keyword: "pattern",
                  params: { pattern: "^[a-z][A-Za-z0-9]*$" },
                  message: 'must match pattern "' + "^[a-z][A-Za-z0-9]*$" + '"',
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            } else {
              const err73 = {
                instancePath: instancePath + "/stream/name",
                schemaPath: "#/properties/stream/anyOf/1/properties/name/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            var valid30 = _errs89 === errors;
          }
        } else {
          const err74 = {
            instancePath: instancePath + "/stream",
            schemaPath: "#/properties/stream/anyOf/1/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        var _valid3 = _errs83 === errors;
        valid29 = valid29 || _valid3;
        if (!valid29) {
        }
      }
      if (!valid29) {
        const err75 = {
          instancePath: instancePath + "/stream",
          schemaPath: "#/properties/stream/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      } else {
        errors = _errs81;
        if (vErrors !== null) {
          if (_errs81) {
            vErrors.length = _errs81;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs80 === errors;
    }
    if (data.pagination !== undefined) {
      let data36 = data.pagination;
      const _errs91 = errors;
      const _errs92 = errors;
      let valid32 = false;
      const _errs93 = errors;
      if ("none" !== data36) {
        const err76 = {
          instancePath: instancePath + "/pagination",
          schemaPath: "#/properties/pagination/anyOf/0/const",
          keyword: "const",
          params: { allowedValue: "none" },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      var _valid4 = _errs93 === errors;
      valid32 = valid32 || _valid4;
      if (!valid32) {
        const _errs94 = errors;
        if (
          !validate23(data36, {
            instancePath: instancePath + "/pagination",
            parentData: data,
            parentDataProperty: "pagination",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
          errors = vErrors.length;
        } else {
        }
        var _valid4 = _errs94 === errors;
        valid32 = valid32 || _valid4;
        if (!valid32) {
        }
      }
      if (!valid32) {
        const err77 = {
          instancePath: instancePath + "/pagination",
          schemaPath: "#/properties/pagination/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      } else {
        errors = _errs92;
        if (vErrors !== null) {
          if (_errs92) {
            vErrors.length = _errs92;
          } else {
            vErrors = null;
          }
        }
      }
      var valid0 = _errs91 === errors;
    }
    if (data.security !== undefined) {
      let data37 = data.security;
      const _errs95 = errors;
      if (
        !validate21(data37, {
          instancePath: instancePath + "/security",
          parentData: data,
          parentDataProperty: "security",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs95 === errors;
    }
  } else {
    const err78 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property '" + "name" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.plural === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "plural" },
        message: "must have required property '" + "plural" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property '" + "description" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.paths === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paths" },
        message: "must have required property '" + "paths" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.operations === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "operations" },
        message: "must have required property '" + "operations" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!func3.call(schema95.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      var valid0 = _errs2 === errors;
    }
    if (data.plural !== undefined) {
      let data1 = data.plural;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/plural",
            schemaPath: "#/definitions/pascalName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
            message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/plural",
          schemaPath: "#/definitions/pascalName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      var valid0 = _errs5 === errors;
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      const _errs8 = errors;
      const _errs9 = errors;
      if (typeof data2 !== "string") {
        const err10 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/definitions/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      const _errs10 = errors;
      var valid3 = _errs9 === errors;
      var valid0 = _errs8 === errors;
    }
    if (data.listKey !== undefined) {
      let data3 = data.listKey;
      const _errs11 = errors;
      const _errs12 = errors;
      const _errs13 = errors;
      if (typeof data3 === "string") {
        if (!pattern19.test(data3)) {
          const err11 = {
            instancePath: instancePath + "/listKey",
            schemaPath: "#/definitions/wireName/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
            message: 'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/listKey",
          schemaPath: "#/definitions/wireName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var valid4 = _errs12 === errors;
      var valid0 = _errs11 === errors;
    }
    if (data.mockExtension !== undefined) {
      let data4 = data.mockExtension;
      const _errs14 = errors;
      const _errs15 = errors;
      if (typeof data4 === "string") {
        if (!pattern70.test(data4)) {
          const err13 = {
            instancePath: instancePath + "/mockExtension",
            schemaPath: "#/properties/mockExtension/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9._-]+\\.ts$" },
            message: 'must match pattern "' + "^[A-Za-z0-9._-]+\\.ts$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/mockExtension",
          schemaPath: "#/properties/mockExtension/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var valid0 = _errs14 === errors;
    }
    if (data.paths !== undefined) {
      let data5 = data.paths;
      const _errs16 = errors;
      const _errs17 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        const _errs18 = errors;
        for (const key1 in data5) {
          if (!(key1 === "list" || key1 === "instance")) {
            const err15 = {
              instancePath: instancePath + "/paths",
              schemaPath: "#/properties/paths/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.list !== undefined) {
          let data6 = data5.list;
          const _errs19 = errors;
          const _errs20 = errors;
          if (typeof data6 === "string") {
            if (!pattern71.test(data6)) {
              const err16 = {
                instancePath: instancePath + "/paths/list",
                schemaPath: "#/properties/paths/properties/list/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
                },
                message:
                  'must match pattern "' +
                  "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/paths/list",
              schemaPath: "#/properties/paths/properties/list/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid5 = _errs19 === errors;
        }
        if (data5.instance !== undefined) {
          let data7 = data5.instance;
          const _errs21 = errors;
          const _errs22 = errors;
          if (typeof data7 === "string") {
            if (!pattern71.test(data7)) {
              const err18 = {
                instancePath: instancePath + "/paths/instance",
                schemaPath: "#/properties/paths/properties/instance/pattern",
                keyword: "pattern",
                params: {
                  pattern:
                    "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$",
                },
                message:
                  'must match pattern "' +
                  "^(/([A-Za-z0-9._~!$&'()*+,;=:@%-]|[^\\u0000-\\u007f]|\\{[^{}/\\u0000-\\u001f]+\\})+)+$" +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/paths/instance",
              schemaPath: "#/properties/paths/properties/instance/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var valid5 = _errs21 === errors;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/paths",
          schemaPath: "#/properties/paths/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid0 = _errs16 === errors;
    }
    if (data.pathParameters !== undefined) {
      let data8 = data.pathParameters;
      const _errs23 = errors;
      const _errs24 = errors;
      if (Array.isArray(data8)) {
        let valid7 = true;
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          const _errs25 = errors;
          if (
            !validate39(data9, {
              instancePath: instancePath + "/pathParameters/" + i0,
              parentData: data8,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          } else {
          }
          var valid6 = _errs25 === errors;
          if (!valid6) {
            valid7 = false;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/pathParameters",
          schemaPath: "#/properties/pathParameters/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var valid0 = _errs23 === errors;
    }
    if (data.models !== undefined) {
      let data10 = data.models;
      const _errs26 = errors;
      const _errs27 = errors;
      if (Array.isArray(data10)) {
        let valid9 = true;
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          const _errs28 = errors;
          if (
            !validate25(data11, {
              instancePath: instancePath + "/models/" + i1,
              parentData: data10,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          } else {
          }
          var valid8 = _errs28 === errors;
          if (!valid8) {
            valid9 = false;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/models",
          schemaPath: "#/properties/models/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var valid0 = _errs26 === errors;
    }
    if (data.operations !== undefined) {
      let data12 = data.operations;
      const _errs29 = errors;
      const _errs30 = errors;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err23 = {
            instancePath: instancePath + "/operations",
            schemaPath: "#/properties/operations/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        let valid11 = true;
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          const _errs31 = errors;
          if (
            !validate46(data13, {
              instancePath: instancePath + "/operations/" + i2,
              parentData: data12,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          } else {
          }
          var valid10 = _errs31 === errors;
          if (!valid10) {
            valid11 = false;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/operations",
          schemaPath: "#/properties/operations/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var valid0 = _errs29 === errors;
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://example.invalid/resource-spec.schema.json" */ let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.specVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "specVersion" },
        message: "must have required property '" + "specVersion" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.package === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "package" },
        message: "must have required property '" + "package" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.service === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "service" },
        message: "must have required property '" + "service" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
      if (!(
        key0 === "specVersion" ||
        key0 === "package" ||
        key0 === "service" ||
        key0 === "models" ||
        key0 === "webhooks" ||
        key0 === "resources"
      )) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.specVersion !== undefined) {
      let data0 = data.specVersion;
      const _errs2 = errors;
      if (3 !== data0) {
        const err4 = {
          instancePath: instancePath + "/specVersion",
          schemaPath: "#/properties/specVersion/const",
          keyword: "const",
          params: { allowedValue: 3 },
          message: "must be equal to constant",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
    }
    if (data.package !== undefined) {
      let data1 = data.package;
      const _errs3 = errors;
      const _errs4 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === undefined) {
          const err5 = {
            instancePath: instancePath + "/package",
            schemaPath: "#/properties/package/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property '" + "name" + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.version === undefined) {
          const err6 = {
            instancePath: instancePath + "/package",
            schemaPath: "#/properties/package/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property '" + "version" + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.description === undefined) {
          const err7 = {
            instancePath: instancePath + "/package",
            schemaPath: "#/properties/package/required",
            keyword: "required",
            params: { missingProperty: "description" },
            message: "must have required property '" + "description" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.license === undefined) {
          const err8 = {
            instancePath: instancePath + "/package",
            schemaPath: "#/properties/package/required",
            keyword: "required",
            params: { missingProperty: "license" },
            message: "must have required property '" + "license" + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const _errs5 = errors;
        for (const key1 in data1) {
          if (!(
            key1 === "name" ||
            key1 === "license" ||
            key1 === "version" ||
            key1 === "description" ||
            key1 === "guide"
          )) {
            const err9 = {
              instancePath: instancePath + "/package",
              schemaPath: "#/properties/package/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.name !== undefined) {
          let data2 = data1.name;
          const _errs6 = errors;
          const _errs7 = errors;
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err10 = {
                instancePath: instancePath + "/package/name",
                schemaPath: "#/properties/package/properties/name/pattern",
                keyword: "pattern",
                params: { pattern: "^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$" },
                message:
                  'must match pattern "' + "^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/package/name",
              schemaPath: "#/properties/package/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var valid1 = _errs6 === errors;
        }
        if (data1.license !== undefined) {
          let data3 = data1.license;
          const _errs8 = errors;
          const _errs9 = errors;
          if (typeof data3 === "string") {
            if (!pattern1.test(data3)) {
              const err12 = {
                instancePath: instancePath + "/package/license",
                schemaPath: "#/properties/package/properties/license/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z0-9.+-]+$" },
                message: 'must match pattern "' + "^[A-Za-z0-9.+-]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/package/license",
              schemaPath: "#/properties/package/properties/license/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var valid1 = _errs8 === errors;
        }
        if (data1.version !== undefined) {
          let data4 = data1.version;
          const _errs10 = errors;
          const _errs11 = errors;
          if (typeof data4 === "string") {
            if (!pattern2.test(data4)) {
              const err14 = {
                instancePath: instancePath + "/package/version",
                schemaPath: "#/properties/package/properties/version/pattern",
                keyword: "pattern",
                params: { pattern: "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$" },
                message: 'must match pattern "' + "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + "/package/version",
              schemaPath: "#/properties/package/properties/version/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid1 = _errs10 === errors;
        }
        if (data1.description !== undefined) {
          let data5 = data1.description;
          const _errs12 = errors;
          const _errs13 = errors;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err16 = {
                instancePath: instancePath + "/package/description",
                schemaPath: "#/properties/package/properties/description/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/package/description",
              schemaPath: "#/properties/package/properties/description/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid1 = _errs12 === errors;
        }
        if (data1.guide !== undefined) {
          let data6 = data1.guide;
          const _errs14 = errors;
          const _errs15 = errors;
          if (typeof data6 === "string") {
            if (!pattern3.test(data6)) {
              const err18 = {
                instancePath: instancePath + "/package/guide",
                schemaPath: "#/properties/package/properties/guide/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*\\.md$" },
                message: 'must match pattern "' + "^[A-Za-z0-9][A-Za-z0-9._-]*\\.md$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/package/guide",
              schemaPath: "#/properties/package/properties/guide/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var valid1 = _errs14 === errors;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/package",
          schemaPath: "#/properties/package/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var valid0 = _errs3 === errors;
    }
    if (data.service !== undefined) {
      let data7 = data.service;
      const _errs16 = errors;
      const _errs17 = errors;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.name === undefined) {
          const err21 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property '" + "name" + "'",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data7.baseUrl === undefined) {
          const err22 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "baseUrl" },
            message: "must have required property '" + "baseUrl" + "'",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data7.version === undefined) {
          const err23 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property '" + "version" + "'",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data7.errors === undefined) {
          const err24 = {
            instancePath: instancePath + "/service",
            schemaPath: "#/properties/service/required",
            keyword: "required",
            params: { missingProperty: "errors" },
            message: "must have required property '" + "errors" + "'",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const _errs18 = errors;
        for (const key2 in data7) {
          if (!func3.call(schema11.properties.service.properties, key2)) {
            const err25 = {
              instancePath: instancePath + "/service",
              schemaPath: "#/properties/service/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.name !== undefined) {
          let data8 = data7.name;
          const _errs19 = errors;
          const _errs20 = errors;
          const _errs21 = errors;
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err26 = {
                instancePath: instancePath + "/service/name",
                schemaPath: "#/definitions/pascalName/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
                message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/service/name",
              schemaPath: "#/definitions/pascalName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var valid3 = _errs20 === errors;
          var valid2 = _errs19 === errors;
        }
        if (data7.baseUrl !== undefined) {
          let data9 = data7.baseUrl;
          const _errs22 = errors;
          const _errs23 = errors;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err28 = {
                instancePath: instancePath + "/service/baseUrl",
                schemaPath: "#/properties/service/properties/baseUrl/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/service/baseUrl",
              schemaPath: "#/properties/service/properties/baseUrl/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          var valid2 = _errs22 === errors;
        }
        if (data7.serverVariables !== undefined) {
          let data10 = data7.serverVariables;
          const _errs24 = errors;
          const _errs25 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            const _errs26 = errors;
            for (const key3 in data10) {
              let data11 = data10[key3];
              const _errs27 = errors;
              const _errs28 = errors;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.default === undefined) {
                  const err30 = {
                    instancePath:
                      instancePath +
                      "/service/serverVariables/" +
                      key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath:
                      "#/properties/service/properties/serverVariables/additionalProperties/required",
                    keyword: "required",
                    params: { missingProperty: "default" },
                    message: "must have required property '" + "default" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data11.description === undefined) {
                  const err31 = {
                    instancePath:
                      instancePath +
                      "/service/serverVariables/" +
                      key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath:
                      "#/properties/service/properties/serverVariables/additionalProperties/required",
                    keyword: "required",
                    params: { missingProperty: "description" },
                    message: "must have required property '" + "description" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const _errs29 = errors;
                for (const key4 in data11) {
                  if (!(key4 === "default" || key4 === "enum" || key4 === "description")) {
                    const err32 = {
                      instancePath:
                        instancePath +
                        "/service/serverVariables/" +
                        key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath:
                        "#/properties/service/properties/serverVariables/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key4 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data11.default !== undefined) {
                  let data12 = data11.default;
                  const _errs30 = errors;
                  if (typeof data12 !== "string") {
                    const err33 = {
                      instancePath:
                        instancePath +
                        "/service/serverVariables/" +
                        key3.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/default",
                      schemaPath:
                        "#/properties/service/properties/serverVariables/additionalProperties/properties/default/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  const _errs31 = errors;
                  var valid5 = _errs30 === errors;
                }
                if (data11.enum !== undefined) {
                  let data13 = data11.enum;
                  const _errs32 = errors;
                  const _errs33 = errors;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err34 = {
                        instancePath:
                          instancePath +
                          "/service/serverVariables/" +
                          key3.replace(/~/g, "~0").replace(/\//g, "~1") +
                          "/enum",
                        schemaPath:
                          "#/properties/service/properties/serverVariables/additionalProperties/properties/enum/minItems",
                        keyword: "minItems",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 items",
                      };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    let valid7 = true;
                    const len0 = data13.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data14 = data13[i0];
                      const _errs34 = errors;
                      if (typeof data14 !== "string") {
                        const err35 = {
                          instancePath:
                            instancePath +
                            "/service/serverVariables/" +
                            key3.replace(/~/g, "~0").replace(/\//g, "~1") +
                            "/enum/" +
                            i0,
                          schemaPath:
                            "#/properties/service/properties/serverVariables/additionalProperties/properties/enum/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                      const _errs35 = errors;
                      var valid6 = _errs34 === errors;
                      if (!valid6) {
                        valid7 = false;
                      }
                    }
                  } else {
                    const err36 = {
                      instancePath:
                        instancePath +
                        "/service/serverVariables/" +
                        key3.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/enum",
                      schemaPath:
                        "#/properties/service/properties/serverVariables/additionalProperties/properties/enum/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                    };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  var valid5 = _errs32 === errors;
                }
                if (data11.description !== undefined) {
                  let data15 = data11.description;
                  const _errs36 = errors;
                  if (typeof data15 !== "string") {
                    const err37 = {
                      instancePath:
                        instancePath +
                        "/service/serverVariables/" +
                        key3.replace(/~/g, "~0").replace(/\//g, "~1") +
                        "/description",
                      schemaPath:
                        "#/properties/service/properties/serverVariables/additionalProperties/properties/description/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  const _errs37 = errors;
                  var valid5 = _errs36 === errors;
                }
              } else {
                const err38 = {
                  instancePath:
                    instancePath +
                    "/service/serverVariables/" +
                    key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/service/properties/serverVariables/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var valid4 = _errs27 === errors;
            }
          } else {
            const err39 = {
              instancePath: instancePath + "/service/serverVariables",
              schemaPath: "#/properties/service/properties/serverVariables/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var valid2 = _errs24 === errors;
        }
        if (data7.version !== undefined) {
          let data16 = data7.version;
          const _errs38 = errors;
          const _errs39 = errors;
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err40 = {
                instancePath: instancePath + "/service/version",
                schemaPath: "#/properties/service/properties/version/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = {
              instancePath: instancePath + "/service/version",
              schemaPath: "#/properties/service/properties/version/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var valid2 = _errs38 === errors;
        }
        if (data7.auth !== undefined) {
          let data17 = data7.auth;
          const _errs40 = errors;
          const _errs41 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.schemes === undefined) {
              const err42 = {
                instancePath: instancePath + "/service/auth",
                schemaPath: "#/properties/service/properties/auth/required",
                keyword: "required",
                params: { missingProperty: "schemes" },
                message: "must have required property '" + "schemes" + "'",
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            const _errs42 = errors;
            for (const key5 in data17) {
              if (!(key5 === "schemes" || key5 === "security")) {
                const err43 = {
                  instancePath: instancePath + "/service/auth",
                  schemaPath: "#/properties/service/properties/auth/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key5 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data17.schemes !== undefined) {
              let data18 = data17.schemes;
              const _errs43 = errors;
              const _errs44 = errors;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (Object.keys(data18).length < 1) {
                  const err44 = {
                    instancePath: instancePath + "/service/auth/schemes",
                    schemaPath: "#/properties/service/properties/auth/properties/schemes/minProperties",
                    keyword: "minProperties",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 properties",
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                for (const key6 in data18) {
                  const _errs45 = errors;
                  const _errs46 = errors;
                  const _errs47 = errors;
                  if (typeof key6 === "string") {
                    if (!pattern5.test(key6)) {
                      const err45 = {
                        instancePath: instancePath + "/service/auth/schemes",
                        schemaPath: "#/definitions/schemeName/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" },
                        message: 'must match pattern "' + "^[A-Za-z][A-Za-z0-9_.-]*$" + '"',
                        propertyName: key6,
                      };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = {
                      instancePath: instancePath + "/service/auth/schemes",
                      schemaPath: "#/definitions/schemeName/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      propertyName: key6,
                    };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  var valid10 = _errs46 === errors;
                  var valid9 = _errs45 === errors;
                  if (!valid9) {
                    const err47 = {
                      instancePath: instancePath + "/service/auth/schemes",
                      schemaPath: "#/properties/service/properties/auth/properties/schemes/propertyNames",
                      keyword: "propertyNames",
                      params: { propertyName: key6 },
                      message: "property name must be valid",
                    };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                const _errs48 = errors;
                for (const key7 in data18) {
                  let data19 = data18[key7];
                  const _errs49 = errors;
                  if (
                    !validate11(data19, {
                      instancePath:
                        instancePath +
                        "/service/auth/schemes/" +
                        key7.replace(/~/g, "~0").replace(/\//g, "~1"),
                      parentData: data18,
                      parentDataProperty: key7,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  } else {
                  }
                  var valid11 = _errs49 === errors;
                }
              } else {
                const err48 = {
                  instancePath: instancePath + "/service/auth/schemes",
                  schemaPath: "#/properties/service/properties/auth/properties/schemes/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              var valid8 = _errs43 === errors;
            }
            if (data17.security !== undefined) {
              let data20 = data17.security;
              const _errs50 = errors;
              if (
                !validate21(data20, {
                  instancePath: instancePath + "/service/auth/security",
                  parentData: data17,
                  parentDataProperty: "security",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              } else {
              }
              var valid8 = _errs50 === errors;
            }
          } else {
            const err49 = {
              instancePath: instancePath + "/service/auth",
              schemaPath: "#/properties/service/properties/auth/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var valid2 = _errs40 === errors;
        }
        if (data7.requestIdHeader !== undefined) {
          let data21 = data7.requestIdHeader;
          const _errs51 = errors;
          const _errs52 = errors;
          if (typeof data21 === "string") {
            if (!pattern17.test(data21)) {
              const err50 = {
                instancePath: instancePath + "/service/requestIdHeader",
                schemaPath: "#/properties/service/properties/requestIdHeader/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z0-9-]+$" },
                message: 'must match pattern "' + "^[A-Za-z0-9-]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = {
              instancePath: instancePath + "/service/requestIdHeader",
              schemaPath: "#/properties/service/properties/requestIdHeader/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          var valid2 = _errs51 === errors;
        }
        if (data7.errors !== undefined) {
          let data22 = data7.errors;
          const _errs53 = errors;
          const _errs54 = errors;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.model === undefined) {
              const err52 = {
                instancePath: instancePath + "/service/errors",
                schemaPath: "#/properties/service/properties/errors/required",
                keyword: "required",
                params: { missingProperty: "model" },
                message: "must have required property '" + "model" + "'",
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            const _errs55 = errors;
            for (const key8 in data22) {
              if (!(
                key8 === "model" ||
                key8 === "codeField" ||
                key8 === "messageField" ||
                key8 === "moreInfoField" ||
                key8 === "detailsField" ||
                key8 === "statusField"
              )) {
                const err53 = {
                  instancePath: instancePath + "/service/errors",
                  schemaPath: "#/properties/service/properties/errors/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key8 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data22.model !== undefined) {
              let data23 = data22.model;
              const _errs56 = errors;
              const _errs57 = errors;
              const _errs58 = errors;
              if (typeof data23 === "string") {
                if (!pattern4.test(data23)) {
                  const err54 = {
                    instancePath: instancePath + "/service/errors/model",
                    schemaPath: "#/definitions/pascalName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Z][A-Za-z0-9]*$" },
                    message: 'must match pattern "' + "^[A-Z][A-Za-z0-9]*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = {
                  instancePath: instancePath + "/service/errors/model",
                  schemaPath: "#/definitions/pascalName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var valid13 = _errs57 === errors;
              var valid12 = _errs56 === errors;
            }
            if (data22.codeField !== undefined) {
              let data24 = data22.codeField;
              const _errs59 = errors;
              const _errs60 = errors;
              const _errs61 = errors;
              if (typeof data24 === "string") {
                if (!pattern19.test(data24)) {
                  const err56 = {
                    instancePath: instancePath + "/service/errors/codeField",
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = {
                  instancePath: instancePath + "/service/errors/codeField",
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              var valid14 = _errs60 === errors;
              var valid12 = _errs59 === errors;
            }
            if (data22.messageField !== undefined) {
              let data25 = data22.messageField;
              const _errs62 = errors;
              const _errs63 = errors;
              const _errs64 = errors;
              if (typeof data25 === "string") {
                if (!pattern19.test(data25)) {
                  const err58 = {
                    instancePath: instancePath + "/service/errors/messageField",
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = {
                  instancePath: instancePath + "/service/errors/messageField",
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              var valid15 = _errs63 === errors;
              var valid12 = _errs62 === errors;
            }
            if (data22.moreInfoField !== undefined) {
              let data26 = data22.moreInfoField;
              const _errs65 = errors;
              const _errs66 = errors;
              const _errs67 = errors;
              if (typeof data26 === "string") {
                if (!pattern19.test(data26)) {
                  const err60 = {
                    instancePath: instancePath + "/service/errors/moreInfoField",
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = {
                  instancePath: instancePath + "/service/errors/moreInfoField",
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              var valid16 = _errs66 === errors;
              var valid12 = _errs65 === errors;
            }
            if (data22.detailsField !== undefined) {
              let data27 = data22.detailsField;
              const _errs68 = errors;
              const _errs69 = errors;
              const _errs70 = errors;
              if (typeof data27 === "string") {
                if (!pattern19.test(data27)) {
                  const err62 = {
                    instancePath: instancePath + "/service/errors/detailsField",
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = {
                  instancePath: instancePath + "/service/errors/detailsField",
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              var valid17 = _errs69 === errors;
              var valid12 = _errs68 === errors;
            }
            if (data22.statusField !== undefined) {
              let data28 = data22.statusField;
              const _errs71 = errors;
              const _errs72 = errors;
              const _errs73 = errors;
              if (typeof data28 === "string") {
                if (!pattern19.test(data28)) {
                  const err64 = {
                    instancePath: instancePath + "/service/errors/statusField",
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = {
                  instancePath: instancePath + "/service/errors/statusField",
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var valid18 = _errs72 === errors;
              var valid12 = _errs71 === errors;
            }
          } else {
            const err66 = {
              instancePath: instancePath + "/service/errors",
              schemaPath: "#/properties/service/properties/errors/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          var valid2 = _errs53 === errors;
        }
        if (data7.pagination !== undefined) {
          let data29 = data7.pagination;
          const _errs74 = errors;
          if (
            !validate23(data29, {
              instancePath: instancePath + "/service/pagination",
              parentData: data7,
              parentDataProperty: "pagination",
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          } else {
          }
          var valid2 = _errs74 === errors;
        }
        if (data7.mock !== undefined) {
          let data30 = data7.mock;
          const _errs75 = errors;
          const _errs76 = errors;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            const _errs77 = errors;
            for (const key9 in data30) {
              if (!(
                key9 === "idHexDigits" ||
                key9 === "pageTokenPrefix" ||
                key9 === "accountField" ||
                key9 === "usernamePattern" ||
                key9 === "errorCodes" ||
                key9 === "moreInfoUrl" ||
                key9 === "stamps"
              )) {
                const err67 = {
                  instancePath: instancePath + "/service/mock",
                  schemaPath: "#/properties/service/properties/mock/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key9 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data30.idHexDigits !== undefined) {
              let data31 = data30.idHexDigits;
              const _errs78 = errors;
              if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31))) {
                const err68 = {
                  instancePath: instancePath + "/service/mock/idHexDigits",
                  schemaPath: "#/properties/service/properties/mock/properties/idHexDigits/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              const _errs79 = errors;
              if (typeof data31 == "number") {
                if (data31 > 64 || isNaN(data31)) {
                  const err69 = {
                    instancePath: instancePath + "/service/mock/idHexDigits",
                    schemaPath: "#/properties/service/properties/mock/properties/idHexDigits/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 64 },
                    message: "must be <= 64",
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data31 < 8 || isNaN(data31)) {
                  const err70 = {
                    instancePath: instancePath + "/service/mock/idHexDigits",
                    schemaPath: "#/properties/service/properties/mock/properties/idHexDigits/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 8 },
                    message: "must be >= 8",
                  };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
              var valid19 = _errs78 === errors;
            }
            if (data30.pageTokenPrefix !== undefined) {
              let data32 = data30.pageTokenPrefix;
              const _errs80 = errors;
              const _errs81 = errors;
              if (typeof data32 === "string") {
                if (!pattern52.test(data32)) {
                  const err71 = {
                    instancePath: instancePath + "/service/mock/pageTokenPrefix",
                    schemaPath: "#/properties/service/properties/mock/properties/pageTokenPrefix/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_-]*$" },
                    message: 'must match pattern "' + "^[A-Za-z_-]*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = {
                  instancePath: instancePath + "/service/mock/pageTokenPrefix",
                  schemaPath: "#/properties/service/properties/mock/properties/pageTokenPrefix/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var valid19 = _errs80 === errors;
            }
            if (data30.accountField !== undefined) {
              let data33 = data30.accountField;
              const _errs82 = errors;
              const _errs83 = errors;
              const _errs84 = errors;
              if (typeof data33 === "string") {
                if (!pattern19.test(data33)) {
                  const err73 = {
                    instancePath: instancePath + "/service/mock/accountField",
                    schemaPath: "#/definitions/wireName/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                    message:
                      'must match pattern "' + "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = {
                  instancePath: instancePath + "/service/mock/accountField",
                  schemaPath: "#/definitions/wireName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              var valid20 = _errs83 === errors;
              var valid19 = _errs82 === errors;
            }
            if (data30.usernamePattern !== undefined) {
              let data34 = data30.usernamePattern;
              const _errs85 = errors;
              const _errs86 = errors;
              const _errs87 = errors;
              if (typeof data34 === "string") {
                if (func2(data34) < 1) {
                  const err75 = {
                    instancePath: instancePath + "/service/mock/usernamePattern",
                    schemaPath: "#/definitions/regex/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = {
                  instancePath: instancePath + "/service/mock/usernamePattern",
                  schemaPath: "#/definitions/regex/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              var valid21 = _errs86 === errors;
              var valid19 = _errs85 === errors;
            }
            if (data30.errorCodes !== undefined) {
              let data35 = data30.errorCodes;
              const _errs88 = errors;
              const _errs89 = errors;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                const _errs90 = errors;
                for (const key10 in data35) {
                  if (!(
                    key10 === "unauthorized" ||
                    key10 === "notFound" ||
                    key10 === "methodNotAllowed" ||
                    key10 === "invalidParameter" ||
                    key10 === "rateLimited" ||
                    key10 === "internal" ||
                    key10 === "conflict"
                  )) {
                    const err77 = {
                      instancePath: instancePath + "/service/mock/errorCodes",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key10 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data35.unauthorized !== undefined) {
                  let data36 = data35.unauthorized;
                  const _errs91 = errors;
                  if (!(typeof data36 == "number" && !(data36 % 1) && !isNaN(data36))) {
                    const err78 = {
                      instancePath: instancePath + "/service/mock/errorCodes/unauthorized",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/unauthorized/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  const _errs92 = errors;
                  var valid22 = _errs91 === errors;
                }
                if (data35.notFound !== undefined) {
                  let data37 = data35.notFound;
                  const _errs93 = errors;
                  if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37))) {
                    const err79 = {
                      instancePath: instancePath + "/service/mock/errorCodes/notFound",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/notFound/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                  const _errs94 = errors;
                  var valid22 = _errs93 === errors;
                }
                if (data35.methodNotAllowed !== undefined) {
                  let data38 = data35.methodNotAllowed;
                  const _errs95 = errors;
                  if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38))) {
                    const err80 = {
                      instancePath: instancePath + "/service/mock/errorCodes/methodNotAllowed",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/methodNotAllowed/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  const _errs96 = errors;
                  var valid22 = _errs95 === errors;
                }
                if (data35.invalidParameter !== undefined) {
                  let data39 = data35.invalidParameter;
                  const _errs97 = errors;
                  if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39))) {
                    const err81 = {
                      instancePath: instancePath + "/service/mock/errorCodes/invalidParameter",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/invalidParameter/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  const _errs98 = errors;
                  var valid22 = _errs97 === errors;
                }
                if (data35.rateLimited !== undefined) {
                  let data40 = data35.rateLimited;
                  const _errs99 = errors;
                  if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40))) {
                    const err82 = {
                      instancePath: instancePath + "/service/mock/errorCodes/rateLimited",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/rateLimited/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  const _errs100 = errors;
                  var valid22 = _errs99 === errors;
                }
                if (data35.internal !== undefined) {
                  let data41 = data35.internal;
                  const _errs101 = errors;
                  if (!(typeof data41 == "number" && !(data41 % 1) && !isNaN(data41))) {
                    const err83 = {
                      instancePath: instancePath + "/service/mock/errorCodes/internal",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/internal/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                  const _errs102 = errors;
                  var valid22 = _errs101 === errors;
                }
                if (data35.conflict !== undefined) {
                  let data42 = data35.conflict;
                  const _errs103 = errors;
                  if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42))) {
                    const err84 = {
                      instancePath: instancePath + "/service/mock/errorCodes/conflict",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/errorCodes/properties/conflict/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                  const _errs104 = errors;
                  var valid22 = _errs103 === errors;
                }
              } else {
                const err85 = {
                  instancePath: instancePath + "/service/mock/errorCodes",
                  schemaPath: "#/properties/service/properties/mock/properties/errorCodes/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              var valid19 = _errs88 === errors;
            }
            if (data30.moreInfoUrl !== undefined) {
              let data43 = data30.moreInfoUrl;
              const _errs105 = errors;
              const _errs106 = errors;
              if (typeof data43 === "string") {
                if (!pattern54.test(data43)) {
                  const err86 = {
                    instancePath: instancePath + "/service/mock/moreInfoUrl",
                    schemaPath: "#/properties/service/properties/mock/properties/moreInfoUrl/pattern",
                    keyword: "pattern",
                    params: { pattern: "^https?://" },
                    message: 'must match pattern "' + "^https?://" + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = {
                  instancePath: instancePath + "/service/mock/moreInfoUrl",
                  schemaPath: "#/properties/service/properties/mock/properties/moreInfoUrl/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              var valid19 = _errs105 === errors;
            }
            if (data30.stamps !== undefined) {
              let data44 = data30.stamps;
              const _errs107 = errors;
              const _errs108 = errors;
              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                const _errs109 = errors;
                for (const key11 in data44) {
                  if (!(key11 === "created" || key11 === "updated")) {
                    const err88 = {
                      instancePath: instancePath + "/service/mock/stamps",
                      schemaPath:
                        "#/properties/service/properties/mock/properties/stamps/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key11 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data44.created !== undefined) {
                  let data45 = data44.created;
                  const _errs110 = errors;
                  const _errs111 = errors;
                  const _errs112 = errors;
                  if (typeof data45 === "string") {
                    if (!pattern19.test(data45)) {
                      const err89 = {
                        instancePath: instancePath + "/service/mock/stamps/created",
                        schemaPath: "#/definitions/wireName/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                        message:
                          'must match pattern "' +
                          "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" +
                          '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = {
                      instancePath: instancePath + "/service/mock/stamps/created",
                      schemaPath: "#/definitions/wireName/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  var valid24 = _errs111 === errors;
                  var valid23 = _errs110 === errors;
                }
                if (data44.updated !== undefined) {
                  let data46 = data44.updated;
                  const _errs113 = errors;
                  const _errs114 = errors;
                  const _errs115 = errors;
                  if (typeof data46 === "string") {
                    if (!pattern19.test(data46)) {
                      const err91 = {
                        instancePath: instancePath + "/service/mock/stamps/updated",
                        schemaPath: "#/definitions/wireName/pattern",
                        keyword: "pattern",
                        params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" },
                        message:
                          'must match pattern "' +
                          "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$" +
                          '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = {
                      instancePath: instancePath + "/service/mock/stamps/updated",
                      schemaPath: "#/definitions/wireName/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                  var valid25 = _errs114 === errors;
                  var valid23 = _errs113 === errors;
                }
              } else {
                const err93 = {
                  instancePath: instancePath + "/service/mock/stamps",
                  schemaPath: "#/properties/service/properties/mock/properties/stamps/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              var valid19 = _errs107 === errors;
            }
          } else {
            const err94 = {
              instancePath: instancePath + "/service/mock",
              schemaPath: "#/properties/service/properties/mock/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          var valid2 = _errs75 === errors;
        }
        if (data7.webhooks !== undefined) {
          let data47 = data7.webhooks;
          const _errs116 = errors;
          const _errs117 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.signature === undefined) {
              const err95 = {
                instancePath: instancePath + "/service/webhooks",
                schemaPath: "#/properties/service/properties/webhooks/required",
                keyword: "required",
                params: { missingProperty: "signature" },
                message: "must have required property '" + "signature" + "'",
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            const _errs118 = errors;
            for (const key12 in data47) {
              if (!(key12 === "signature")) {
                const err96 = {
                  instancePath: instancePath + "/service/webhooks",
                  schemaPath: "#/properties/service/properties/webhooks/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key12 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data47.signature !== undefined) {
              let data48 = data47.signature;
              const _errs119 = errors;
              const _errs120 = errors;
              const _errs121 = errors;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.header === undefined) {
                  const err97 = {
                    instancePath: instancePath + "/service/webhooks/signature",
                    schemaPath: "#/definitions/webhookSignature/required",
                    keyword: "required",
                    params: { missingProperty: "header" },
                    message: "must have required property '" + "header" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                if (data48.algorithm === undefined) {
                  const err98 = {
                    instancePath: instancePath + "/service/webhooks/signature",
                    schemaPath: "#/definitions/webhookSignature/required",
                    keyword: "required",
                    params: { missingProperty: "algorithm" },
                    message: "must have required property '" + "algorithm" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data48.signs === undefined) {
                  const err99 = {
                    instancePath: instancePath + "/service/webhooks/signature",
                    schemaPath: "#/definitions/webhookSignature/required",
                    keyword: "required",
                    params: { missingProperty: "signs" },
                    message: "must have required property '" + "signs" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (data48.encoding === undefined) {
                  const err100 = {
                    instancePath: instancePath + "/service/webhooks/signature",
                    schemaPath: "#/definitions/webhookSignature/required",
                    keyword: "required",
                    params: { missingProperty: "encoding" },
                    message: "must have required property '" + "encoding" + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                const _errs122 = errors;
                for (const key13 in data48) {
                  if (!(
                    key13 === "header" ||
                    key13 === "algorithm" ||
                    key13 === "signs" ||
                    key13 === "encoding" ||
                    key13 === "bodyHashParameter"
                  )) {
                    const err101 = {
                      instancePath: instancePath + "/service/webhooks/signature",
                      schemaPath: "#/definitions/webhookSignature/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key13 },
                      message: "must NOT have additional properties",
                    };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data48.header !== undefined) {
                  let data49 = data48.header;
                  const _errs123 = errors;
                  const _errs124 = errors;
                  if (typeof data49 === "string") {
                    if (func2(data49) < 1) {
                      const err102 = {
                        instancePath: instancePath + "/service/webhooks/signature/header",
                        schemaPath: "#/definitions/webhookSignature/properties/header/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                  } else {
                    const err103 = {
                      instancePath: instancePath + "/service/webhooks/signature/header",
                      schemaPath: "#/definitions/webhookSignature/properties/header/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                  var valid28 = _errs123 === errors;
                }
                if (data48.algorithm !== undefined) {
                  let data50 = data48.algorithm;
                  const _errs125 = errors;
                  const vSchema0 = schema59.properties.algorithm.enum;
                  if (!(data50 === "hmac-sha1" || data50 === "hmac-sha256")) {
                    const err104 = {
                      instancePath: instancePath + "/service/webhooks/signature/algorithm",
                      schemaPath: "#/definitions/webhookSignature/properties/algorithm/enum",
                      keyword: "enum",
                      params: { allowedValues: schema59.properties.algorithm.enum },
                      message: "must be equal to one of the allowed values",
                    };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                  var valid28 = _errs125 === errors;
                }
                if (data48.signs !== undefined) {
                  let data51 = data48.signs;
                  const _errs126 = errors;
                  const vSchema1 = schema59.properties.signs.enum;
                  if (!(data51 === "url-and-sorted-params")) {
                    const err105 = {
                      instancePath: instancePath + "/service/webhooks/signature/signs",
                      schemaPath: "#/definitions/webhookSignature/properties/signs/enum",
                      keyword: "enum",
                      params: { allowedValues: schema59.properties.signs.enum },
                      message: "must be equal to one of the allowed values",
                    };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  var valid28 = _errs126 === errors;
                }
                if (data48.encoding !== undefined) {
                  let data52 = data48.encoding;
                  const _errs127 = errors;
                  const vSchema2 = schema59.properties.encoding.enum;
                  if (!(data52 === "base64")) {
                    const err106 = {
                      instancePath: instancePath + "/service/webhooks/signature/encoding",
                      schemaPath: "#/definitions/webhookSignature/properties/encoding/enum",
                      keyword: "enum",
                      params: { allowedValues: schema59.properties.encoding.enum },
                      message: "must be equal to one of the allowed values",
                    };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                  var valid28 = _errs127 === errors;
                }
                if (data48.bodyHashParameter !== undefined) {
                  let data53 = data48.bodyHashParameter;
                  const _errs128 = errors;
                  const _errs129 = errors;
                  if (typeof data53 === "string") {
                    if (func2(data53) < 1) {
                      const err107 = {
                        instancePath: instancePath + "/service/webhooks/signature/bodyHashParameter",
                        schemaPath: "#/definitions/webhookSignature/properties/bodyHashParameter/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters",
                      };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  } else {
                    const err108 = {
                      instancePath: instancePath + "/service/webhooks/signature/bodyHashParameter",
                      schemaPath: "#/definitions/webhookSignature/properties/bodyHashParameter/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                  var valid28 = _errs128 === errors;
                }
              } else {
                const err109 = {
                  instancePath: instancePath + "/service/webhooks/signature",
                  schemaPath: "#/definitions/webhookSignature/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
              var valid27 = _errs120 === errors;
              var valid26 = _errs119 === errors;
            }
          } else {
            const err110 = {
              instancePath: instancePath + "/service/webhooks",
              schemaPath: "#/properties/service/properties/webhooks/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          var valid2 = _errs116 === errors;
        }
      } else {
        const err111 = {
          instancePath: instancePath + "/service",
          schemaPath: "#/properties/service/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
      var valid0 = _errs16 === errors;
    }
    if (data.models !== undefined) {
      let data54 = data.models;
      const _errs130 = errors;
      const _errs131 = errors;
      if (Array.isArray(data54)) {
        let valid30 = true;
        const len1 = data54.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data55 = data54[i1];
          const _errs132 = errors;
          if (
            !validate25(data55, {
              instancePath: instancePath + "/models/" + i1,
              parentData: data54,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          } else {
          }
          var valid29 = _errs132 === errors;
          if (!valid29) {
            valid30 = false;
          }
        }
      } else {
        const err112 = {
          instancePath: instancePath + "/models",
          schemaPath: "#/properties/models/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
      var valid0 = _errs130 === errors;
    }
    if (data.webhooks !== undefined) {
      let data56 = data.webhooks;
      const _errs133 = errors;
      if (
        !validate36(data56, {
          instancePath: instancePath + "/webhooks",
          parentData: data,
          parentDataProperty: "webhooks",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      } else {
      }
      var valid0 = _errs133 === errors;
    }
    if (data.resources !== undefined) {
      let data57 = data.resources;
      const _errs134 = errors;
      const _errs135 = errors;
      if (Array.isArray(data57)) {
        let valid32 = true;
        const len2 = data57.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data58 = data57[i2];
          const _errs136 = errors;
          if (
            !validate38(data58, {
              instancePath: instancePath + "/resources/" + i2,
              parentData: data57,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          } else {
          }
          var valid31 = _errs136 === errors;
          if (!valid31) {
            valid32 = false;
          }
        }
      } else {
        const err113 = {
          instancePath: instancePath + "/resources",
          schemaPath: "#/properties/resources/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
        };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
      var valid0 = _errs134 === errors;
    }
  } else {
    const err114 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err114];
    } else {
      vErrors.push(err114);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
