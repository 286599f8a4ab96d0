/**
 * Positions of a text read by js-yaml, found without `yaml`'s parser. js-yaml calls a listener as
 * it opens and closes each node; a second read with that listener records where each node starts and
 * which nodes it holds (for a mapping: its keys and their values, in order). Locating a path walks
 * those records. It is several times faster than `yaml`'s positioned document, which matters for
 * large documents that need only a handful of positions (an importer's warnings in a big OpenAPI
 * document). Where the records cannot answer with certainty (a construct they do not model), the
 * caller falls back to `yaml`'s parser, so a position is never guessed.
 */
import jsYaml from "js-yaml";
import type { NodePath, TextPosition } from "./load.ts";

/** One node as js-yaml read it: where it opened and ended, its value, and the nodes read inside it. */
interface Frame {
  readonly start: number;
  end: number;
  result: unknown;
  children: Frame[] | undefined;
}

/** Where the nodes of one text stand, or `undefined` from `position` when the records cannot say. */
export class ReadPositions {
  private lineStarts: number[] | undefined;

  private constructor(
    private readonly text: string,
    private readonly root: Frame,
    // js-yaml drops a byte order mark before reading: its offsets are one short of the text's.
    private readonly shift: number,
  ) {}

  /** Reads `text` again with the listener; `undefined` if it cannot be read (the caller falls back). */
  static read(text: string): ReadPositions | undefined {
    const sentinel: Frame = { start: 0, end: 0, result: undefined, children: [] };
    const stack: Frame[] = [sentinel];
    try {
      jsYaml.load(text, {
        schema: jsYaml.CORE_SCHEMA,
        json: false,
        listener(event, state) {
          if (event === "open") {
            stack.push({ start: state.position, end: -1, result: undefined, children: undefined });
            return;
          }
          const frame = stack.pop()!;
          frame.end = state.position;
          frame.result = state.result;
          (stack[stack.length - 1]!.children ??= []).push(frame);
        },
      });
    } catch {
      return undefined;
    }
    const root = sentinel.children?.[0];
    if (!root || stack.length !== 1) return undefined;
    return new ReadPositions(text, root, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  }

  /**
   * The position of the node at `path` (or its key, with `at: "key"`), by the same rule as
   * `locate`: a path that does not exist stops at its deepest existing ancestor. `undefined` when
   * the records do not model what the path crosses.
   */
  position(path: NodePath, at: "value" | "key"): TextPosition | undefined {
    let frame: Frame | undefined = this.root;
    let key: Frame | undefined;
    let lastFound: Frame | undefined = frame;
    for (const segment of path) {
      frame = frame && unwrapped(frame);
      const value: unknown = frame?.result;
      if (!frame || value === null || typeof value !== "object") break;
      // An alias holds no nodes of its own: `yaml` stops at it, and so must this walk.
      if (!frame.children && this.textAt(frame) === "*") return undefined;
      const children: readonly Frame[] = frame.children ?? [];
      if (Array.isArray(value)) {
        if (typeof segment !== "number") break;
        // Every item of a sequence is a node of its own, in order; anything else is not modelled.
        if (children.length !== value.length) return undefined;
        key = undefined;
        frame = children[segment];
        if (!frame) break;
        if (!Object.is(frame.result, value[segment])) return undefined;
      } else {
        if (!Object.hasOwn(value, String(segment))) break;
        const entry = this.entry(
          children,
          String(segment),
          (value as Record<string, unknown>)[String(segment)],
        );
        if (!entry) return undefined;
        key = entry.key;
        frame = entry.value;
      }
      lastFound = frame ?? key;
    }
    const target = at === "key" && key ? key : (lastFound ?? key);
    if (!target) return undefined;
    const offset = target === key ? target.start : this.valueStart(target);
    return offset === undefined ? undefined : this.lineColumn(offset + this.shift);
  }

  // The key node named `name` among a mapping's nodes, and its value's node (none for an empty value).
  private entry(
    children: readonly Frame[],
    name: string,
    value: unknown,
  ): { key: Frame; value: Frame | undefined } | undefined {
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (!this.isKey(child) || String(child.result) !== name) continue;
      const next = children[i + 1];
      if (next && !this.isKey(next))
        return Object.is(next.result, value) ? { key: child, value: next } : undefined;
      // No value node: the entry's value is empty (`name:` and nothing after it).
      return value === null ? { key: child, value: undefined } : undefined;
    }
    return undefined;
  }

  // A node is a mapping's key when `:` follows it on its line (after blanks).
  private isKey(frame: Frame): boolean {
    if (frame.result !== null && typeof frame.result === "object") return false;
    let i = frame.end;
    while (this.text[i + this.shift] === " " || this.text[i + this.shift] === "\t") i++;
    return this.text[i + this.shift] === ":";
  }

  // Where a node's own text begins: js-yaml opens a value before the blanks, line breaks and comments
  // that precede it. Anchors and tags are not modelled (`undefined`: the caller falls back).
  private valueStart(frame: Frame): number | undefined {
    const i = this.skipToText(frame);
    const c = this.text[i];
    if (c === "&" || c === "!") return undefined;
    // An empty node (a value left blank) has no text of its own to point at.
    if (frame.result === null && i >= frame.end + this.shift) return undefined;
    return i - this.shift;
  }

  // The first character of a node's own text.
  private textAt(frame: Frame): string | undefined {
    return this.text[this.skipToText(frame)];
  }

  // The index in the text past the blanks, line breaks and comments before a node.
  private skipToText(frame: Frame): number {
    const text = this.text;
    let i = frame.start + this.shift;
    for (;;) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
        while (i < text.length && text[i] !== "\n") i++;
      } else return i;
    }
  }

  private lineColumn(offset: number): TextPosition {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}

// js-yaml reads a collection in block context by first trying it as a mapping's key: the node it
// read then stands alone inside the one it becomes, with the same value. The inner one has the entries.
function unwrapped(frame: Frame): Frame {
  while (frame.children?.length === 1 && frame.children[0]!.result === frame.result)
    frame = frame.children[0]!;
  return frame;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
