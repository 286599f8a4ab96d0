/**
 * YAML text: block-style YAML for plain data (maps, lists, strings, numbers, booleans, null), with
 * comment lines before chosen keys; the importer writes its specs with it, the OpenAPI target
 * `openapi.yaml`. Strings stay plain where YAML 1.2 reads them back as the same string, and are
 * double-quoted (JSON escapes, which YAML shares) otherwise.
 */
/** Where a node of written YAML stands: its value, and for a mapping's entry its key (1-based). */
export interface WrittenPosition {
  readonly line: number;
  readonly column: number;
  readonly keyLine?: number;
  readonly keyColumn?: number;
}

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
  return Array.isArray(value) ? "[]" : "{}";
}

// A map or list with entries: written over lines of its own (an empty one is a leaf: `[]`, `{}`).
function isNested(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  for (const _ in value) return true;
  return false;
}

// The JSON of a path one step below the path whose JSON is `parent` (`[]` at the top).
const below = (parent: string, segment: string | number) =>
  parent === "[]" ? `[${JSON.stringify(segment)}]` : `${parent.slice(0, -1)},${JSON.stringify(segment)}]`;

/**
 * YAML as written, with what a reader gets back from it: the data (as a YAML 1.2 reader returns
 * it: `undefined` as null) and where each node stands, by node path (JSON of the path), the
 * position `yaml`'s parser would give it. A writer's caller can check and locate without reading the
 * text back.
 */
export interface WrittenYaml {
  readonly text: string;
  readonly value: unknown;
  readonly positions: ReadonlyMap<string, WrittenPosition>;
}

/** The YAML text of `value` (a map or list at the top), with `comments` before keys and items. */
export function yamlText(value: unknown, comments: Comments = new Map()): string {
  return write(value, comments, false).text;
}

/** `yamlText`, with the data read back and every node's position (see `WrittenYaml`). */
export function writeYaml(value: unknown, comments: Comments = new Map()): WrittenYaml {
  return write(value, comments, true);
}

// The writer; `track` records what `writeYaml` returns besides the text (node paths and positions,
// the data read back), which `yamlText` has no use for.
function write(value: unknown, comments: Comments, track: boolean): WrittenYaml {
  const lines: string[] = [];
  const positions = new Map<string, WrittenPosition>();
  // Where a node starts: the line about to be written, at a column. Paths are keyed by their JSON.
  const at = !track
    ? () => {}
    : (path: string, column: number, key?: number) =>
        positions.set(
          path,
          key === undefined
            ? { line: lines.length + 1, column }
            : { line: lines.length + 1, column, keyLine: lines.length + 1, keyColumn: key },
        );
  // A node's path is needed only to record its position or find its comments.
  const pathBelow = track || comments.size > 0 ? below : () => "";
  const comment =
    comments.size === 0
      ? () => {}
      : (path: string, indent: string) => {
          for (const line of comments.get(path) ?? []) lines.push(`${indent}#${line}`);
        };
  // A nested collection starts where its first entry does; an empty one, at its `[]` or `{}`.
  const writeNode = (node: unknown, path: string, indent: string, firstPrefix: string): unknown => {
    if (Array.isArray(node)) {
      const out: unknown[] = new Array(node.length);
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        const itemPath = pathBelow(path, i);
        const prefix = i === 0 ? firstPrefix : indent;
        comment(itemPath, indent);
        if (i === 0) at(path, prefix.length + 1);
        if (isNested(item) && !Array.isArray(item))
          out[i] = writeNode(item, itemPath, `${indent}  `, `${prefix}- `);
        else if (isNested(item)) {
          lines.push(`${prefix}-`);
          out[i] = writeNode(item, itemPath, `${indent}  `, `${indent}  `);
        } else {
          at(itemPath, prefix.length + 3);
          lines.push(`${prefix}- ${leaf(item)}`);
          out[i] = readBack(item);
        }
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    let i = 0;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      const childPath = pathBelow(path, key);
      const prefix = i === 0 ? firstPrefix : indent;
      // A comment cannot stand between "- " and the first key: it goes above the item's line.
      comment(childPath, indent);
      if (i === 0) at(path, prefix.length + 1);
      i++;
      const k = scalarText(key);
      let read: unknown;
      if (!isNested(child)) {
        at(childPath, prefix.length + k.length + 3, prefix.length + 1);
        lines.push(`${prefix}${k}: ${leaf(child)}`);
        read = readBack(child);
      } else {
        const keyAt = { keyLine: lines.length + 1, keyColumn: prefix.length + 1 };
        lines.push(`${prefix}${k}:`);
        read = writeNode(child, childPath, `${indent}  `, `${indent}  `);
        if (track) positions.set(childPath, { ...positions.get(childPath)!, ...keyAt });
      }
      // `__proto__` is a key like any other in YAML: defined, never assigned (which would set the prototype).
      if (key === "__proto__")
        Object.defineProperty(out, key, {
          value: read,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = read;
    }
    return out;
  };
  const read = writeNode(value, "[]", "", "");
  return { text: `${lines.join("\n")}\n`, value: read, positions };
}

/** A leaf as a YAML 1.2 reader returns what `leaf` wrote (a fresh empty collection, null for undefined). */
function readBack(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? Number(String(value)) : value;
  if (Array.isArray(value)) return [];
  if (typeof value === "object") return {};
  return value;
}
