/**
 * The builder's own printer of statement structures: the handful of kinds and properties the
 * emitters build (imports, exports, variables, interfaces, type aliases, functions), printed as
 * ts-morph's `printStructure` prints them, up to the spaces and indentation the formatter sets
 * afterwards: the same tokens, comments and blank lines. It needs neither ts-morph nor the
 * TypeScript compiler ts-morph loads (most of an edit's start). A structure with any kind or
 * property it does not model is not printed here (`null`): ts-morph prints that module. ts-morph
 * stays the definition: a test formats both printers' text of every module of the package and the
 * fixtures and expects the same bytes (`test/generator/printer.test.ts`).
 */
import type { StatementStructures } from "ts-morph";
import { StructureKind } from "./structure-kinds.ts";

type Statement = string | StatementStructures;

/** Prints the statements of one module, or `null` when one of them is not modelled. */
export function printStatements(statements: readonly Statement[]): string | null {
  const writer = new Writer();
  try {
    writer.statements(statements);
  } catch (error) {
    if (error instanceof NotModelled) return null;
    throw error;
  }
  return writer.finish();
}

class NotModelled extends Error {}

// The properties each modelled structure may have (with a value other than undefined).
const ALLOWED: Record<string, ReadonlySet<string>> = {
  [StructureKind.ImportDeclaration]: new Set(["kind", "moduleSpecifier", "isTypeOnly", "namedImports"]),
  [StructureKind.ExportDeclaration]: new Set(["kind", "moduleSpecifier", "isTypeOnly", "namedExports"]),
  [StructureKind.VariableStatement]: new Set([
    "kind",
    "isExported",
    "declarationKind",
    "docs",
    "declarations",
  ]),
  [StructureKind.Interface]: new Set([
    "kind",
    "name",
    "isExported",
    "docs",
    "properties",
    "indexSignatures",
    "extends",
  ]),
  [StructureKind.TypeAlias]: new Set(["kind", "name", "isExported", "docs", "type", "typeParameters"]),
  [StructureKind.Function]: new Set([
    "kind",
    "name",
    "isExported",
    "isAsync",
    "docs",
    "typeParameters",
    "parameters",
    "returnType",
    "statements",
  ]),
  variable: new Set(["name", "type", "initializer"]),
  property: new Set(["name", "isReadonly", "hasQuestionToken", "type", "docs"]),
  index: new Set(["keyName", "keyType", "returnType", "isReadonly", "docs"]),
  parameter: new Set(["name", "type", "hasQuestionToken", "initializer"]),
  typeParameter: new Set(["name", "constraint"]),
  doc: new Set(["description"]),
};

function only(structure: object, allowed: string): void {
  if (typeof structure !== "object" || structure === null) throw new NotModelled();
  const keys = ALLOWED[allowed]!;
  for (const [key, value] of Object.entries(structure))
    if (value !== undefined && !keys.has(key)) throw new NotModelled();
}

function text(value: unknown): string {
  if (typeof value !== "string") throw new NotModelled();
  return value;
}

function texts(value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new NotModelled();
  return value.map(text);
}

function list(value: unknown): readonly object[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new NotModelled();
  return value as object[];
}

// A type or initializer: ts-morph leaves out one that is only spaces.
function optionalText(value: unknown): string | null {
  if (value === undefined) return null;
  const t = text(value);
  if (t.trim() === "") throw new NotModelled();
  return t;
}

/** A text being written, with what ts-morph's writer asks of what came last. */
class Writer {
  private out = "";
  // Where the innermost open block's first line starts (a statement there gets no blank line above).
  private blockStart = 0;

  finish(): string {
    this.newLineIfLastNot();
    return this.out;
  }

  private write(s: string): void {
    this.out += s;
  }

  private newLineIfLastNot(): void {
    if (this.out.length > 0 && !this.out.endsWith("\n")) this.out += "\n";
  }

  private blankLineIfLastNot(): void {
    if (this.out.endsWith("\n\n")) return;
    this.newLineIfLastNot();
    this.out += "\n";
  }

  private atStartOfBlock(): boolean {
    return this.out.length === this.blockStart;
  }

