/** YAML text: what the writer emits reads back as exactly the data, for strings YAML treats specially. */
import jsYaml from "js-yaml";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { scalarText, yamlText } from "../../generator/yaml-text.ts";

const TRICKY = [
  "plain text",
  "true",
  "no",
  "null",
  "~",
  "1.0",
  "0x1F",
  ".inf",
  "-dash",
  "key: value",
  "a #comment",
  "#hash",
  "trailing ",
  " leading",
  "",
  "multi\nline",
  "tab\there",
  'quote"s',
  "it's",
  "*star",
  "&anchor",
  "!tag",
  "%pct",
  "@at",
  "`tick`",
  "[bracket",
  "{brace",
  "ends with:",
  "ünïcødé",
  "\u2028",
  "100",
  "-1",
  "1e3",
  "yes",
];

describe("yamlText", () => {
  it.each(TRICKY)("%j reads back as itself (yaml and js-yaml)", (value) => {
    const text = yamlText({ value, list: [value], nested: { value } });
    for (const read of [parse(text), jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })])
      expect(read).toEqual({ value, list: [value], nested: { value } });
  });

  it("plain where it can be, quoted where it must be", () => {
    expect(scalarText("The widget.")).toBe("The widget.");
    expect(scalarText("true")).toBe('"true"');
    expect(scalarText("a: b")).toBe('"a: b"');
  });

  it("block style, with comment lines before keys and list items, and empty collections inline", () => {
    const data = {
      a: 1,
      list: [{ name: "x", min: 3 }, "z"],
      empty: [],
      none: {},
      flag: false,
      nothing: null,
    };
    const comments = new Map([
      [JSON.stringify(["list", 0, "min"]), [" lifted from: one"]],
      [JSON.stringify(["list", 1]), [" before z"]],
    ]);
    const text = yamlText(data, comments);
    expect(text).toBe(
      "a: 1\nlist:\n  - name: x\n    # lifted from: one\n    min: 3\n  # before z\n  - z\nempty: []\nnone: {}\nflag: false\nnothing: null\n",
    );
    expect(parse(text)).toEqual(data);
  });
});
