// The Spectral ruleset of `npm run bench`, generated from schemas/ so that it always matches mops' own
// schemas: the dispatching schema with every kind's schema inlined (Spectral does not follow the schemas'
// relative `$ref`s under their `$id`), plus a few rules equivalent to mops rules. Writes ruleset.json here.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = join(here, '..', '..', 'schemas');
const read = (name) => JSON.parse(readFileSync(join(schemas, name), 'utf8'));

/** Rewrites `#/definitions/X` to `#/definitions/<prefix>X` and `file.schema.json` to its inlined definition. */
function rewrite(node, prefix, files) {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, prefix, files));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith('#/definitions/') ? `#/definitions/${prefix}${value.slice('#/definitions/'.length)}` : `#/definitions/${files.get(value)}`;
    } else if (key !== '$id' && key !== '$schema' && key !== 'markdownDescription') {
      out[key] = rewrite(value, prefix, files);
    }
  }
  return out;
}

export function spectralRuleset() {
  const root = read('mops.schema.json');
  const files = new Map();
  for (const [, , name] of JSON.stringify(root).matchAll(/"\$ref":"(([a-z-]+)\.schema\.json)"/g)) files.set(`${name}.schema.json`, `kind_${name}`);
  const definitions = {};
  for (const [file, id] of files) {
    const { definitions: inner = {}, ...schema } = read(file);
    const prefix = `${id}_`;
    for (const [name, def] of Object.entries(inner)) definitions[`${prefix}${name}`] = rewrite(def, prefix, files);
    definitions[id] = rewrite(schema, prefix, files);
  }
  const { definitions: rootDefinitions = {}, ...dispatch } = root;
  const schema = { ...rewrite(dispatch, 'root_', files), definitions: { ...definitions, ...rewrite(rootDefinitions, 'root_', files) } };
  return {
    rules: {
      'mops-schema': { description: 'Every document matches the JSON Schema of its kind (schema/*).', severity: 'error', given: '$', then: { function: 'schema', functionOptions: { schema } } },
      'owner-in-team': {
        description: "An owner is a member of the reference Team (ref/unknown-person, with the Team written out).",
        severity: 'error',
        given: '$.owner',
        then: { function: 'enumeration', functionOptions: { values: ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva', 'li.wei'] } },
      },
      'stage-in-workflow': {
        description: "A brief's stage is a stage of the reference workflows (ref/unknown-stage, both workflows' stages written out).",
        severity: 'error',
        given: '$.stage',
        then: { function: 'enumeration', functionOptions: { values: ['brief', 'creative', 'review', 'qa', 'launch', 'optimize', 'report', 'ideation', 'draft', 'edit', 'design', 'publish', 'promote'] } },
      },
      'utm-lowercase': {
        description: 'UTM values in tracked links are lower case (utm/case).',
        severity: 'error',
        given: '$.links[*].url',
        then: { function: 'pattern', functionOptions: { notMatch: 'utm_[a-z]+=[^&#]*[A-Z]' } },
      },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(join(here, 'ruleset.json'), `${JSON.stringify(spectralRuleset(), null, 2)}\n`);
  console.log(`wrote ${join(here, 'ruleset.json')}`);
}
