/**
 * Responses that are not one model, run for real: the fixture's Kennel API
 * (test/fixtures/responses/spec.yaml) answers arrays of models, strings and dates, scalars, a map
 * of integers and a map of arrays of models. Each decodes as its type says; a body of the wrong
 * shape, at the top or deep inside, is a ResponseError naming where, never a TypeError; the
 * fixture's local server answers each shape.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES } from "../helpers/paths.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "responses/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

/** A client whose every request is answered with `body` (JSON text of it, or the text itself). */
function answering(body: unknown, raw = false) {
  const fake = fakeFetch(() => (raw ? new Response(body as string, { status: 200 }) : json(200, body)));
  return api["createClient"]({ fetch: fake.fetch });
}

/** The error a call rejects with. */
async function failure(call: Promise<unknown>): Promise<any> {
  return call.then(
    () => expect.unreachable("the call should have failed"),
    (e: unknown) => e,
  );
}

describe("responses: arrays, scalars and maps decode as their types say", () => {
  it("an array of models decodes each item with its model's decoder", async () => {
    const dogs = await api["allDogs"](
      answering([
        { id: 1, name: "Rex", born_at: "2020-01-02T03:04:05Z" },
        { id: 2, name: "Fido" },
      ]),
    );
    expect(dogs).toEqual([
      { id: 1, name: "Rex", bornAt: new Date("2020-01-02T03:04:05Z") },
      { id: 2, name: "Fido", bornAt: null },
    ]);
  });

  it("scalars, arrays of scalars and dates, maps and maps of arrays of models", async () => {
    expect(await api["dogName"](answering("Rex"), 1)).toBe("Rex");
    expect(await api["countDogs"](answering(3))).toBe(3);
    expect(await api["averageWeight"](answering(12.5))).toBe(12.5);
    expect(await api["isOpen"](answering(false))).toBe(false);
    expect(await api["dogTags"](answering(["a", "b"]))).toEqual(["a", "b"]);
    expect(await api["birthdays"](answering(["2020-01-02T03:04:05Z"]))).toEqual([
      new Date("2020-01-02T03:04:05Z"),
    ]);
    expect(await api["countsByBreed"](answering({ beagle: 2, pug: 0 }))).toEqual({ beagle: 2, pug: 0 });
    expect(
      await api["packs"](answering({ north: [{ id: 1, name: "Rex", born_at: null }], south: [] })),
    ).toEqual({
      north: [{ id: 1, name: "Rex", bornAt: null }],
      south: [],
    });
    // A union by shape: a model, a string or an array of strings.
    expect(await api["whereabouts"](answering({ id: 2, name: "Fido" }), 1)).toEqual({
      id: 2,
      name: "Fido",
      bornAt: null,
    });
    expect(await api["whereabouts"](answering("the park"), 1)).toBe("the park");
    expect(await api["whereabouts"](answering(["gate", "pond"]), 1)).toEqual(["gate", "pond"]);
  });

  it("a body of the wrong shape is a ResponseError saying what was found where", async () => {
    const cases: [string, unknown[], unknown, string][] = [
      ["allDogs", [], { dogs: [] }, "a JSON object where a JSON array was expected at body"],
      ["allDogs", [], [{ id: 1, name: "Rex" }, null], "null where a JSON object was expected at body[1]"],
      ["allDogs", [], [{ id: 1 }], "a Dog without its 'name'"],
      ["dogName", [1], 7, "a JSON number where a string was expected at body"],
      ["countDogs", [], 1.5, "a JSON number where an integer was expected at body"],
      ["countDogs", [], "3", "a JSON string where an integer was expected at body"],
      ["averageWeight", [], null, "null where a number was expected at body"],
      ["isOpen", [], "yes", "a JSON string where a boolean was expected at body"],
      ["dogTags", [], ["a", 2], "a JSON number where a string was expected at body[1]"],
      ["birthdays", [], [true], "a JSON boolean where a string was expected at body[0]"],
      ["countsByBreed", [], [1, 2], "a JSON array where a JSON object was expected at body"],
      ["countsByBreed", [], { pug: "two" }, 'a JSON string where an integer was expected at body["pug"]'],
      ["packs", [], { north: [7] }, 'a JSON number where a JSON object was expected at body["north"][0]'],
      [
        "whereabouts",
        [1],
        7,
        "a JSON number at body fits none of WhereaboutsResponse's branches (tried Dog, string, string[])",
      ],
      ["whereabouts", [1], ["a", 1], "a JSON number where a string was expected at body[1]"],
    ];
    for (const [name, args, body, problem] of cases) {
      const error = await failure(api[name](answering(body), ...args));
      expect(error, name).toBeInstanceOf(api["ResponseError"]);
      expect(error.message, name).toContain(problem);
    }
  });

  it("an empty body or one that is not JSON is a ResponseError too", async () => {
    const empty = await failure(api["countDogs"](answering("", true)));
    expect(empty).toBeInstanceOf(api["ResponseError"]);
    expect(empty.message).toContain("an empty body where JSON was expected");
    const text = await failure(api["dogTags"](answering("a,b", true)));
    expect(text).toBeInstanceOf(api["ResponseError"]);
    expect(text.message).toContain("a body that is not JSON");
  });
});

describe("responses: the local server answers each shape", () => {
  it("answers an array of stored records for a GET of the list path, and a sample of every other shape", async () => {
    const server = await mock["start"]();
    try {
      const client = api["createClient"]({ baseUrl: server.url });
      expect(await api["allDogs"](client)).toEqual([]);
      await api["createDog"](client, { id: 1, name: "Rex" });
      await api["createDog"](client, { id: 2, name: "Fido" });
      expect((await api["allDogs"](client)).map((d: { name: string }) => d.name)).toEqual(["Rex", "Fido"]);
      expect(await api["dogName"](client, 1)).toBe("");
      expect(await api["countDogs"](client)).toBe(0);
      expect(await api["averageWeight"](client)).toBe(0);
      expect(await api["isOpen"](client)).toBe(false);
      expect(await api["dogTags"](client)).toEqual([]);
      expect(await api["birthdays"](client)).toEqual([]);
      expect(await api["countsByBreed"](client)).toEqual({});
      expect(await api["packs"](client)).toEqual({});
      expect(await api["whereabouts"](client, 1)).toEqual({ id: 0, name: "", bornAt: null });
    } finally {
      await server.close();
    }
  });
});
