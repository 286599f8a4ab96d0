import type { ApprovePasskeyChallengeParams, CreatePasskeyChallengeParams, CreatePasskeyFactorParams, VerifyPasskeyFactorParams } from "./types.js";
/** Encodes the JSON body of `createPasskeyFactor`: only the parameters given, under their wire names. */
export declare function encodeCreatePasskeyFactorBody(params: CreatePasskeyFactorParams): Record<string, unknown>;
/** Encodes the JSON body of `verifyPasskeyFactor`: only the parameters given, under their wire names. */
export declare function encodeVerifyPasskeyFactorBody(params: VerifyPasskeyFactorParams): Record<string, unknown>;
/** Encodes the JSON body of `createPasskeyChallenge`: only the parameters given, under their wire names. */
export declare function encodeCreatePasskeyChallengeBody(params: CreatePasskeyChallengeParams): Record<string, unknown>;
/** Encodes the JSON body of `approvePasskeyChallenge`: only the parameters given, under their wire names. */
export declare function encodeApprovePasskeyChallengeBody(params: ApprovePasskeyChallengeParams): Record<string, unknown>;
