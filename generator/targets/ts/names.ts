/**
 * The names the generator derives from spec names: one function each, used by the symbol table
 * (which registers them before emitting) and by the emitters (which declare them).
 */
import { constantCase, pascalCase } from "../../naming.ts";

/** `decodeWidget`. */
export const decoderName = (typeName: string): string => `decode${typeName}`;
/** `validateCreateWidget`. */
export const validatorName = (functionName: string): string => `validate${pascalCase(functionName)}`;
/** `encodeCreateWidgetForm`, `encodeListWidgetsQuery`, `encodeApproveChallengeBody`. */
export const encoderName = (
  functionName: string,
  part: "query" | "form" | "body" | "multipart" | "headers",
): string => `encode${pascalCase(functionName)}${pascalCase(part)}`;
/** The request part an operation's body parameters fill, by how they travel (the name of their encoder). */
export const BODY_PARTS = { form: "form", json: "body", multipart: "multipart" } as const;
/** `createWidgetWithResponse`. */
export const withResponseName = (functionName: string): string => `${functionName}WithResponse`;
/** `requestListWidgetsPage`: fetches one page from a path or page URL (module-local). */
export const requestPageName = (functionName: string): string => `request${pascalCase(functionName)}Page`;
/** `WidgetCommon`: the fields every variant of a model shares. */
export const commonTypeName = (model: string): string => `${model}Common`;
/** `WidgetPush`: the member of a model's union for one selector value. */
export const variantMemberName = (model: string, value: string): string => `${model}${pascalCase(value)}`;
/** `CreateWidgetPushParams`: the member of a parameters union for one discriminator value. */
export const paramsMemberName = (paramsTypeName: string, value: string): string =>
  `${paramsBase(paramsTypeName)}${pascalCase(value)}Params`;
/** `CreateWidgetConfigParams`: the interface of a dotted parameter group. */
export const groupTypeName = (base: string, group: string): string => `${base}${pascalCase(group)}Params`;
/** `CreateWidget` from `CreateWidgetParams`. */
export const paramsBase = (paramsTypeName: string): string => paramsTypeName.replace(/Params$/, "");
/** `checkServiceSid`: a validator's check of a path argument (module-local). */
export const pathCheckName = (wireName: string): string => `check${pascalCase(wireName)}Argument`;
/** `checkApproveChallengeResponse`: a validator's check of an object type (module-local). */
export const objectCheckName = (typeName: string): string => `check${typeName}`;
/** `wireApproveChallengeResponse`: an object type's encoder into its wire JSON (module-local). */
export const objectWireName = (typeName: string): string => `wire${typeName}`;
/** `VERIFY_BASE_URL`, `VERIFY_REQUEST_ID_HEADER`, `VERIFY_ERROR_FIELDS`, `VERIFY_SECURITY`, `VERIFY_WEBHOOK_SIGNATURE`: a service's constants. */
export const serviceConstantName = (
  service: string,
  constant: "BASE_URL" | "REQUEST_ID_HEADER" | "ERROR_FIELDS" | "SECURITY" | "WEBHOOK_SIGNATURE",
): string => `${constantCase(service)}_${constant}`;
/** `WidgetShippedEvent`: the interface of one webhook event type (`widget.shipped`). */
export const webhookEventName = (type: string): string => `${pascalCase(type)}Event`;
/** `ShopWebhookEvent`: the union of a service's webhook events. */
export const webhookEventUnionName = (service: string): string => `${pascalCase(service)}WebhookEvent`;
/** `MoveShelfParamsBase`: the fields of a parameters type whose "exactly one of" groups the type itself adds. */
export const paramsBaseTypeName = (paramsTypeName: string): string => `${paramsTypeName}Base`;

/** The type parameter of an operation whose parameters are a union on a top-level discriminator (`FactorTypeValue`). */
export const discriminatorTypeParameter = (discriminatorTsName: string): string =>
  `${pascalCase(discriminatorTsName)}Value`;
