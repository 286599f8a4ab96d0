#!/usr/bin/env node
// The `generate` command: registers tsx's TypeScript loader, then runs the CLI written in TypeScript.
import { register } from "tsx/esm/api";

register();
await import("../generator/cli.ts");
