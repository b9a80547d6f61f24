// Builds the package in the order that works (see CONTRIBUTING.md):
// 1. vite library build (empties dist/), 2. CDN bundle, CDN autoloader, CDN languages and the command line
// (dist/cli.js, executable), 3. declarations with tsc,
// 4. custom-elements.json with the analyzer, 5. editor data and theme CSS generated from the manifest.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn-autoloader', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cdn-locales', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'cli', '--logLevel', 'warn']);
chmodSync('dist/cli.js', 0o755);
run(bin('tsc'), ['-p', 'tsconfig.json', '--emitDeclarationOnly']);
run(bin('custom-elements-manifest'), ['analyze', '--quiet']);
mkdirSync('dist/themes', { recursive: true });
cpSync('src/themes', 'dist/themes', { recursive: true });
run('node', ['scripts/editor-data.mjs']);
run('node', ['scripts/framework-types.mjs']);
console.log('Built dist/, dist/cdn/cluster-events.js, custom-elements.json and vscode.html-custom-data.json');
