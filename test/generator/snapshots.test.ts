/**
 * One file snapshot per generated file of each fixture spec, one test per file, so a review diff and
 * a failure both show exactly which file moved; a snapshot file the generator no longer writes fails.
 * The Factor tree is not kept here: the drift test covers generated/, manifest included. The
 * fixtures' manifests are left out: they record a fingerprint of the generator's own sources, which
 * every change to the generator moves.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, snapshotTree } from "../helpers/paths.ts";
import { filesFor } from "../helpers/render.ts";
import { MANIFEST } from "../../generator/engine/write.ts";

const cases: [string, string[]][] = [
  // Every kind of auth scheme, operations needing different ones.
  ["auth", [join(FIXTURES, "auth/spec.yaml")]],
  ["params", [join(FIXTURES, "params/spec.yaml")]],
  ["hostile", [join(FIXTURES, "hostile/spec.yaml")]],
  ["kinds", [join(FIXTURES, "kinds/spec.yaml")]],
  // Server variables, HEAD and OPTIONS operations, an operation with a server of its own.
  ["servers", [join(FIXTURES, "servers/spec.yaml")]],
  // Two files of one service and a second service in one package; path arguments named Class and
  // Client; a body parameter named like a path argument; a resource with no path parameters.
  ["merged", ["a.yaml", "b.yaml", "c.yaml"].map((f) => join(FIXTURES, "merged", f))],
  // One list per paging style of other vendors: has-more with the last id, a cursor field, a Link header, offset and total.
  ["paging", [join(FIXTURES, "paging/spec.yaml")]],
  // A response of each shape that is not one model: arrays, scalars, maps.
  ["responses", [join(FIXTURES, "responses/spec.yaml")]],
  // Unions: by a discriminator (with and without a mapping), by shape, in arrays, maps and fields.
  ["unions", [join(FIXTURES, "unions/spec.yaml")]],
  // Request bodies of every media type: multipart with files, binary, text, JSON unions and arrays.
  ["bodies", [join(FIXTURES, "bodies/spec.yaml")]],
];

describe.each(cases)("snapshots: %s", async (name, specs) => {
  const files = (await filesFor(...specs)).filter((f) => f.path !== MANIFEST);
  const dir = join(FIXTURES, name, "expected");

  it.each(files.map((f) => [f.path, f.content] as const))("%s", async (path, content) => {
    await expect(content).toMatchFileSnapshot(join(dir, path));
  });

  it("has no stale snapshot file", () => {
    const written = new Set(files.map((f) => f.path));
    expect([...snapshotTree(dir).keys()].filter((p) => !written.has(p))).toEqual([]);
  });
});
