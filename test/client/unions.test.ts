/**
 * Unions in responses, run for real: the fixture's Zoo API (test/fixtures/unions/spec.yaml) answers
 * an animal chosen by its `kind` (a discriminator with a mapping), a keeper or a vet chosen by the
 * model's name, shapes chosen by their always-sent fields (a shape with more fields tried before
 * one with fewer), scalars beside models, an array and a map of unions, and a model whose fields
 * are unions. Each decodes into its branch; a value that fits no branch is a ResponseError naming
 * the branches tried, never a TypeError; the fixture's local server answers each union.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeFetch, json } from "../helpers/fake-fetch.ts";
import { FIXTURE_PACKAGES, FIXTURES } from "../helpers/paths.ts";
import { startPrism, type Prism } from "../helpers/prism.ts";

type Api = Record<string, any>;
const dist = join(FIXTURE_PACKAGES, "unions/dist");
const api: Api = await import(pathToFileURL(join(dist, "index.js")).href);
const mock: Api = await import(pathToFileURL(join(dist, "mock/index.js")).href);

/** A client whose every request is answered with the JSON of `body`. */
function answering(body: unknown) {
  return api["createClient"]({ fetch: fakeFetch(() => json(200, body)).fetch });
}

/** The error a call rejects with. */
async function failure(call: Promise<unknown>): Promise<any> {
  return call.then(
    () => expect.unreachable("the call should have failed"),
    (e: unknown) => e,
  );
}

const cat = { id: 1, kind: "cat", indoor: true };
const dog = { id: 2, kind: "dog", bark_volume: 7, born_at: "2020-01-02T03:04:05Z" };
const bird = { id: 3, kind: "bird", wingspan: 1.5 };

describe("unions chosen by a discriminator", () => {
  it("the field's value picks the branch, through the mapping, and its decoder runs", async () => {
    expect(await api["fetchAnimal"](answering(cat), 1)).toEqual({ id: 1, kind: "cat", indoor: true });
    // Only Dog's decoder renames bark_volume and makes born_at a Date: proof the Dog branch ran.
    expect(await api["fetchAnimal"](answering(dog), 2)).toEqual({
      id: 2,
      kind: "dog",
      barkVolume: 7,
      bornAt: new Date("2020-01-02T03:04:05Z"),
    });
    expect(await api["fetchAnimal"](answering(bird), 3)).toEqual({ id: 3, kind: "bird", wingspan: 1.5 });
    expect(await api["allAnimals"](answering([bird, cat]))).toEqual([
      { id: 3, kind: "bird", wingspan: 1.5 },
      { id: 1, kind: "cat", indoor: true },
    ]);
  });

  it("without a mapping, the model's name is the value", async () => {
    expect(await api["onDuty"](answering({ type: "Vet", name: "Ann", licence: "V-1" }))).toEqual({
      type: "Vet",
      name: "Ann",
      licence: "V-1",
    });
    expect(await api["onDuty"](answering({ type: "Keeper", name: "Bo" }))).toEqual({
      type: "Keeper",
      name: "Bo",
    });
  });

  it("an unknown or absent value, or a body that is no object, is a ResponseError naming the branches", async () => {
    const cases: [string, unknown[], unknown, string][] = [
      [
        "fetchAnimal",
        [1],
        { id: 1, kind: "fish" },
        `fits none of FetchAnimalResponse's branches (tried Cat, Dog, Bird): its 'kind' is "fish"`,
      ],
      ["fetchAnimal", [1], { id: 1 }, "its 'kind' is absent"],
      ["fetchAnimal", [1], [cat], "a JSON array where a JSON object was expected at body"],
      [
        "allAnimals",
        [],
        [cat, { kind: "eel" }],
        "a JSON object at body[1] fits none of AllAnimalsResponseItem's branches",
      ],
      ["onDuty", [], { type: "Doctor", name: "X" }, "(tried Keeper, Vet): its 'type' is \"Doctor\""],
      // The branch is chosen, then its decoder checks its fields as ever.
      ["fetchAnimal", [1], { id: 1, kind: "dog" }, "a Dog without its 'bark_volume'"],
    ];
    for (const [name, args, body, problem] of cases) {
      const error = await failure(api[name](answering(body), ...args));
      expect(error, name).toBeInstanceOf(api["ResponseError"]);
      expect(error.message, name).toContain(problem);
    }
  });
});

