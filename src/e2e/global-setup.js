// Starts each run with an empty findings file (what the raw-enum, axe and width checks saw).
const fs = require('fs');
const path = require('path');

module.exports = async () => {
  fs.rmSync(path.resolve(__dirname, process.env.E2E_OUTPUT || '../../target/e2e', 'findings.jsonl'), { force: true });
};
