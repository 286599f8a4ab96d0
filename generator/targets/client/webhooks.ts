/**
 * Webhooks emitter: a service's signature scheme as a constant, `validateRequest`,
 * `validateRequestWithBody` and `validateWebhookRequest` bound to it, and each event as an
 * interface with `parseWebhookEvent` reading the form fields into one.
 */
import type { IrWebhookEvent, IrWebhooks } from "../../ir/types.ts";
import type { TsService } from "../ts/model.ts";
import { propertyName } from "../ts/naming.ts";
import * as names from "../ts/names.ts";
import {
  StructureKind,
  tsdoc,
  VariableDeclarationKind,
  type StatementStructures,
  type Uses,
} from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";

const ALGORITHM = { "hmac-sha1": "HMAC-SHA1", "hmac-sha256": "HMAC-SHA256" } as const;

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

/** The statements of `src/<service>/webhooks.ts`. */
export function webhookStatements(
  service: TsService,
  webhooks: IrWebhooks,
  uses: Uses,
): StatementStructures[] {
  const scheme = names.serviceConstantName(service.name, "WEBHOOK_SIGNATURE");
  const sig = webhooks.signature;
  const params = uses.use("WebhookParams");
  const fn = (
    name: string,
    docs: string[],
    parameters: [string, string, string?][],
    returnType: string,
    body: string,
    tags: [string, string][] = [],
  ): StatementStructures => ({
    kind: StructureKind.Function,
    name,
    isExported: true,
    isAsync: returnType.startsWith("Promise<") && body.includes("await "),
    docs: tsdoc(docs, [...parameters.map(([p]) => ["param", `${p} - ${PARAM_DOCS[p]!}`] as const), ...tags]),
    parameters: parameters.map(([n, type, initializer]) => ({
      name: n,
      type,
      ...(initializer ? { initializer } : {}),
    })),
    returnType,
    statements: [body],
  });
  const out: StatementStructures[] = [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: tsdoc([
        `How the ${service.name} API signs the webhooks it sends: an ${ALGORITHM[sig.algorithm]} keyed by the account's secret over the URL followed by the form parameters sorted by name, Base64, in the ${docCode(sig.header)} header.`,
      ]),
      declarations: [
        {
          name: scheme,
          type: uses.use("WebhookSignature"),
          initializer: `{ header: ${literal(sig.header)}, algorithm: ${literal(ALGORITHM[sig.algorithm])}, bodyHashParameter: ${literal(sig.bodyHashParameter)} }`,
        },
      ],
    },
    fn(
      "validateRequest",
      [
        `Whether a form-encoded webhook is genuine: ${docCode(sig.header)} against the URL the API called and its form parameters, compared in constant time. The URL is tried with and without its default port, and as normalized, as twilio-node's ${docCode("validateRequest")} does. WebCrypto only: browsers, edge runtimes, Deno, Bun and Node.`,
      ],
      [
        ["authToken", "string"],
        ["signature", "string | null | undefined"],
        ["url", "string"],
        ["params", params],
      ],
      "Promise<boolean>",
      `return ${uses.use("verifyWebhookSignature")}(${scheme}, authToken, signature, url, params);`,
      [["returns", "True when the signature matches."]],
    ),
  ];
  if (sig.bodyHashParameter !== null)
    out.push(
      fn(
        "validateRequestWithBody",
        [
          `Whether a webhook with a raw (JSON) body is genuine: the URL is signed (without parameters) and its ${docCode(sig.bodyHashParameter)} query parameter is the hex SHA-256 of the body.`,
        ],
        [
          ["authToken", "string"],
          ["signature", "string | null | undefined"],
          ["url", "string"],
          ["body", "string"],
        ],
        "Promise<boolean>",
        `return ${uses.use("verifyWebhookBody")}(${scheme}, authToken, signature, url, body);`,
        [["returns", "True when the signature and the body hash match."]],
      ),
    );
  const events = webhooks.events;
  const union = names.webhookEventUnionName(service.name);
  const result = events.length
    ? `Promise<${uses.use("VerifiedWebhook")} & { readonly event: ${union} | null }>`
    : `Promise<${uses.use("VerifiedWebhook")}>`;
  const parse = events.length
    ? ` const event = verified.valid ? parseWebhookEvent(verified.params) : null;\n`
    : "";
  out.push(
    fn(
      "validateWebhookRequest",
      [
        `Checks a web ${docCode("Request")} (fetch API) as the API's webhook: its ${docCode(sig.header)} header against its URL and body.${events.length ? " A genuine form body is parsed into its event." : ""}`,
      ],
      [
        ["request", "Request"],
        ["authToken", "string"],
        ["url", "string", "request.url"],
      ],
      result,
      `const verified = await ${uses.use("verifyWebhookRequest")}(${scheme}, request, authToken, url);\n${parse}return ${events.length ? "{ ...verified, event }" : "verified"};`,
      [
        [
          "returns",
          "Whether it is genuine, its parameters and body" + (events.length ? ", and its event" : "") + ".",
        ],
      ],
    ),
  );
  if (events.length) out.push(...eventStatements(webhooks, union, uses));
  return out;
}