describe("unions chosen by shape", () => {
  it("each body decodes as the first branch it fits, shapes with more always-sent fields first", async () => {
    const shape = (body: unknown) => api["fetchShape"](answering(body), 1);
    expect(await shape({ radius: 2 })).toEqual({ radius: 2 });
    // Rectangle (side and height) is listed after Square (side) but tried first: it has more fields.
    expect(await shape({ side: 2, height: 3 })).toEqual({ side: 2, height: 3 });
    expect(await shape({ side: 2 })).toEqual({ side: 2 });
    // A key no branch knows: the first branch it fits, Square (Rectangle needs a height).
    expect(await shape({ side: 2, colour: "red" })).toEqual({ side: 2 });
    // A field of the wrong JSON type rules a branch out: Square needs a numeric side.
    expect(await shape({ side: "2", text: "odd" })).toEqual({ text: "odd", author: null });
    // Memo and Note have no always-sent field: the smallest whose fields hold every key is taken,
    // though Memo is listed first; with a key of Memo's only, Memo.
    expect(await shape({ text: "hi" })).toEqual({ text: "hi" });
    expect(await shape({ text: "hi", author: "Al" })).toEqual({ text: "hi", author: "Al" });
    // An empty object fits a shape with no always-sent field: the smallest, Note.
    expect(await shape({})).toEqual({ text: null });
    expect(await shape("hexagon")).toBe("hexagon");
    expect(await shape(6)).toBe(6);
    expect(await api["shapesByName"](answering({ a: { radius: 1 }, b: { side: 2 } }))).toEqual({
      a: { radius: 1 },
      b: { side: 2 },
    });
  });

  it("a value that fits no branch is a ResponseError naming every branch tried, in order", async () => {
    const cases: [string, unknown[], unknown, string][] = [
      [
        "fetchShape",
        [1],
        { colour: "red" },
        "a JSON object at body fits none of FetchShapeResponse's branches (tried Rectangle, Circle, Square, Memo, Note, string, integer)",
      ],
      ["fetchShape", [1], 1.5, "a JSON number at body fits none of"],
      ["fetchShape", [1], null, "null at body fits none of"],
      ["fetchShape", [1], [1], "a JSON array at body fits none of"],
      [
        "shapesByName",
        [],
        { a: { radius: 1 }, b: { radius: "big" } },
        `a JSON object at body["b"] fits none of ShapesByNameResponseValue's branches (tried Circle, Square)`,
      ],
    ];
    for (const [name, args, body, problem] of cases) {
      const error = await failure(api[name](answering(body), ...args));
      expect(error, name).toBeInstanceOf(api["ResponseError"]);
      expect(error.message, name).toContain(problem);
    }
  });
});

describe("unions in a model's fields", () => {
  it("a nullable discriminated field, an array of scalars and an inline object branch", async () => {
    const enclosure = {
      id: 9,
      resident: dog,
      labels: ["north", 4],
      sign: { title: "Dogs", lines: ["Do not feed"] },
    };
    expect(await api["fetchEnclosure"](answering(enclosure), 9)).toEqual({
      id: 9,
      resident: { id: 2, kind: "dog", barkVolume: 7, bornAt: new Date("2020-01-02T03:04:05Z") },
      labels: ["north", 4],
      sign: { title: "Dogs", lines: ["Do not feed"] },
    });
    expect(
      await api["fetchEnclosure"](answering({ id: 9, resident: null, labels: [], sign: "Closed" }), 9),
    ).toEqual({ id: 9, resident: null, labels: [], sign: "Closed" });
  });

  it("a field's value that fits no branch is a ResponseError naming the field", async () => {
    const cases: [unknown, string][] = [
      [
        { id: 9, labels: [true], sign: "x" },
        "a JSON boolean at Enclosure.labels fits none of EnclosureLabelsItem's branches (tried integer, string)",
      ],
      [
        { id: 9, labels: [], sign: { lines: [] } },
        "at Enclosure.sign fits none of EnclosureSign's branches (tried EnclosureSignOption2, string)",
      ],
      [{ id: 9, resident: { kind: "yak" }, labels: [], sign: "x" }, "its 'kind' is \"yak\""],
      [{ id: 9, labels: [] }, "an Enclosure without its 'sign'".replace("an ", "a ")],
    ];
    for (const [body, problem] of cases) {
      const error = await failure(api["fetchEnclosure"](answering(body), 9));
      expect(error).toBeInstanceOf(api["ResponseError"]);
      expect(error.message).toContain(problem);
    }
  });
});

describe("unions: the local server answers each", () => {
  it("answers a sample of each union's first branch that the client decodes", async () => {
    const server = await mock["start"]();
    try {
      const client = api["createClient"]({ baseUrl: server.url });
      expect(await api["fetchAnimal"](client, 1)).toEqual({ id: 0, kind: "cat", indoor: false });
      expect(await api["allAnimals"](client)).toEqual([]);
      expect(await api["onDuty"](client)).toEqual({ type: "Keeper", name: "" });
      expect(await api["fetchShape"](client, 1)).toEqual({ radius: 0 });
      expect(await api["shapesByName"](client)).toEqual({});
      // A model's always-sent union field gets a sample of its first branch; the integer id from
      // the path stays a number.
      expect(await api["fetchEnclosure"](client, 4)).toEqual({ id: 4, resident: null, labels: [], sign: "" });
    } finally {
      await server.close();
    }
  });
});

describe("unions: Prism, serving the package's own OpenAPI document, answers each union", () => {
  let prism: Prism;
  beforeAll(async () => {
    prism = await startPrism(join(FIXTURES, "unions/expected/openapi.yaml"));
  }, 120_000);
  afterAll(() => prism?.close());

  it("every union operation decodes Prism's example answer", async () => {
    const client = api["createClient"]({ baseUrl: prism.url });
    const animal = await api["fetchAnimal"](client, 1);
    expect(["cat", "dog", "bird"]).toContain(animal.kind);
    expect(Array.isArray(await api["allAnimals"](client))).toBe(true);
    expect(["Keeper", "Vet"]).toContain((await api["onDuty"](client)).type);
    const shape = await api["fetchShape"](client, 1);
    expect(shape === null ? "null" : typeof shape).not.toBe("null");
    expect(typeof (await api["shapesByName"](client))).toBe("object");
    const enclosure = await api["fetchEnclosure"](client, 1);
    expect(typeof enclosure.id).toBe("number");
    expect(Array.isArray(enclosure.labels)).toBe(true);
  });
});
