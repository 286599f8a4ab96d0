import type { CreateMessagingConfigurationParams, ListMessagingConfigurationsParams, UpdateMessagingConfigurationParams } from "./types.js";
/** Encodes the query string of `listMessagingConfigurations`: only the parameters given, under their wire names. */
export declare function encodeListMessagingConfigurationsQuery(params: ListMessagingConfigurationsParams): URLSearchParams;
/** Encodes the form body of `createMessagingConfiguration`: only the parameters given, under their wire names. */
export declare function encodeCreateMessagingConfigurationForm(params: CreateMessagingConfigurationParams): URLSearchParams;
/** Encodes the form body of `updateMessagingConfiguration`: only the parameters given, under their wire names. */
export declare function encodeUpdateMessagingConfigurationForm(params: UpdateMessagingConfigurationParams): URLSearchParams;
