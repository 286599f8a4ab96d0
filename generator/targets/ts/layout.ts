/** Where each generated module lives, and the relative import specifiers between them. */
import { posix } from "node:path";
import { kebab } from "../../naming.ts";
import type { TsResource, TsService } from "./model.ts";

export { kebab };

/** Module paths (inside the package, `.ts`) of the shared parts. */
export const MODULES = {
  index: "src/index.ts",
  client: "src/client.ts",
  wire: "src/wire.ts",
  runtime: (name: string) => `src/runtime/${name}.ts`,
} as const;

/** Module paths of one service's files. */
export function serviceModules(service: TsService) {
  const dir = `src/${kebab(service.name)}`;
  return {
    constants: `${dir}/service.ts`,
    models: `${dir}/models.ts`,
    decoders: `${dir}/decoders.ts`,
    /** Webhook signature validators and events. */
    webhooks: `${dir}/webhooks.ts`,
  };
}

/** Module paths of one resource's files. */
export function resourceModules(service: TsService, resource: TsResource) {
  const dir = `src/${kebab(service.name)}/${kebab(resource.name)}`;
  return {
    types: `${dir}/types.ts`,
    validators: `${dir}/validators.ts`,
    serializers: `${dir}/serializers.ts`,
    decoders: `${dir}/decoders.ts`,
    operations: `${dir}/operations.ts`,
    /** Re-exports the resource's functions, validators and types: the module behind its subpath export. */
    index: `${dir}/index.ts`,
  };
}

/** The package subpath that exports one resource on its own (`./factors`), so an app imports only it. */
export function resourceSubpath(resource: TsResource): string {
  return `./${kebab(resource.plural)}`;
}

/** Subpaths every generated package exports besides its resources'. */
export const FIXED_SUBPATHS: readonly string[] = [
  ".",
  "./client",
  "./mock",
  "./openapi.yaml",
  "./package.json",
];

/** The ESM import specifier from module `from` to module `to` (both `.ts` paths in the package). */
export function importPath(from: string, to: string): string {
  const rel = posix.relative(posix.dirname(from), to).replace(/\.ts$/, ".js");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
