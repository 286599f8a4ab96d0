/**
 * TypeScript's naming: a wire name as a property or argument name, reserved words, and the names
 * every JavaScript object inherits (which a property may not take as it is).
 */
import { camelCase } from "../../naming.ts";

/**
 * The names every plain object inherits: `Object.prototype`'s own (`constructor`, `toString`,
 * `__proto__`, ...), as the worker's wire-type step also takes them. Reading one an object does not
 * have gives the inherited member (`Object`, a function, the prototype itself), not undefined; and
 * `obj["__proto__"] = value` sets the prototype instead of a property.
 */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether every plain object inherits a member of this name (so reading it needs an own-property check). */
export function isInherited(name: string): boolean {
  return INHERITED.has(name);
}

/**
 * A field's or parameter's property name in the client: `code_length` -> `codeLength`. A name every
 * object inherits gets `Value` appended (`constructor` -> `constructorValue`), so a params object
 * without it never reads `Object` for it, and `{}` stays assignable to a type that has it.
 */
export function propertyName(wireName: string): string {
  const name = camelCase(wireName);
  return INHERITED.has(name) ? `${name}Value` : name;
}

/** `Config.CodeLength` -> `["config", "codeLength"]`: the property path of a parameter in the client. */
export function propertyPath(wireName: string): string[] {
  return wireName.split(".").map(propertyName);
}

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield any boolean constructor declare get " +
    "module require number set string symbol type from of await async undefined never unknown object"
  ).split(" "),
);

/** True when `name` can stand as a TypeScript identifier (declaration, parameter or local). */
export function isSafeIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}

/** True when `name` is a reserved word of JavaScript or TypeScript. */
export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}

/**
 * Names the generated functions use beside their path arguments: their own parameters and locals,
 * and the runtime helpers they call. A path argument that would take one of these is renamed.
 */
const GENERATED_NAMES = new Set(
  (
    "client params options issues record response wire meta items page url query value limit data " +
    "send pathSegment formPair formEncode appendItems appendDotted appendDeep pairsText copyAdditional checkAdditionalJson effectiveBaseUrl serverUrlOf createPage readPage streamItems current pageRequestUrl cursorPageUrl offsetPageUrl linkHeaderPageUrl withQueryParameter parseLinkHeader issue isRecord readGroup checkKnownKeys " +
    "charLength checkPathSegment checkStringMap checkJson checkJsonLength isBase32 isBase64 isSpkiBase64 isEcP256Spki " +
    "isUri isE164 isDateTime isWellFormed decodeBase64 decodeDate orNull present decoded parseDate shaped inside createClientCore configureAuth authorizeRequest redactSecrets redactJsonSecrets redactErrorSecrets " +
    "answeredBy redactClientError responseError " +
    "apiErrorKind createApiError isJsonObject keysWithin unknownBranch createDownload " +
    "resolveHooks runHooks runBeforeRequest log resolveRetryPolicy retriesStatus retriesNetworkError backoff withIdempotencyKey " +
    "isBinary isBinaryBody appendFile appendText " +
    "signWebhook webhookBodyHash verifyWebhookSignature verifyWebhookBody verifyWebhookRequest formParams webhookText webhookOptionalText webhookJson webhookOptionalJson"
  ).split(" "),
);

/**
 * The argument name of a path parameter: `ServiceSid` -> `serviceSid`. A reserved word or a name the
 * generated code already uses gets `Param` appended (`Class` -> `classParam`, `Client` -> `clientParam`).
 */
export function argumentName(wireName: string): string {
  const name = camelCase(wireName);
  return RESERVED.has(name) || GENERATED_NAMES.has(name) ? `${name}Param` : name;
}

/** A local-variable name for a property path that can never be a reserved word: `["config","codeLength"]` -> `configCodeLength`. */
export function localName(path: readonly string[]): string {
  const joined = path.map((p, i) => (i === 0 ? p : capitalize(p))).join("");
  return isSafeIdentifier(joined) ? joined : `${joined}Value`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
