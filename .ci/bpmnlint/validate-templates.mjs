// Validates every element template under the given folder against the Camunda 7 element-template
// JSON Schema (the one Camunda Modeler uses). Exit 1 when a file is not valid JSON or not valid
// against the schema, or when the folder holds no template at all.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateAll } from '@bpmn-io/element-templates-validator';

const folder = process.argv[2];
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
let failed = files.length === 0;
let count = 0;
if (failed) console.error(`no element template in ${folder}`);

for (const name of files) {
  const path = join(folder, name);
  let templates;
  try {
    templates = JSON.parse(readFileSync(path, 'utf-8'));
  } catch (e) {
    console.error(`${path}: not valid JSON: ${e.message}`);
    failed = true;
    continue;
  }
  const list = Array.isArray(templates) ? templates : [templates];
  const { valid, results } = validateAll(list);
  count += list.length;
  if (!valid) {
    failed = true;
    results.filter((r) => !r.valid).forEach((r) => r.errors.forEach((error) =>
      console.error(`${path} › ${r.object.id}: ${error.dataPath || '/'} ${error.message}`
        + (error.params ? ' ' + JSON.stringify(error.params) : ''))));
  }
}
console.log(`${count} element templates in ${files.length} files: ${failed ? 'INVALID' : 'valid'}`);
process.exit(failed ? 1 : 0);
