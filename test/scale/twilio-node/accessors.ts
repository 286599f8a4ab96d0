/**
 * twilio-node's accessors by path: walks a twilio-node version object (`client.verify.v2`), as its
 * own users would reach each resource, and records every list and context it reaches under its URI
 * template, so an operation of an OpenAPI document finds the twilio-node object that serves it
 * without a hand-written table. Placeholders become `{}` on both sides.
 */

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** One step from a twilio-node object to the next: a property, then (for a context) a call. */
export interface Step {
  readonly key: string;
  /** How many path values the call takes (0 for a singleton; some contexts take two), or null: not called. */
  readonly call: number | null;
}

/**
 * Each URI template (placeholders as `{}`) with the ways to the twilio-node objects serving it,
 * shortest first: one path may have several (Verify's `factors` and `newFactors`).
 */
export type AccessorTable = ReadonlyMap<string, readonly (readonly Step[])[]>;

type Node = Record<string, unknown> & { _uri?: unknown };

// Members of twilio-node's list and context objects that are operations or plumbing, not resources.
const NOT_RESOURCES = new Set([
  "get",
  "create",
  "fetch",
  "update",
  "remove",
  "page",
  "list",
  "each",
  "stream",
  "getPage",
  "toJSON",
  "inspect",
  "constructor",
]);

const templateOf = (uri: string) => uri.replace(/\{p\d+\}/g, "{}");

// The methods every twilio-node version object has (they send requests): never called while walking.
const VERSION_METHODS = new Set(
  Object.getOwnPropertyNames(
    (require("twilio/lib/base/Version") as { default: { prototype: object } }).default.prototype,
  ),
);

/** Every list and context reachable from `version`, by URI template; the shortest way to each. */
export function accessorTable(version: object): AccessorTable {
  const table = new Map<string, Step[][]>();
  let placeholder = 0;
  const seen = new Set<unknown>();
  const visit = (node: unknown, steps: Step[], depth: number) => {
    if (depth > 10 || node === null || (typeof node !== "object" && typeof node !== "function")) return;
    if (seen.has(node)) return;
    seen.add(node);
    const uri = (node as Node)._uri;
    if (typeof uri === "string" && uri) {
      const ways = table.get(templateOf(uri)) ?? [];
      ways.push(steps);
      table.set(
        templateOf(uri),
        ways.sort((a, b) => a.length - b.length),
      );
    }
    for (const key of memberNames(node)) {
      let child: unknown;
      try {
        child = (node as Node)[key];
      } catch {
        continue;
      }
      // Resources are lists (callable with a value to give a context) or plain objects with a URI.
      if (typeof child === "function" && typeof (child as unknown as Node)._uri === "string") {
        visit(child, [...steps, { key, call: null }], depth + 1);
        const values = [0, 1, 2].map(() => `{p${placeholder++}}`);
        let context: unknown;
        try {
          context = (child as (...v: string[]) => unknown)(...values);
        } catch {
          context = null;
        }
        const contextUri = (context as Node | null)?._uri;
        if (typeof contextUri === "string")
          visit(
            context,
            [...steps, { key, call: values.filter((v) => contextUri.includes(v)).length }],
            depth + 1,
          );
      } else if (typeof child === "object" && child !== null && typeof (child as Node)._uri === "string")
        visit(child, [...steps, { key, call: null }], depth + 1);
      else if (typeof child === "function" && depth === 0 && !VERSION_METHODS.has(key)) {
        // An accessor method of the version itself (`inbound(reportId)`): a list made from path values.
        const values = [0, 1, 2].map(() => `{p${placeholder++}}`);
        let list: unknown;
        try {
          list = (child as (...v: string[]) => unknown).call(node, ...values);
        } catch {
          list = null;
        }
        const listUri = (list as Node | null)?._uri;
        if (typeof listUri === "string")
          visit(list, [...steps, { key, call: values.filter((v) => listUri.includes(v)).length }], depth + 1);
      }
    }
  };
  visit(version, [], 0);
  return table;
}

// A twilio-node object's own and prototype members (its resources are getters on either).
function memberNames(node: unknown): string[] {
  const out = new Set<string>();
  for (let p = node; p && p !== Object.prototype && p !== Function.prototype; p = Object.getPrototypeOf(p))
    for (const key of Object.getOwnPropertyNames(p))
      if (!key.startsWith("_") && !NOT_RESOURCES.has(key) && key !== "length" && key !== "name") out.add(key);
  return [...out].sort();
}

/** The object the steps reach from `version`, with the path values given in order. */
export function follow(
  version: object,
  steps: readonly Step[],
  pathValues: readonly (string | number)[],
): Node {
  let node = version as Node;
  let next = 0;
  for (const step of steps) {
    const member = node[step.key] as Node & ((...values: (string | number)[]) => Node);
    node = step.call === null ? member : member.call(node, ...pathValues.slice(next, (next += step.call)));
  }
  return node;
}
