/**
 * The spec schema's compiled validator shipped beside `generator/engine/spec-schema.ts` is ajv's code
 * for the schema as it is, under the ajv installed: a run loads it without compiling. After a change
 * to the schema or to ajv, `npx vitest run test/generator/spec-schema.test.ts -u` writes it again.
 */
import { readFileSync } from "node:fs";
import jsYaml from "js-yaml";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  compileSpecValidator,
  SHIPPED_VALIDATOR,
  shippedHeader,
  SPEC_SCHEMA_URL,
  specValidator,
  specValidatorKey,
} from "../../generator/engine/spec-schema.ts";

describe("the shipped spec-schema validator", () => {
  it("is ajv's code for the current schema and ajv, under its key", async () => {
    const schema = readFileSync(SPEC_SCHEMA_URL, "utf8");
    const { code } = compileSpecValidator(schema);
    await expect(shippedHeader(specValidatorKey(schema)) + code).toMatchFileSnapshot(
      fileURLToPath(SHIPPED_VALIDATOR),
    );
  });

  it("is the validator a run uses, and it refuses what the schema refuses", () => {
    const validate = specValidator();
    const spec = jsYaml.load(readFileSync(new URL("../fixtures/paging/spec.yaml", import.meta.url), "utf8"));
    expect(validate(spec), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(spec as object), service: 3 })).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
  });
});
