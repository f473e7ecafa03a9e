import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as acorn from 'acorn';
import { simple as walkSimple } from 'acorn-walk';

export interface FoundRegex {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    // A bundle (dist/app/extract-worker.bundle.js) repeats Dossier's modules with the packages they
    // import, whose expressions are the packages' own (zod's, say), as in node_modules, unscanned.
    else if (name.endsWith('.js') && !name.endsWith('.bundle.js')) out.push(p);
  }
  return out;
}

/**
 * Every regular expression written in the built code: literals, and `new RegExp(...)` / `RegExp(...)`
 * whose pattern is a constant string. Patterns built at run time are caught by `captureRegExps`.
 */
export function staticRegexes(distDir: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of jsFiles(distDir)) {
    const code = readFileSync(file, 'utf8');
    const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    const at = (line: number) => `${relative(distDir, file)}:${line}`;
    walkSimple(ast, {
      Literal(node) {
        const n = node as acorn.Literal & { regex?: { pattern: string; flags: string } };
        if (n.regex) found.push({ source: n.regex.pattern, flags: n.regex.flags, where: at(n.loc!.start.line) });
      },
      NewExpression(node) {
        const n = node as acorn.NewExpression;
        if (n.callee.type === 'Identifier' && n.callee.name === 'RegExp') {
          const pattern = constantString(n.arguments[0]);
          const flags = constantString(n.arguments[1]) ?? '';
          if (pattern !== undefined) found.push({ source: pattern, flags, where: at(n.loc!.start.line) });
        }
      },
    });
  }
  return found;
}

function constantString(node: acorn.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof (node as acorn.Literal).value === 'string') return (node as acorn.Literal).value as string;
  if (node.type === 'TemplateLiteral') {
    const t = node as acorn.TemplateLiteral;
    if (t.expressions.length === 0) return t.quasis[0]!.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * Records every pattern our code gives the RegExp constructor while `run` executes (patterns assembled
 * from word lists or joined alternatives); patterns built inside node_modules are libraries' own. Import the code under test inside `run`, so that
 * module-level patterns are built under the recorder.
 */
export async function captureRegExps(run: () => Promise<void>): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const Original = globalThis.RegExp;
  const record = (pattern: unknown, flags: unknown) => {
    if (typeof pattern !== 'string') return;
    // Only patterns our code builds: the caller is the first stack frame outside this file.
    const caller = (new Error().stack ?? '').split('\n').slice(1).find((l) => !l.includes('regex-inventory'));
    if (!caller || caller.includes('/node_modules/')) return;
    const where = /\/(?:dist|src)\/([^:)]+:\d+)/.exec(caller)?.[1] ?? 'runtime';
    found.push({ source: pattern, flags: typeof flags === 'string' ? flags : '', where });
  };
  const Recording = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      record(args[0], args[1]);
      return Reflect.construct(target, args);
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      record(args[0], args[1]);
      return Reflect.apply(target, undefined, args);
    },
  });
  globalThis.RegExp = Recording;
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}
