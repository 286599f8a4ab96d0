/** The one place spec text becomes code text: literals and TSDoc, never raw splices. */

/** A JavaScript string literal for any text (JSON.stringify, which also escapes U+2028/9 in modern engines). */
export function literal(value: string | number | boolean | null): string {
  if (typeof value === "string")
    return JSON.stringify(value)
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029");
  return JSON.stringify(value);
}

/** Text safe inside a `/** ... *\/` comment: cannot close it, start a tag, or break out of a line. */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/@/g, "\\@")
    .replace(/[\u2028\u2029]/g, " ")
    .trim();
}

/** An inline code span for docs: `value`, with backticks in the value neutralised. */
export function docCode(value: string): string {
  return "`" + docText(value).replace(/`/g, "'") + "`";
}

/** `obj.name` when `name` is an identifier, `obj["name"]` otherwise: property access never splices raw text. */
export function member(object: string, name: string, optional = false): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) return `${object}${optional ? "?." : "."}${name}`;
  return `${object}${optional ? "?." : ""}[${literal(name)}]`;
}

/** Sets a property of a plain object; a `__proto__` property is defined, not the prototype set. */
export function assign(object: string, name: string, value: string): string {
  if (name !== "__proto__") return `${object}[${literal(name)}] = ${value}`;
  return `Object.defineProperty(${object}, "__proto__", { value: ${value}, enumerable: true, writable: true, configurable: true })`;
}
