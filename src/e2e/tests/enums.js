// The enum constant names of the platform's Java code, scanned from src/main/java: none may show on a Chinese page.
const fs = require('fs');
const path = require('path');

const SOURCES = path.resolve(__dirname, '../../main/java');

function javaFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return javaFiles(p);
    return e.name.endsWith('.java') ? [p] : [];
  });
}

/** Constants of every `enum X { A, B(…), C; … }`: the names before the first `;` or `}` at depth 0. */
function enumConstants(source) {
  const names = new Set();
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/"(?:\\.|[^"\\])*"/g, '""');
  const re = /\benum\s+\w+\s*(?:implements\s+[\w.<>,\s]+)?\{/g;
  let m;
  while ((m = re.exec(text))) {
    let depth = 0;
    let i = m.index + m[0].length;
    let body = '';
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '(' || c === '{') depth++;
      else if (c === ')' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ';' && depth === 0) break;
      if (depth === 0 && c !== ')' && c !== '}') body += c;
    }
    for (const part of body.split(',')) {
      const name = part.trim().split(/\s/)[0];
      if (/^[A-Z][A-Z0-9_]*$/.test(name)) names.add(name);
    }
  }
  return names;
}

function projectEnumConstants() {
  const all = new Set();
  for (const f of javaFiles(SOURCES)) {
    for (const n of enumConstants(fs.readFileSync(f, 'utf8'))) all.add(n);
  }
  return [...all].sort();
}

module.exports = { projectEnumConstants, enumConstants };

if (require.main === module) console.log(projectEnumConstants().join(' '));
