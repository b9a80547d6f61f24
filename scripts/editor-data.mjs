// Generates vscode.html-custom-data.json (VS Code HTML completion for the elements) from custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = [];
for (const module of manifest.modules ?? []) {
  for (const decl of module.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    tags.push({
      name: decl.tagName,
      description: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
      attributes: (decl.attributes ?? []).map((attr) => {
        const values = (attr.type?.text ?? '')
          .split('|')
          .map((v) => v.trim())
          .filter((v) => /^'.*'$/.test(v))
          .map((v) => ({ name: v.slice(1, -1) }));
        return { name: attr.name, description: attr.description ?? '', ...(values.length ? { values } : {}) };
      }),
    });
  }
}
writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`vscode.html-custom-data.json: ${tags.length} elements`);
