/**
 * Import, YAML text: block-style YAML for plain spec data (maps, lists, strings, numbers, booleans,
 * null), with comment lines before chosen keys. Strings stay plain where YAML 1.2 reads them back as
 * the same string, and are double-quoted (JSON escapes, which YAML shares) otherwise.
 */

/** Comments by node path (JSON of the path), each placed on the lines before that key or item. */
export type Comments = ReadonlyMap<string, readonly string[]>;

const RESERVED_PLAIN =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const NUMBER_LIKE =
  /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$|^0[xo][0-9a-fA-F]+$/;

/** A string as a YAML scalar: plain when that reads back the same, quoted otherwise. */
export function scalarText(value: string): string {
  const plain =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value) &&
    !/: |:$| #|\t/.test(value) &&
    !RESERVED_PLAIN.test(value) &&
    !NUMBER_LIKE.test(value);
  return plain ? value : JSON.stringify(value);
}

function leaf(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number")
    return Number.isFinite(value)
      ? String(value)
      : Number.isNaN(value)
        ? ".nan"
        : value > 0
          ? ".inf"
          : "-.inf";
  if (typeof value === "string") return scalarText(value);
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (typeof value === "object" && Object.keys(value).length === 0) return "{}";
  return "";
}

const isNested = (value: unknown) => typeof value === "object" && value !== null && leaf(value) === "";

/** The YAML text of `value` (a map or list at the top), with `comments` before keys and items. */
export function yamlText(value: unknown, comments: Comments = new Map()): string {
  const lines: string[] = [];
  const comment = (path: readonly (string | number)[], indent: string) => {
    for (const line of comments.get(JSON.stringify(path)) ?? []) lines.push(`${indent}#${line}`);
  };
  const write = (node: unknown, path: (string | number)[], indent: string, firstPrefix: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const itemPath = [...path, i];
        const prefix = i === 0 ? firstPrefix : indent;
        comment(itemPath, indent);
        if (isNested(item) && !Array.isArray(item)) write(item, itemPath, `${indent}  `, `${prefix}- `);
        else if (isNested(item)) {
          lines.push(`${prefix}-`);
          write(item, itemPath, `${indent}  `, `${indent}  `);
        } else lines.push(`${prefix}- ${leaf(item)}`);
      });
      return;
    }
    Object.entries(node as Record<string, unknown>).forEach(([key, child], i) => {
      const childPath = [...path, key];
      const prefix = i === 0 ? firstPrefix : indent;
      if (i > 0) comment(childPath, indent);
      else if (comments.has(JSON.stringify(childPath))) {
        // A comment cannot stand between "- " and the first key: it goes above the item's line.
        comment(childPath, indent);
      }
      const k = scalarText(key);
      if (!isNested(child)) lines.push(`${prefix}${k}: ${leaf(child)}`);
      else if (Array.isArray(child)) {
        lines.push(`${prefix}${k}:`);
        write(child, childPath, `${indent}  `, `${indent}  `);
      } else {
        lines.push(`${prefix}${k}:`);
        write(child, childPath, `${indent}  `, `${indent}  `);
      }
    });
  };
  write(value, [], "", "");
  return `${lines.join("\n")}\n`;
}
