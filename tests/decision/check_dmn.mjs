// Reads `kam-advise rules --format dmn` with dmn-moddle (the model library of
// Camunda's modelers and dmn-js) and checks that it reads without a warning, as the
// decision table kam-advise means: hit policy FIRST, six typed inputs, the two
// outputs, the nine form rules in order with the thresholds in force, and a diagram
// whose every shape and edge refers to an element of the model. With `xmllint` on
// the PATH, each document is also validated against the DMN 1.3 schema that
// dmn-moddle ships.
//
// Usage: node check_dmn.mjs NODE_MODULES KAM_ADVISE_BINARY
// Prints "N documents read, M problems"; exits 1 on any problem, 2 when it cannot run.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, binary] = process.argv.slice(2);
if (!modules || !binary) {
  console.error('usage: node check_dmn.mjs NODE_MODULES KAM_ADVISE_BINARY');
  process.exit(2);
}

const require = createRequire(join(resolve(modules), 'package.json'));
let DmnModdle;
try {
  ({ DmnModdle } = await import(pathToFileURL(require.resolve('dmn-moddle')).href));
} catch (error) {
  console.error(`check_dmn: dmn-moddle not found under ${modules}: ${error.message}`);
  process.exit(2);
}
const schema = join(require.resolve('dmn-moddle/package.json'), '..', 'resources', 'dmn', 'xsd', 'DMN13.xsd');

const RULES = [
  'no-key-accounts', 'no-condition-met', 'multinational', 'large-group', 'public-sector',
  'large-enterprise', 'medium-scale', 'small-many-accounts', 'small-scale',
];
const INPUTS = [
  ['revenue_cny', 'number'], ['key_accounts', 'number'], ['strategic_plan', 'boolean'],
  ['account_development', 'boolean'], ['kind', 'string'], ['scale', 'string'],
];

const work = mkdtempSync(join(tmpdir(), 'kam-dmn-'));
const rulesFile = join(work, 'rules.toml');
writeFileSync(rulesFile, 'revenue_threshold_cny = "3000万"\nkey_accounts_threshold = 4\nteam_max_key_accounts = 15\n');

// Each document: the arguments, and the cells of rules 2 and 8 the thresholds give.
const documents = [
  { args: ['--lang', 'en'], revenue: '< 50000000', accounts: '< 6', many: '> 5' },
  { args: ['--lang', 'zh'], revenue: '< 50000000', accounts: '< 6', many: '> 5' },
  { args: ['--lang', 'en', '--rules', rulesFile], revenue: '< 30000000', accounts: '< 4', many: '> 15' },
];

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const problems = [];

for (const doc of documents) {
  const name = `rules --format dmn ${doc.args.join(' ')}`;
  const problem = (text) => problems.push(`${name}: ${text}`);
  const xml = execFileSync(binary, ['rules', '--format', 'dmn', ...doc.args], { encoding: 'utf8' });

  let root, warnings;
  try {
    ({ rootElement: root, warnings } = await DmnModdle().fromXML(xml, 'dmn:Definitions'));
  } catch (error) {
    problem(`dmn-moddle cannot read it: ${error.message}`);
    continue;
  }
  for (const warning of warnings) problem(`dmn-moddle warning: ${warning.message}`);

  const decision = root.drgElement.find((e) => e.$type === 'dmn:Decision');
  const table = decision && decision.decisionLogic;
  if (!table || table.$type !== 'dmn:DecisionTable') {
    problem('no decision with a decision table');
    continue;
  }
  if (table.hitPolicy !== 'FIRST') problem(`hit policy ${table.hitPolicy}`);
  const inputs = table.input.map((i) => [i.inputExpression.text, i.inputExpression.typeRef]);
  if (JSON.stringify(inputs) !== JSON.stringify(INPUTS)) problem(`inputs ${JSON.stringify(inputs)}`);
  const outputs = table.output.map((o) => `${o.name}:${o.typeRef}`);
  if (outputs.join(' ') !== 'form:string form_rule:string') problem(`outputs ${outputs}`);
  const rules = table.rule || [];
  const ids = rules.map((r) => r.outputEntry[1].text.replaceAll('"', ''));
  if (JSON.stringify(ids) !== JSON.stringify(RULES)) problem(`rules ${JSON.stringify(ids)}`);
  for (const rule of rules) {
    if (rule.inputEntry.length !== 6 || rule.outputEntry.length !== 2) problem(`${rule.id}: entries`);
    if (!rule.description) problem(`${rule.id}: no annotation`);
  }
  const cells = (i) => rules[i].inputEntry.map((e) => e.text);
  const expected2 = [doc.revenue, doc.accounts, 'false', 'false', '-', '-'];
  if (JSON.stringify(cells(1)) !== JSON.stringify(expected2)) problem(`rule 2 ${JSON.stringify(cells(1))}`);
  if (cells(7)[1] !== doc.many) problem(`rule 8 key accounts ${cells(7)[1]}`);

  const inputData = root.drgElement.filter((e) => e.$type === 'dmn:InputData');
  if (inputData.length !== 6) problem(`${inputData.length} input data`);
  const diagram = root.dmnDI && root.dmnDI.diagrams && root.dmnDI.diagrams[0];
  const elements = (diagram && diagram.diagramElements) || [];
  const shapes = elements.filter((e) => e.$type === 'dmndi:DMNShape');
  const edges = elements.filter((e) => e.$type === 'dmndi:DMNEdge');
  if (shapes.length !== 7 || edges.length !== 6) problem(`${shapes.length} shapes, ${edges.length} edges`);
  for (const e of elements) {
    if (!e.dmnElementRef || !e.dmnElementRef.id) problem(`${e.id} refers to nothing`);
  }

  if (xmllint) {
    const lint = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
    if (lint.status !== 0) problem(`not valid against DMN13.xsd:\n${lint.stderr}`);
  }
}
rmSync(work, { recursive: true, force: true });

for (const p of problems) console.log(`PROBLEM ${p}`);
const schemaNote = xmllint ? 'validated against DMN13.xsd' : 'xmllint not found: not validated against DMN13.xsd';
console.log(`${documents.length} documents read by dmn-moddle (${schemaNote}), ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
