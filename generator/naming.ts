/** Naming, shared by every stage and target: words of a name and the usual cases of them. */

/** Splits `CodeLength`, `code_length`, `code-length` or `APIKey` into words. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * `CodeLength` -> `codeLength`, `code_length` -> `codeLength`. A name already in lower camel case is
 * kept as written (`clientDataJSON`, as the WebAuthn API spells it, not `clientDataJson`).
 */
export function camelCase(name: string): string {
  if (/^[a-z][A-Za-z0-9]*$/.test(name)) return name;
  const words = splitWords(name);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w.toLowerCase()))).join("");
}

/** `kind` -> `Kind`, `push` -> `Push`. */
export function pascalCase(name: string): string {
  return splitWords(name)
    .map((w) => capitalize(w.toLowerCase()))
    .join("");
}

/** `PageSize` -> `PAGE_SIZE`. */
export function constantCase(name: string): string {
  return splitWords(name)
    .map((w) => w.toUpperCase())
    .join("_");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `VerifyV2` -> `verify-v2`. */
export function kebab(name: string): string {
  return splitWords(name)
    .map((w) => w.toLowerCase())
    .join("-");
}
