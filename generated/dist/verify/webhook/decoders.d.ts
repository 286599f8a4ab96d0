import type { Webhook } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Webhook from its wire JSON. */
export declare function decodeWebhook(wire: Wire["Webhook"]): Webhook;
