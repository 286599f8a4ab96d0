import type { CreateNotificationParams } from "./types.js";
/** Encodes the form body of `createNotification`: only the parameters given, under their wire names. */
export declare function encodeCreateNotificationForm(params: CreateNotificationParams): string;
