/**
 * Names of schemas no spec names itself, which more than one target must agree on: the OpenAPI
 * document declares them, and a client that reads wire types derived from that document looks
 * them up by the same name.
 */

/** `ListWidgetResponse`: the schema of a list operation's whole response (its items and page fields). */
export const envelopeName = (operationId: string): string => `${operationId}Response`;
