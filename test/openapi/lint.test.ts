/** The emitted OpenAPI document passes Redocly's validator and its recommended lint rules. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import jsYaml from "js-yaml";
import { parse } from "yaml";
import { openApiDocument } from "../../generator/targets/openapi/document.ts";
import { FIXTURES, GENERATED, SPEC_FILES } from "../helpers/paths.ts";
import { irFor } from "../helpers/render.ts";

const source = readFileSync(join(GENERATED, "openapi.yaml"), "utf8");

describe("generated/openapi.yaml", () => {
  it("is OpenAPI 3.1 with no problem under Redocly's recommended rules", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source, absoluteRef: join(GENERATED, "openapi.yaml"), config });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
    expect(parse(source).openapi).toBe("3.1.0");
  });

  it("still fails the validator when broken, so the check above can fail", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const broken = source.replace("operationId: FetchFactor", "operationId: CreateNewFactor");
    const problems = await lintFromString({ source: broken, absoluteRef: "broken.yaml", config });
    expect(problems.some((p) => p.ruleId === "operation-operationId-unique")).toBe(true);
  });

  it("states the conditional rules as if/then on the create body", () => {
    const doc = parse(source);
    const body =
      doc.paths["/v2/Services/{ServiceSid}/Entities/{Identity}/Factors"].post.requestBody.content[
        "application/x-www-form-urlencoded"
      ].schema;
    expect(body.required).toEqual(["FactorType", "FriendlyName"]);
    expect(body.allOf).toContainEqual({
      if: { properties: { FactorType: { const: "push" } }, required: ["FactorType"] },
      then: {
        required: ["Binding.PublicKey", "Config.AppId", "Config.NotificationToken", "Config.SdkVersion"],
      },
    });
    expect(body.properties["Config.CodeLength"]).toMatchObject({
      type: "integer",
      minimum: 3,
      maximum: 8,
      default: 6,
    });
  });
});

describe("the paging fixture's openapi.yaml", () => {
  const path = join(FIXTURES, "paging/expected/openapi.yaml");
  const paging = readFileSync(path, "utf8");

  it("is valid with every paging style's parameters as ordinary query parameters, and the Link header declared", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: paging, absoluteRef: path, config });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
    const doc = parse(paging);
    expect(doc.paths["/v1/repos"].get.responses["200"].headers.Link.schema).toEqual({ type: "string" });
    expect(doc.paths["/v1/charges"].get.responses["200"].headers).toBeUndefined();
    expect(
      doc.paths["/v1/charges"].get.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`),
    ).toEqual(["query limit", "query starting_after", "query currency"]);
  });
});

describe("the servers fixture's openapi.yaml (server variables, an operation's server, HEAD and OPTIONS)", () => {
  const path = join(FIXTURES, "servers/expected/openapi.yaml");
  const text = readFileSync(path, "utf8");

  it("has no problem under Redocly's recommended rules (but two about the made-up API itself)", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: text, absoluteRef: path, config });
    // The fixture's hosts are example.com's, and its API takes no credentials, by design.
    const made = new Set(["no-server-example.com", "security-defined"]);
    expect(
      problems
        .filter((p) => !made.has(p.ruleId))
        .map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
  });

  it("declares the server's variables, the operation's own server, and a HEAD answer without a body", () => {
    const doc = parse(text);
    expect(doc.servers).toEqual([
      {
        url: "{scheme}://{region}.mirror.example.com/{basePath}",
        variables: {
          scheme: {
            default: "https",
            enum: ["https", "http"],
            description: "The scheme the API is reached by.",
          },
          region: {
            default: "eu",
            enum: ["eu", "us"],
            description: "The region whose API the client talks to.",
          },
          basePath: { default: "api/v2", description: "The path the API is mounted under." },
        },
      },
    ]);
    const upload = doc.paths["/Mirrors/{Sid}/Content"].put;
    expect(upload.servers).toEqual([
      {
        url: "https://uploads.{region}.mirror.example.com",
        variables: {
          region: {
            default: "eu",
            enum: ["eu", "us"],
            description: "The region whose API the client talks to.",
          },
        },
      },
    ]);
    const head = doc.paths["/Mirrors/{Sid}"].head;
    for (const answer of Object.values(head.responses)) expect(answer).not.toHaveProperty("content");
    expect(doc.paths["/Mirrors"].options.operationId).toBe("OptionsMirrors");
  });
});

describe("openapi.yaml's text", () => {
  // Written by the generator's own YAML writer: the text must read back (by yaml and by js-yaml) as
  // exactly the document the emitter built, for the package and every fixture.
  const packages = [
    { name: "generated", specs: SPEC_FILES, text: source },
    ...readdirSync(FIXTURES)
      .filter((name) => existsSync(join(FIXTURES, name, "expected/openapi.yaml")))
      .map((name) => ({
        name,
        specs: readdirSync(join(FIXTURES, name))
          .filter((file) => file.endsWith(".yaml"))
          .map((file) => join(FIXTURES, name, file)),
        text: readFileSync(join(FIXTURES, name, "expected/openapi.yaml"), "utf8"),
      })),
  ];

  it.each(packages)("$name: reads back as the document the emitter built", async ({ specs, text }) => {
    const document = openApiDocument(await irFor(...specs));
    expect(parse(text)).toStrictEqual(document);
    expect(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })).toStrictEqual(document);
  });
});