const PARAM_DOCS: Record<string, string> = {
  authToken: "The account's auth token: the key the API signs with.",
  signature: "The signature header's value.",
  url: "The full URL the API called, query string included (as configured, not as a proxy rewrote it).",
  params: "The form parameters (a repeated key: all its values).",
  body: "The raw body text.",
  request: "The incoming request.",
};

function eventStatements(webhooks: IrWebhooks, union: string, uses: Uses): StatementStructures[] {
  const types = webhooks.events.map((e) => names.webhookEventName(e.type));
  const cases = webhooks.events
    .map(
      (e) =>
        `case ${literal(e.type)}:\n  return { ${key(propertyName(webhooks.typeField))}: type, ${e.fields.map((f) => `${key(propertyName(f.name))}: ${reader(f, uses)}(params, ${literal(f.name)})`).join(", ")} };`,
    )
    .join("\n");
  return [
    ...webhooks.events.map((e) => eventInterface(e, webhooks.typeField)),
    {
      kind: StructureKind.TypeAlias,
      name: union,
      isExported: true,
      docs: tsdoc([`Every webhook event, told apart by ${docCode(propertyName(webhooks.typeField))}.`]),
      type: types.join(" | "),
    },
    {
      kind: StructureKind.Function,
      name: "parseWebhookEvent",
      isExported: true,
      docs: tsdoc(
        [
          `Reads a webhook's form parameters into its event, by the ${docCode(webhooks.typeField)} field (validate the request first). JSON fields are parsed; a repeated key gives its first value.`,
        ],
        [
          ["param", "params - The webhook's form parameters."],
          ["returns", "The event."],
          [
            "throws",
            "TypeError for an event type the spec does not describe, a missing required field or JSON that does not parse.",
          ],
        ],
      ),
      parameters: [{ name: "params", type: uses.use("WebhookParams") }],
      returnType: union,
      statements: [
        `const type = ${uses.use("webhookText")}(params, ${literal(webhooks.typeField)});\nswitch (type) {\n${cases}\ndefault:\n  throw new TypeError(\`unknown webhook event type '\${type}'\`);\n}`,
      ],
    },
  ];
}

function reader(f: IrWebhookEvent["fields"][number], uses: Uses): string {
  if (f.type === "string") return uses.use(f.required ? "webhookText" : "webhookOptionalText");
  return uses.use(f.required ? "webhookJson" : "webhookOptionalJson");
}

function eventInterface(e: IrWebhookEvent, typeField: string): StatementStructures {
  return {
    kind: StructureKind.Interface,
    name: names.webhookEventName(e.type),
    isExported: true,
    docs: tsdoc([`The ${docCode(e.type)} webhook event: ${e.description}`]),
    properties: [
      {
        name: key(propertyName(typeField)),
        isReadonly: true,
        type: literal(e.type),
        docs: tsdoc([`The event type. Form field: ${docCode(typeField)}.`]),
      },
      ...e.fields.map((f) => ({
        name: key(propertyName(f.name)),
        isReadonly: true,
        type: `${f.type === "string" ? "string" : "unknown"}${f.required ? "" : " | null"}`,
        docs: tsdoc([
          `${f.description}${f.required ? "" : " Null when the event leaves it out."}`,
          `Form field: ${docCode(f.name)}${f.type === "json" ? " (JSON text, parsed)" : ""}.`,
        ]),
      })),
    ],
  };
}
