/** The Factor spec's IR, as JSON, and the facts of the seed document it must carry. */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TsType } from "../../generator/targets/ts/model.ts";
import type { IrEnumType, IrOperation, IrType } from "../../generator/ir/types.ts";
import { rulesOf } from "../../generator/targets/ts/describe.ts";
import { FACTOR_SPEC, FIXTURES, tempDir } from "../helpers/paths.ts";
import { irFor } from "../helpers/render.ts";

const factorIr = () => irFor(FACTOR_SPEC);

describe("Factor IR", async () => {
  const ir = await factorIr();
  const resource = ir.services[0]!.resources[0]!;
  const op = (id: string): IrOperation => resource.operations.find((o) => o.id === id)!;
  const param = (id: string, wire: string) => op(id).parameters.find((p) => p.wireName === wire)!;

  it("matches its JSON snapshot", async () => {
    await expect(JSON.stringify(ir, null, 2) + "\n").toMatchFileSnapshot("../fixtures/factor/ir.json");
  });

  it("pages by nextUrl when the spec names no style, as when it says style: nextUrl", async () => {
    const dir = tempDir();
    const spelled = join(dir, "factor.yaml");
    const text = readFileSync(FACTOR_SPEC, "utf8");
    writeFileSync(
      spelled,
      text.replace(
        "  pagination:\n    metaKey: meta",
        "  pagination:\n    style: nextUrl\n    metaKey: meta",
      ),
    );
    for (const beside of ["guide.md", "factor.mock.ts"])
      copyFileSync(join(dirname(FACTOR_SPEC), beside), join(dir, beside));
    const explicit = await irFor(spelled);
    const pagings = (x: typeof ir) =>
      x.services[0]!.resources.flatMap((r) => r.operations.map((o) => o.paging));
    expect(readFileSync(spelled, "utf8")).not.toBe(text);
    expect(pagings(explicit)).toEqual(pagings(ir));
    expect(op("ListFactor").paging).toMatchObject({ style: "nextUrl", nextUrlField: "next_page_url" });
  });

  it("is the same when built twice", async () => {
    expect(JSON.stringify(await factorIr())).toBe(JSON.stringify(ir));
  });

  it("has the seed's operations, ids, tags and statuses", () => {
    expect(
      resource.operations.map((o) => [o.id, o.name, o.method, o.tags.join(), o.successStatuses[0]]),
    ).toEqual([
      ["CreateNewFactor", "createFactor", "POST", "VerifyV2NewFactor", 201],
      ["FetchFactor", "fetchFactor", "GET", "VerifyV2Factor", 200],
      ["ListFactor", "listFactors", "GET", "VerifyV2Factor", 200],
      ["UpdateFactor", "updateFactor", "POST", "VerifyV2Factor", 200],
      ["DeleteFactor", "deleteFactor", "DELETE", "VerifyV2Factor", 204],
    ]);
    expect(op("ListFactor").stream?.name).toBeNull();
  });

  it("has every parameter of the seed with its wire name", () => {
    expect(
      op("CreateNewFactor")
        .parameters.map((p) => p.wireName)
        .sort(),
    ).toEqual(
      [
        "Binding.Alg",
        "Binding.PublicKey",
        "Binding.Secret",
        "Config.Alg",
        "Config.AppId",
        "Config.CodeLength",
        "Config.NotificationPlatform",
        "Config.NotificationToken",
        "Config.SdkVersion",
        "Config.Skew",
        "Config.TimeStep",
        "FactorType",
        "FriendlyName",
        "Metadata",
      ].sort(),
    );
    expect(
      op("UpdateFactor")
        .parameters.map((p) => p.wireName)
        .sort(),
    ).toEqual(
      [
        "AuthPayload",
        "Config.Alg",
        "Config.CodeLength",
        "Config.NotificationPlatform",
        "Config.NotificationToken",
        "Config.SdkVersion",
        "Config.Skew",
        "Config.TimeStep",
        "FriendlyName",
      ].sort(),
    );
    expect(op("ListFactor").parameters.map((p) => p.wireName)).toEqual(["PageSize", "Page", "PageToken"]);
  });

  it("has the seed's enums, ranges, lengths, formats and defaults", () => {
    const c = (wire: string, id = "CreateNewFactor") => {
      const r = rulesOf(param(id, wire).type as TsType);
      return { ...r, enum: r.values };
    };
    expect(c("FactorType").enum).toEqual(["push", "totp", "passkeys"]);
    expect(c("Config.Alg").enum).toEqual(["sha1", "sha256", "sha512"]);
    expect(c("Config.NotificationPlatform").enum).toEqual(["apn", "fcm", "none"]);
    expect(c("Binding.Alg").enum).toEqual(["ES256"]);
    expect([
      c("Config.CodeLength").minimum,
      c("Config.CodeLength").maximum,
      param("CreateNewFactor", "Config.CodeLength").default,
    ]).toEqual([3, 8, 6]);
    expect([
      c("Config.Skew").minimum,
      c("Config.Skew").maximum,
      param("CreateNewFactor", "Config.Skew").default,
    ]).toEqual([0, 2, 1]);
    expect([
      c("Config.TimeStep").minimum,
      c("Config.TimeStep").maximum,
      param("CreateNewFactor", "Config.TimeStep").default,
    ]).toEqual([20, 60, 30]);
    expect([
      c("PageSize", "ListFactor").minimum,
      c("PageSize", "ListFactor").maximum,
      param("ListFactor", "PageSize").default,
    ]).toEqual([1, 1000, 50]);
    expect(c("FriendlyName").maxLength).toBe(64);
    expect(c("Config.AppId").maxLength).toBe(100);
    expect([c("Config.NotificationToken").minLength, c("Config.NotificationToken").maxLength]).toEqual([
      32, 255,
    ]);
    expect(c("Metadata").maxLength).toBe(1024);
    expect(param("CreateNewFactor", "Metadata").type).toMatchObject({
      kind: "map",
      values: { kind: "string" },
    });
    expect(param("CreateNewFactor", "Metadata").encoding).toEqual({ kind: "json" });
    expect(c("Binding.Secret").format).toBe("base32");
    expect(c("Binding.PublicKey").format).toBe("ec-p256-spki");
  });

  it("has the conditional rules as data", () => {
    const create = op("CreateNewFactor");
    const requiredForPush = create.parameters
      .filter((p) => p.requiredWhen?.values.includes("push"))
      .map((p) => p.wireName);
    expect(requiredForPush).toEqual([
      "Binding.PublicKey",
      "Config.AppId",
      "Config.NotificationToken",
      "Config.SdkVersion",
    ]);
    const only = (value: string) =>
      create.parameters.filter((p) => p.onlyWhen?.values.includes(value)).map((p) => p.wireName);
    expect(only("totp")).toEqual([
      "Binding.Secret",
      "Config.Alg",
      "Config.CodeLength",
      "Config.Skew",
      "Config.TimeStep",
    ]);
    expect(only("push")).toEqual([
      "Binding.Alg",
      "Binding.PublicKey",
      "Config.AppId",
      "Config.NotificationPlatform",
      "Config.NotificationToken",
      "Config.SdkVersion",
    ]);
    expect(create.discriminator?.wireName).toBe("FactorType");
    const update = op("UpdateFactor");
    const serverRules = update.parameters.filter((p) => p.onlyWhen || p.requiredWhen);
    expect(serverRules.length).toBeGreaterThan(0);
    for (const p of serverRules) {
      for (const c of [p.onlyWhen, p.requiredWhen])
        if (c) expect(c).toMatchObject({ subject: "resource", wireName: "factor_type", checkedBy: "server" });
    }
    expect(update.discriminator).toBeNull();
  });

  it("has the path parameter rules", () => {
    const pp = Object.fromEntries(
      resource.pathParameters.map((p) => [p.wireName, rulesOf(p.type as TsType)]),
    );
    expect(pp["ServiceSid"]!.pattern).toBe("^VA[0-9a-fA-F]{32}$");
    expect(pp["Sid"]!.pattern).toBe("^YF[0-9a-fA-F]{32}$");
    expect([pp["Identity"]!.minLength, pp["Identity"]!.maxLength]).toEqual([8, 64]);
  });

  it("has the response models, with NewFactor adding binding and options", () => {
    const names = (m: string) => resource.models.find((x) => x.name === m)!.fields.map((f) => f.wireName);
    expect(names("NewFactor")).toEqual([...names("Factor"), "binding", "options"]);
    const config = resource.models[0]!.fields.find((f) => f.wireName === "config")!;
    expect(
      config.type.kind === "variants" &&
        config.type.cases.map((c) => [c.value, c.fields.map((f) => f.wireName)]),
    ).toEqual([
      ["push", ["sdk_version", "app_id", "notification_platform", "notification_token"]],
      ["totp", ["alg", "skew", "code_length", "time_step"]],
    ]);
  });
});

