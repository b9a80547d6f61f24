// API report: every name the package's JavaScript entry points export, with its kind and its
// declaration as published in dist/**/*.d.ts, written to api/public-api.md so that each change to
// the public API shows up in review. Reads the declarations of the last `npm run build`.
//
//   node scripts/api-report.mjs           rewrite api/public-api.md (npm run api)
//   node scripts/api-report.mjs --check   fail when api/public-api.md is not what the build gives (CI)
//
// Uses the TypeScript compiler API of the repository's TypeScript (5.x; TypeScript 7 has no JS API).
// Besides the names and declarations, the report lists the types that public declarations refer to
// but that no entry exports (a user can see them in hovers but cannot name them): each is either
// exported on purpose or kept out of public signatures.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const reportFile = resolve(root, 'api/public-api.md');
const check = process.argv.includes('--check');

/** The entry points with JavaScript exports: [specifier users import, declaration file]. */
const ENTRIES = [
  ['@cluster-events/components', 'index.d.ts'],
  ['@cluster-events/components/cdn/cluster-events.js', 'cdn.d.ts'],
  ['@cluster-events/components/cdn/export.js', 'cdn-export.d.ts'],
];
/** Entries whose names must all come from the root entry with the same declaration. */
const SUBSET_OF_ROOT = new Set(ENTRIES.slice(1).map(([specifier]) => specifier));

for (const [, file] of ENTRIES) {
  if (!existsSync(resolve(dist, file))) {
    console.error(`api-report: dist/${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const program = ts.createProgram(
  ENTRIES.map(([, file]) => resolve(dist, file)),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();
const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

const inDist = (sourceFile) => resolve(sourceFile.fileName).startsWith(dist + '/');
const modulePath = (sourceFile) => relative(dist, sourceFile.fileName).replace(/\.d\.ts$/, '.ts');
const resolveAlias = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

/** What an exported symbol is, in the words a user would use. */
function kindOf(symbol) {
  const f = symbol.flags;
  const kinds = [];
  if (f & ts.SymbolFlags.Class) kinds.push('class');
  else if (f & ts.SymbolFlags.Function) kinds.push('function');
  else if (f & ts.SymbolFlags.Variable) kinds.push('const');
  if (f & ts.SymbolFlags.Interface && !(f & ts.SymbolFlags.Class)) kinds.push('interface');
  if (f & ts.SymbolFlags.TypeAlias) kinds.push('type');
  if (f & ts.SymbolFlags.Enum) kinds.push('enum');
  return kinds.join(' + ') || 'other';
}

const isRuntime = (symbol) => Boolean(symbol.flags & (ts.SymbolFlags.Value & ~ts.SymbolFlags.Interface & ~ts.SymbolFlags.TypeAlias));

/** A declaration as published, without comments and without private members (not API). */
function declarationText(node) {
  const strip = (context) => (root) => {
    const visit = (n) => {
      if (
        (ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)) &&
        (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Private || (n.name && ts.isPrivateIdentifier(n.name)))
      ) {
        return undefined;
      }
      return ts.visitEachChild(n, visit, context);
    };
    return ts.visitNode(root, visit);
  };
  // A variable's text is its statement (`export declare const X: ...`), which holds its keyword.
  const target = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const [clean] = ts.transform(target, [strip]).transformed;
  return printer.printNode(ts.EmitHint.Unspecified, clean, node.getSourceFile()).trim();
}

/** Named types a declaration refers to that are declared in this package. */
function referencedTypes(node, into) {
  const visit = (n) => {
    let name;
    if (ts.isTypeReferenceNode(n)) name = n.typeName;
    else if (ts.isExpressionWithTypeArguments(n)) name = n.expression;
    else if (ts.isTypeQueryNode(n)) name = n.exprName;
    if (name) {
      const symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      if (symbol) {
        const target = resolveAlias(symbol);
        const decl = target.declarations?.[0];
        if (decl && !(target.flags & ts.SymbolFlags.TypeParameter) && inDist(decl.getSourceFile())) into.set(target, modulePath(decl.getSourceFile()));
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
}

/** Whether some link of a re-export chain is `export type` (the name then has no runtime value). */
function isTypeOnlyExport(symbol) {
  for (let link = symbol; link && link.flags & ts.SymbolFlags.Alias; link = checker.getImmediateAliasedSymbol(link)) {
    if (link.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration(d))) return true;
  }
  return false;
}

function describeEntry(file) {
  const sourceFile = program.getSourceFile(resolve(dist, file));
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const names = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = resolveAlias(exported);
    const declarations = (symbol.declarations ?? []).filter((d) => inDist(d.getSourceFile()));
    const text = declarations.map(declarationText).join('\n');
    const name = exported.getName();
    const declaredName = symbol.getName();
    const typeOnly = isTypeOnlyExport(exported);
    names.push({
      name,
      symbol,
      kind: typeOnly && isRuntime(symbol) ? `${kindOf(symbol)} (type only)` : kindOf(symbol),
      runtime: isRuntime(symbol) && !typeOnly,
      module: declarations[0] ? modulePath(declarations[0].getSourceFile()) : '(outside dist)',
      text: declaredName === name ? text : `// exported as ${name}\n${text}`,
      declarations,
    });
  }
  return names.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const entries = ENTRIES.map(([specifier, file]) => ({ specifier, file, names: describeEntry(file) }));
