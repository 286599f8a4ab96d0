/**
 * The compile-time proof that a switch over a tagged union (the type kinds, the auth schemes, the
 * wire encodings) handled every member: with one unhandled, `value` is not `never` and `tsc` names
 * the switch.
 */
export function unreachable(value: never): never {
  throw new Error(`unhandled kind: ${JSON.stringify(value)}`);
}
