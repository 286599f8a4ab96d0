import type { CreateChallengeParams, ListChallengesParams, UpdateChallengeParams } from "./types.js";
/** Encodes the query string of `listChallenges`: only the parameters given, under their wire names. */
export declare function encodeListChallengesQuery(params: ListChallengesParams): string;
/** Encodes the form body of `createChallenge`: only the parameters given, under their wire names. */
export declare function encodeCreateChallengeForm(params: CreateChallengeParams): string;
/** Encodes the form body of `updateChallenge`: only the parameters given, under their wire names. */
export declare function encodeUpdateChallengeForm(params: UpdateChallengeParams): string;
