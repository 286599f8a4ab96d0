import type { PageMeta, TwilioError } from "./models.js";
import type { Wire } from "../wire.js";
/** Decodes a TwilioError from its wire JSON. */
export declare function decodeTwilioError(wire: Wire["TwilioError"]): TwilioError;
/** Decodes a PageMeta from its wire JSON. */
export declare function decodePageMeta(wire: Wire["PageMeta"]): PageMeta;
