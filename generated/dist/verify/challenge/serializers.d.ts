import type { CreateChallengeParams, ListChallengesParams, UpdateChallengeParams } from "./types.js";
/** Encodes the query string of `listChallenges`: only the parameters given, under their wire names. */
export declare function encodeListChallengesQuery(params: ListChallengesParams): URLSearchParams;
/** Encodes the form body of `createChallenge`: only the parameters given, under their wire names. */
export declare function encodeCreateChallengeForm(params: CreateChallengeParams): URLSearchParams;
/** Encodes the form body of `updateChallenge`: only the parameters given, under their wire names. */
export declare function encodeUpdateChallengeForm(params: UpdateChallengeParams): URLSearchParams;