describe("enums: closed in requests, open in responses", async () => {
  const ir = await irFor(join(FIXTURES, "kinds/spec.yaml"));
  // Every enum inside `type`, at any depth: object fields, array items, map values.
  const enums = (type: IrType): IrEnumType[] => {
    switch (type.kind) {
      case "enum":
        return [type];
      case "array":
        return enums(type.items);
      case "map":
        return enums(type.values);
      case "object":
        return type.fields.flatMap((f) => enums(f.type));
      case "variants":
        return type.cases.flatMap((c) => c.fields.flatMap((f) => enums(f.type)));
      default:
        return [];
    }
  };
  const services = ir.services;
  const responseEnums = services.flatMap((s) => [
    ...s.models.flatMap((m) => m.fields.flatMap((f) => enums(f.type))),
    ...s.resources.flatMap((r) => r.models.flatMap((m) => m.fields.flatMap((f) => enums(f.type)))),
  ]);
  const requestEnums = services.flatMap((s) =>
    s.resources.flatMap((r) => [
      ...r.pathParameters.flatMap((p) => enums(p.type)),
      ...r.operations.flatMap((o) => o.parameters.flatMap((p) => enums(p.type))),
    ]),
  );

  it("every enum of a response model is open, array items included", () => {
    expect(responseEnums.length).toBeGreaterThanOrEqual(3);
    expect(responseEnums.every((e) => e.open)).toBe(true);
  });

  it("every enum of a request parameter is closed, path parameters and array items included", () => {
    expect(requestEnums.length).toBeGreaterThanOrEqual(3);
    expect(requestEnums.every((e) => !e.open)).toBe(true);
  });
});
