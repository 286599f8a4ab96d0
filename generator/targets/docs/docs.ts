/** Docs emitter: the package README, an index of the resources and one Markdown reference per resource, from handlebars templates. */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { Ir } from "../../ir/types.ts";
import { kebab } from "../ts/layout.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";
import { docsIndexView, readmeView, resourceView } from "./view-model.ts";

const TEMPLATES = new URL("../../../templates/", import.meta.url);

// An isolated instance: no global helpers or partials leak in or out. Views arrive pre-escaped.
const handlebars = Handlebars.create();
const compile = (name: string) =>
  handlebars.compile(readFileSync(new URL(name, TEMPLATES), "utf8"), { noEscape: false, strict: true });

let templates:
  | {
      readme: HandlebarsTemplateDelegate;
      index: HandlebarsTemplateDelegate;
      resource: HandlebarsTemplateDelegate;
    }
  | undefined;

/** `README.md`, the index `docs/README.md` and `docs/<resource>.md`. */
export function emitDocs(ir: Ir): VirtualFile[] {
  templates ??= {
    readme: compile("package-readme.md.hbs"),
    index: compile("docs-index.md.hbs"),
    resource: compile("resource.md.hbs"),
  };
  const header = generatedHeader(ir.sources, "markdown").trimEnd();
  const files: VirtualFile[] = [
    { path: "README.md", content: templates.readme({ header, ...readmeView(ir) }) },
    { path: "docs/README.md", content: templates.index({ header, ...docsIndexView(ir) }) },
  ];
  for (const service of ir.services) {
    for (const resource of service.resources) {
      files.push({
        path: `docs/${kebab(resource.name)}.md`,
        content: templates.resource({ header, ...resourceView(ir, service, resource) }),
      });
    }
  }
  return files;
}
