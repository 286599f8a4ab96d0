import type { MessagingConfiguration } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a MessagingConfiguration from its wire JSON. */
export declare function decodeMessagingConfiguration(wire: Wire["MessagingConfiguration"]): MessagingConfiguration;
