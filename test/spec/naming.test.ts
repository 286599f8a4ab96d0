/** Given/want table for the naming module. */
import { describe, expect, it } from "vitest";
import { camelCase, constantCase, pascalCase } from "../../generator/naming.ts";
import { isSafeIdentifier, localName, propertyPath } from "../../generator/targets/ts/naming.ts";

describe("naming", () => {
  it.each([
    ["CodeLength", "codeLength"],
    ["code_length", "codeLength"],
    ["FactorType", "factorType"],
    ["more_info", "moreInfo"],
    ["APIKey", "apiKey"],
    ["ES256", "es256"],
    ["sid", "sid"],
    ["clientDataJSON", "clientDataJSON"],
    ["rawId", "rawId"],
  ])("camelCase(%s) = %s", (given, want) => expect(camelCase(given)).toBe(want));

  it.each([
    ["factor_type", "FactorType"],
    ["push", "Push"],
    ["NewFactor", "NewFactor"],
  ])("pascalCase(%s) = %s", (given, want) => expect(pascalCase(given)).toBe(want));

  it.each([
    ["Config.CodeLength", ["config", "codeLength"]],
    ["Binding.PublicKey", ["binding", "publicKey"]],
    ["FactorType", ["factorType"]],
  ])("propertyPath(%s)", (given, want) => expect(propertyPath(given)).toEqual(want));

  it("builds constants and locals that are never reserved words", () => {
    expect(constantCase("PageSize")).toBe("PAGE_SIZE");
    expect(localName(["config", "codeLength"])).toBe("configCodeLength");
    expect(localName(["default"])).toBe("defaultValue");
    expect(isSafeIdentifier("class")).toBe(false);
    expect(isSafeIdentifier("factorType")).toBe(true);
  });
});
