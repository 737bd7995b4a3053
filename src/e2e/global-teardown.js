// Prints what the raw-enum, axe and width checks found, page by page, known failures included.
const fs = require('fs');
const path = require('path');
const known = require('./tests/known-failures');

module.exports = async () => {
  const file = path.resolve(__dirname, process.env.E2E_OUTPUT || '../../target/e2e', 'findings.jsonl');
  if (!fs.existsSync(file)) {
    console.log('\ne2e findings: none (no raw enum value, no serious axe violation, no sideways scroll)');
    return;
  }
  const byKey = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const f = JSON.parse(line);
    const key = `${f.check} · ${f.where}`;
    const entry = byKey.get(key) || { values: new Set(), urls: new Set(), check: f.check, where: f.where };
    f.values.forEach((v) => entry.values.add(v));
    entry.urls.add(new URL(f.url).pathname);
    byKey.set(key, entry);
  }
  const isKnown = (e) => (e.check === 'raw-enum' ? known.rawEnums[e.where] : e.check === 'axe' ? known.axe[e.where] : e.check === 'english-error' ? known.englishErrors : known.horizontalScroll) || [];
  console.log('\ne2e findings (known = listed in tests/known-failures.js):');
  for (const [key, e] of [...byKey].sort()) {
    const list = isKnown(e);
    const listed = e.check === 'horizontal-scroll' || e.check === 'english-error' ? list.includes(e.where) : [...e.values].every((v) => list.includes(v.split(':')[0]));
    console.log(`  ${listed ? 'known  ' : 'NEW    '} ${key} [${[...e.urls].slice(0, 3).join(' ')}]: ${[...e.values].join('; ')}`);
  }
  // Listed raw values this run did not see (the list is to shrink): only meaningful after a full run.
  for (const [where, values] of Object.entries(known.rawEnums)) {
    const seen = byKey.get(`raw-enum · ${where}`);
    const stale = values.filter((v) => !seen || !seen.values.has(v));
    if (stale.length) console.log(`  STALE?  raw-enum · ${where}: ${stale.join('; ')} listed in known-failures.js but not seen in this run`);
  }
};
