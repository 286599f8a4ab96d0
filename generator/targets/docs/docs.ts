/** Docs emitter: the package README, an index of the resources and one Markdown reference per resource, from handlebars templates. */
import Handlebars from "handlebars";
import type { TsIr } from "../ts/model.ts";
import { kebab } from "../ts/layout.ts";
import { generatedHeader, type VirtualFile } from "../../virtual-file.ts";
import { docsIndexView, readmeView, resourceView } from "./view-model.ts";

import { TEMPLATE_ASSETS } from "./target.ts";

// An isolated instance: no global helpers or partials leak in or out. Views arrive pre-escaped.
const handlebars = Handlebars.create();

interface Templates {
  readonly readme: HandlebarsTemplateDelegate;
  readonly index: HandlebarsTemplateDelegate;
  readonly resource: HandlebarsTemplateDelegate;
}

// Compiled templates by their sources: a process that generates again compiles them once.
const compiled = new WeakMap<ReadonlyMap<string, string>, Templates>();

function templatesOf(sources: ReadonlyMap<string, string>): Templates {
  let out = compiled.get(sources);
  if (!out) {
    const compile = (name: string) => {
      const text = sources.get(name);
      if (text === undefined) throw new Error(`the template ${TEMPLATE_ASSETS}${name} is missing`);
      return handlebars.compile(text, { noEscape: false, strict: true });
    };
    out = {
      readme: compile("package-readme.md.hbs"),
      index: compile("docs-index.md.hbs"),
      resource: compile("resource.md.hbs"),
    };
    compiled.set(sources, out);
  }
  return out;
}

/** `README.md`, the index `docs/README.md` and `docs/<resource>.md`; `sources` are the templates (name -> text). */
export function emitDocs(ir: TsIr, sources: ReadonlyMap<string, string>): VirtualFile[] {
  const templates = templatesOf(sources);
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
