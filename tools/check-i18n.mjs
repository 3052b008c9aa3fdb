#!/usr/bin/env node
// The English UI is complete (issue #16 item 14): every message ID that `extract-i18n` finds in the
// dashboard has an English text in apps/dashboard/src/i18n/en/*.json, no English file holds an ID the
// dashboard no longer has, and each English text uses exactly the placeholders of its German source.
//
//   npx nx run dashboard:extract-i18n && node tools/check-i18n.mjs
//
// Exit code 1 with a list of what is missing, unknown or mismatched; 0 when all is well.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const messagesFile = process.argv[2] ?? join(root, 'dist/i18n/messages.json');
const englishDir = join(root, 'apps/dashboard/src/i18n/en');

let source;
try {
  source = JSON.parse(readFileSync(messagesFile, 'utf8')).translations;
} catch (error) {
  console.error(`Cannot read ${messagesFile} (${error.message}). Run \`npx nx run dashboard:extract-i18n\` first.`);
  process.exit(2);
}

const english = new Map();
const problems = [];
for (const file of readdirSync(englishDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const texts = JSON.parse(readFileSync(join(englishDir, file), 'utf8'));
  for (const [id, text] of Object.entries(texts)) {
    if (english.has(id)) problems.push(`${id}: in ${english.get(id).file} and in ${file}`);
    english.set(id, { file, text });
  }
}

/** `{$INTERPOLATION}`, `{$START_TAG_STRONG}` …, and ICU variables such as `{VAR_PLURAL, plural, …}`, as a sorted list. */
const placeholders = (text) =>
  [...text.matchAll(/\{\$([A-Za-z0-9_]+)\}/g)]
    .map((m) => m[1])
    .concat([...text.matchAll(/\{(VAR_[A-Z0-9_]+),/g)].map((m) => m[1]))
    .sort();

// Only the dashboard's own texts count: messages of libraries (none today) would carry no `area.` ID.
const ids = Object.keys(source).filter((id) => /^[a-z][A-Za-z0-9-]*\./.test(id));
for (const id of ids) {
  const entry = english.get(id);
  if (!entry) {
    problems.push(`${id}: no English text (German: "${source[id]}")`);
    continue;
  }
  const [want, got] = [placeholders(source[id]).join(','), placeholders(entry.text).join(',')];
  if (want !== got) problems.push(`${id} (${entry.file}): placeholders {${got}} but the German source has {${want}}`);
}
for (const [id, { file }] of english)
  if (!(id in source)) problems.push(`${id} (${file}): not a message of the dashboard (renamed or removed?)`);
const unnamed = Object.keys(source).filter((id) => !ids.includes(id));
for (const id of unnamed) problems.push(`${id}: a message without an @@area.key ID ("${source[id]}")`);

if (problems.length) {
  console.error(`English UI incomplete — ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`English UI complete: ${ids.length} messages, each with its English text.`);
