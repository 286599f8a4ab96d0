/**
 * `init`: sets a project up to use the generator: a configuration file, a small example spec and
 * the `package.json` scripts that generate and check. Never overwrites a file that exists (the
 * scripts are added only under names not taken).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { CONFIG_NAMES, type ToolConfig } from "./config.ts";

/** What `init` did: the files it wrote, those it left as they were, and the scripts it added. */
export interface InitResult {
  readonly written: readonly string[];
  readonly kept: readonly string[];
  readonly scripts: readonly string[];
}

/** The example spec `init` writes: one resource, two operations, every required block. */
export const EXAMPLE_SPEC = `# yaml-language-server: $schema=../node_modules/resource-client-generator/spec/schema/resource-spec.schema.json
# An example spec: one resource with two operations. Edit it, or replace it with your own (or with
# specs imported from an OpenAPI document by \`resource-client-generator import\`).
specVersion: 3
package:
  name: example-client
  version: 0.1.0
  license: MIT
  description: A client for the example Notes API.
service:
  name: Notes
  baseUrl: https://api.example.com
  version: v1
  errors: { model: NotesError, messageField: message }
models:
  - name: NotesError
    description: The error body.
    fields:
      - { name: message, type: string, nullable: true, description: What went wrong. }
resources:
  - name: Note
    plural: Notes
    description: A short text note.
    paths:
      list: /notes
      instance: /notes/{Id}
    pathParameters:
      - { name: Id, type: string, pattern: "^[0-9a-z]{8}$", example: ab12cd34, description: The note's id. }
    models:
      - name: Note
        description: A note.
        fields:
          - { name: id, type: string, description: Its id. }
          - { name: text, type: string, description: Its text. }
    operations:
      - id: CreateNote
        kind: create
        method: POST
        path: list
        successStatus: 201
        response: Note
        summary: Write a note.
        parameters:
          - { name: Text, in: body, type: string, required: true, maxLength: 280, description: The note's text. }
      - id: FetchNote
        kind: fetch
        method: GET
        path: instance
        successStatus: 200
        response: Note
        summary: Read a note.
`;

/** Writes the configuration, the example spec and the scripts into the project at `cwd`. */
export function init(cwd: string): InitResult {
  const written: string[] = [];
  const kept: string[] = [];
  const manifestPath = join(cwd, "package.json");
  const manifest: { name?: string; private?: boolean; scripts?: Record<string, string> } = existsSync(
    manifestPath,
  )
    ? JSON.parse(readFileSync(manifestPath, "utf8"))
    : { name: basename(cwd), private: true };
  const project = (manifest.name ?? basename(cwd)).replace(/^@[^/]+\//, "").replace(/[^a-z0-9-._~]/g, "-");
  const config: ToolConfig = {
    specs: ["spec"],
    out: "generated",
    package: { name: `${project}-client`, version: "0.1.0" },
    formatter: "prettier",
    command: "npm run generate",
  };
  const put = (path: string, text: string) => {
    const display = relative(cwd, path).split(sep).join("/");
    if (existsSync(path)) return void kept.push(display);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(display);
  };
  if (CONFIG_NAMES.some((name) => existsSync(join(cwd, name)))) kept.push(CONFIG_NAMES[0]);
  else put(join(cwd, CONFIG_NAMES[0]), `${JSON.stringify(config, null, 2)}\n`);
  put(join(cwd, "spec", "notes.yaml"), EXAMPLE_SPEC);
  const scripts = { ...manifest.scripts };
  const added: string[] = [];
  for (const [name, command] of [
    ["generate", "resource-client-generator"],
    ["generate:check", "resource-client-generator --check"],
  ] as const)
    if (scripts[name] === undefined) {
      scripts[name] = command;
      added.push(name);
    }
  if (added.length || !existsSync(manifestPath)) {
    writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, scripts }, null, 2)}\n`);
    if (!written.includes("package.json")) written.push("package.json");
  }
  return { written, kept, scripts: added };
}
