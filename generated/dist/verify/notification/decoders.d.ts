import type { Notification } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Notification from its wire JSON. */
export declare function decodeNotification(wire: Wire["Notification"]): Notification;