  private lastNonSpaceIsCloseBrace(): boolean {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const c = this.out[i]!;
      if (c === "}") return true;
      if (!/\s/.test(c)) return false;
    }
    return false;
  }

  // `{`, a new line, the block's content, and `}` on a line of its own.
  private block(content: () => void): void {
    this.write(" {\n");
    const outer = this.blockStart;
    this.blockStart = this.out.length;
    content();
    this.blockStart = outer;
    this.newLineIfLastNot();
    this.write("}");
  }

  statements(statements: readonly Statement[]): void {
    for (const statement of statements) {
      if (this.lastNonSpaceIsCloseBrace()) this.blankLineIfLastNot();
      else if (!this.atStartOfBlock()) this.newLineIfLastNot();
      this.statement(statement);
    }
  }

  private statement(statement: Statement): void {
    if (typeof statement === "string") return this.write(statement);
    if (typeof statement !== "object" || statement === null) throw new NotModelled();
    switch (statement.kind) {
      case StructureKind.ImportDeclaration:
        return this.importDeclaration(statement);
      case StructureKind.ExportDeclaration:
        return this.exportDeclaration(statement);
      case StructureKind.VariableStatement:
        return this.variableStatement(statement);
      case StructureKind.TypeAlias:
        return this.typeAlias(statement);
      case StructureKind.Interface:
        if (!this.atStartOfBlock()) this.blankLineIfLastNot();
        return this.interface(statement);
      case StructureKind.Function:
        if (!this.atStartOfBlock()) this.blankLineIfLastNot();
        return this.function(statement);
      default:
        throw new NotModelled();
    }
  }

  private docs(docs: unknown): void {
    for (const doc of list(docs)) {
      only(doc, "doc");
      const description = (doc as { description?: unknown }).description;
      const lines = (description === undefined ? "" : text(description)).split(/\r?\n/);
      const start = lines[0]!.length === 0 ? 1 : 0;
      if (lines.length <= 1) this.write(`/** ${lines[start] ?? ""}`);
      else {
        this.write("/**\n");
        for (let i = start; i < lines.length; i++)
          this.write(lines[i]!.length > 0 ? ` * ${lines[i]}\n` : " *\n");
      }
      if (!/\s$/.test(this.out)) this.write(" ");
      this.write("*/\n");
    }
  }

  private exported(structure: { isExported?: unknown }): void {
    if (structure.isExported === true) this.write("export ");
    else if (structure.isExported !== undefined && structure.isExported !== false) throw new NotModelled();
  }

  private flag(value: unknown): boolean {
    if (value === undefined || value === false) return false;
    if (value === true) return true;
    throw new NotModelled();
  }

  private importDeclaration(structure: object): void {
    only(structure, String(StructureKind.ImportDeclaration));
    const s = structure as { moduleSpecifier?: unknown; isTypeOnly?: unknown; namedImports?: unknown };
    const names = texts(s.namedImports);
    this.write(this.flag(s.isTypeOnly) ? "import type" : "import");
    if (names.length) this.write(` { ${names.join(", ")} } from`);
    this.write(` ${quoted(text(s.moduleSpecifier))};`);
  }

  private exportDeclaration(structure: object): void {
    only(structure, String(StructureKind.ExportDeclaration));
    const s = structure as { moduleSpecifier?: unknown; isTypeOnly?: unknown; namedExports?: unknown };
    const names = texts(s.namedExports);
    const from = s.moduleSpecifier === undefined ? "" : text(s.moduleSpecifier);
    this.write(this.flag(s.isTypeOnly) ? "export type" : "export");
    if (names.length) this.write(` { ${names.join(", ")} }`);
    else this.write(from ? " *" : " { }");
    if (from) this.write(` from ${quoted(from)}`);
    this.write(";");
  }

  private variableStatement(structure: object): void {
    only(structure, String(StructureKind.VariableStatement));
    const s = structure as { declarationKind?: unknown; docs?: unknown; declarations?: unknown };
    this.docs(s.docs);
    this.exported(structure);
    const kind = s.declarationKind === undefined ? "let" : text(s.declarationKind);
    if (!["const", "let", "var"].includes(kind)) throw new NotModelled();
    const declarations = list(s.declarations);
    if (!declarations.length) throw new NotModelled();
    this.write(`${kind} `);
    declarations.forEach((declaration, i) => {
      only(declaration, "variable");
      const d = declaration as { name?: unknown; type?: unknown; initializer?: unknown };
      if (i > 0) this.write(", ");
      this.write(text(d.name));
      const type = optionalText(d.type);
      if (type !== null) this.write(`: ${type}`);
      const initializer = optionalText(d.initializer);
      if (initializer !== null) this.write(` = ${initializer}`);
    });
    this.write(";");
  }

  private typeAlias(structure: object): void {
    only(structure, String(StructureKind.TypeAlias));
    const s = structure as { name?: unknown; docs?: unknown; type?: unknown; typeParameters?: unknown };
    this.docs(s.docs);
    this.exported(structure);
    this.write(`type ${text(s.name)}`);
    this.typeParameters(s.typeParameters);
    const type = optionalText(s.type);
    if (type !== null) this.write(` = ${type}`);
    this.write(";");
  }

  private typeParameters(value: unknown): void {
    const parameters = list(value);
    if (!parameters.length) return;
    const printed = parameters.map((parameter) => {
      if (typeof parameter === "string") return parameter;
      only(parameter, "typeParameter");
      const p = parameter as { name?: unknown; constraint?: unknown };
      const constraint = optionalText(p.constraint);
      return constraint === null ? text(p.name) : `${text(p.name)} extends ${constraint}`;
    });
    this.write(`<${printed.join(", ")}>`);
  }

  private interface(structure: object): void {
    only(structure, String(StructureKind.Interface));
    const s = structure as {
      name?: unknown;
      docs?: unknown;
      properties?: unknown;
      indexSignatures?: unknown;
      extends?: unknown;
    };
    this.docs(s.docs);
    this.exported(structure);
    this.write(`interface ${text(s.name)}`);
    const heritage = texts(s.extends).join(", ");
    if (heritage.trim()) this.write(` extends ${heritage}`);
    this.block(() => {
      list(s.indexSignatures).forEach((signature, i) => {
        only(signature, "index");
        const x = signature as { keyName?: unknown; keyType?: unknown; returnType?: unknown };
        const key = x.keyName === undefined ? "key" : text(x.keyName);
        const keyType = x.keyType === undefined ? "string" : text(x.keyType);
        this.member(i, signature, `[${key}: ${keyType}]`, x.returnType);
      });
      const properties = list(s.properties);
      if (properties.length && !this.atStartOfBlock()) this.write("\n");
      properties.forEach((property, i) => {
        only(property, "property");
        const p = property as { name?: unknown; hasQuestionToken?: unknown; type?: unknown };
        this.member(i, property, text(p.name) + (this.flag(p.hasQuestionToken) ? "?" : ""), p.type);
      });
    });
  }

  // One member of an interface: its docs, `readonly`, what names it, its type.
  private member(index: number, member: object, head: string, type: unknown): void {
    const m = member as { docs?: unknown; isReadonly?: unknown };
    if (index > 0) this.newLineIfLastNot();
    this.docs(m.docs);
    if (this.flag(m.isReadonly)) this.write("readonly ");
    this.write(head);
    const printed = optionalText(type);
    if (printed !== null) this.write(`: ${printed}`);
    this.write(";");
  }

  private function(structure: object): void {
    only(structure, String(StructureKind.Function));
    const s = structure as {
      name?: unknown;
      isAsync?: unknown;
      docs?: unknown;
      typeParameters?: unknown;
      parameters?: unknown;
      returnType?: unknown;
      statements?: unknown;
    };
    this.docs(s.docs);
    this.exported(structure);
    if (this.flag(s.isAsync)) this.write("async ");
    this.write("function");
    const name = s.name === undefined ? "" : text(s.name);
    if (name.trim()) this.write(` ${name}`);
    this.typeParameters(s.typeParameters);
    const parameters = list(s.parameters).map((parameter) => {
      only(parameter, "parameter");
      const p = parameter as {
        name?: unknown;
        type?: unknown;
        hasQuestionToken?: unknown;
        initializer?: unknown;
      };
      let printed = text(p.name) + (this.flag(p.hasQuestionToken) ? "?" : "");
      const type = optionalText(p.type);
      if (type !== null) printed += `: ${type}`;
      const initializer = optionalText(p.initializer);
      if (initializer !== null) printed += ` = ${initializer}`;
      return printed;
    });
    this.write(`(${parameters.join(", ")})`);
    const returnType = optionalText(s.returnType);
    if (returnType !== null) this.write(`: ${returnType}`);
    const body = s.statements;
    if (body !== undefined && typeof body !== "string" && !Array.isArray(body)) throw new NotModelled();
    this.block(() => this.statements(typeof body === "string" ? [body] : texts(body)));
  }
}

// A module specifier in double quotes, as ts-morph's writer quotes it.
function quoted(specifier: string): string {
  if (/["\\\n\r]/.test(specifier)) throw new NotModelled();
  return `"${specifier}"`;
}
