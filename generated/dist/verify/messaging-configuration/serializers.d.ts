import type { CreateMessagingConfigurationParams, ListMessagingConfigurationsParams, UpdateMessagingConfigurationParams } from "./types.js";
/** Encodes the query string of `listMessagingConfigurations`: only the parameters given, under their wire names. */
export declare function encodeListMessagingConfigurationsQuery(params: ListMessagingConfigurationsParams): string;
/** Encodes the form body of `createMessagingConfiguration`: only the parameters given, under their wire names. */
export declare function encodeCreateMessagingConfigurationForm(params: CreateMessagingConfigurationParams): string;
/** Encodes the form body of `updateMessagingConfiguration`: only the parameters given, under their wire names. */
export declare function encodeUpdateMessagingConfigurationForm(params: UpdateMessagingConfigurationParams): string;