const rootEntry = entries[0];
const exportedSymbols = new Set(entries.flatMap((e) => e.names.map((n) => n.symbol)));
const problems = [];

// The lists are chosen name by name: no `export *` in the modules that hold them (src/index.ts,
// src/core.ts for the CDN bundle, src/export/index.ts for the CDN exporters).
for (const file of ['index.d.ts', 'core.d.ts', 'export/index.d.ts']) {
  const sourceFile = program.getSourceFile(resolve(dist, file));
  for (const statement of sourceFile?.statements ?? []) {
    if (ts.isExportDeclaration(statement) && !statement.exportClause) {
      problems.push(`src/${file.replace(/\.d\.ts$/, '.ts')} has \`${statement.getText()}\`: list the public names one by one`);
    }
  }
}
// The root entry is exactly the CDN bundle's names plus the CDN exporters' names.
const cdnNames = new Set(entries.slice(1).flatMap((e) => e.names.map((n) => n.name)));
for (const n of rootEntry.names) {
  if (!cdnNames.has(n.name)) problems.push(`the root entry exports ${n.name}, which neither src/core.ts nor src/export/index.ts lists`);
}

const out = [];
out.push('# Public API report');
out.push('');
out.push('<!-- Generated by `npm run api` (scripts/api-report.mjs) from the declarations in dist/. Do not edit. -->');
out.push('');
out.push("Every name the package's JavaScript entry points export, with the declaration users compile");
out.push('against. CI (`npm run api:check`) fails when this file differs from what the build gives: a change');
out.push('here is a change to the public API, and a removal or rename needs a changeset that says what to use');
out.push('instead. Private class members are left out; protected members are API for subclasses.');
out.push('');
for (const entry of entries) {
  const runtime = entry.names.filter((n) => n.runtime).length;
  out.push(`## \`${entry.specifier}\``);
  out.push('');
  out.push(`${entry.names.length} names: ${runtime} at runtime, ${entry.names.length - runtime} types only.`);
  out.push('');
  if (SUBSET_OF_ROOT.has(entry.specifier)) {
    const rootNames = new Map(rootEntry.names.map((n) => [n.name, n]));
    for (const n of entry.names) {
      if (rootNames.get(n.name)?.symbol !== n.symbol)
        problems.push(`${entry.specifier} exports ${n.name}, which the root entry does not export as the same declaration`);
    }
    out.push('The same declarations as the root entry:');
    out.push('');
    out.push(entry.names.map((n) => `\`${n.name}\``).join(', '));
    out.push('');
    continue;
  }
  out.push('| name | kind | declared in |');
  out.push('| --- | --- | --- |');
  for (const n of entry.names) out.push(`| \`${n.name}\` | ${n.kind} | ${n.module} |`);
  out.push('');
  const byModule = new Map();
  for (const n of entry.names) byModule.set(n.module, [...(byModule.get(n.module) ?? []), n]);
  for (const module of [...byModule.keys()].sort()) {
    out.push(`### ${module}`);
    out.push('');
    out.push('```ts');
    out.push(
      byModule
        .get(module)
        .map((n) => n.text)
        .join('\n\n'),
    );
    out.push('```');
    out.push('');
  }
  const referenced = new Map();
  for (const n of entry.names) for (const d of n.declarations) referencedTypes(d, referenced);
  const hidden = [...referenced].filter(([symbol]) => !exportedSymbols.has(symbol));
  out.push('### Referenced but not exported');
  out.push('');
  if (hidden.length === 0) {
    out.push('None: every type of this package that a public declaration names is exported.');
  } else {
    out.push('Types of this package named by a public declaration that no entry exports:');
    out.push('');
    for (const [symbol, module] of hidden.sort(([a], [b]) => a.getName().localeCompare(b.getName(), 'en'))) {
      out.push(`- \`${symbol.getName()}\` (${module})`);
    }
  }
  out.push('');
}
const report = out.join('\n');

// The declarations tell the truth about the JavaScript: the modules that load in Node export exactly
// the runtime names (the CDN bundle needs a DOM; it is built from src/core.ts like the root entry).
for (const [entry, js] of [
  [entries[0], 'index.js'],
  [entries[2], 'cdn/export.js'],
]) {
  const actual = Object.keys(await import(pathToFileURL(resolve(dist, js)).href)).sort();
  const declared = entry.names
    .filter((n) => n.runtime)
    .map((n) => n.name)
    .sort();
  if (actual.join() !== declared.join()) {
    problems.push(`dist/${js} exports [${actual.join(', ')}] but its declarations say [${declared.join(', ')}]`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`api-report: ${p}`);
  process.exit(1);
}

const summary = entries.map((e) => `${e.specifier}: ${e.names.length} names (${e.names.filter((n) => n.runtime).length} at runtime)`).join('\n  ');
if (check) {
  const committed = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  if (committed !== report) {
    const before = committed.split('\n');
    const after = report.split('\n');
    const removed = before.filter((line) => !after.includes(line));
    const added = after.filter((line) => !before.includes(line));
    console.error('api-report: api/public-api.md is stale: the public API changed. Review the change, then run `npm run api` and commit the report.');
    for (const line of removed.slice(0, 40)) console.error(`  - ${line}`);
    for (const line of added.slice(0, 40)) console.error(`  + ${line}`);
    process.exit(1);
  }
  console.log(`api-report: api/public-api.md is up to date.\n  ${summary}`);
} else {
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, report);
  console.log(`api-report: wrote api/public-api.md\n  ${summary}`);
}
