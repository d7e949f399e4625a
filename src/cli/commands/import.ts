// `mops import briefs|links|tools|people FILE`: records from a spreadsheet into the playbook, one file per
// record where the playbook keeps them (or entries appended to a brief's links and the Team), then checked.

import { readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import {
  dateOrders,
  guessDefaults,
  guessMapping,
  guessValues,
  importContext,
  importReport,
  IMPORT_KINDS,
  NAMED_BY,
  planImport,
  readMapping,
  readRows,
  rowFindings,
  writeMapping,
  type DateOrder,
  type ImportKind,
  type Mapping,
  type Table,
} from '../../core/import';
import { didYouMean, nearest } from '../../core/text/distance';
import { parseCommandArgs } from '../args';
import { addPlanned, existsIn, writePlan } from '../import-write';
import { importJson } from '../import-json';
import { readSpreadsheet } from '../import-read';
import { UsageError, type CliIo } from '../io';
import { refusePlaybookFile, writeOutput } from '../output';
import { openPlaybook } from '../playbook';
import { timing } from '../timing';

export const IMPORT_HELP = `Usage: mops import briefs|links|tools|people FILE [options]

Imports the rows of a spreadsheet into the playbook (the current folder's, or --into's): briefs from a
campaign tracker, tracked links from a UTM sheet, tools from a martech inventory, people from a roster.
FILE is a .csv, .tsv or .txt export (any delimiter; UTF-8 with or without BOM, UTF-16, Windows-1252) or
an .xlsx workbook (its first sheet, or --sheet NAME).

Columns are matched to fields by their headers, and values to the playbook's own (its workflows,
stages, programs, channels, regions, Team, UTM values); the mapping is printed, with the columns it
could not place. Dates, amounts ($12,000, 12.000,00 €), percentages, yes/no, spaces, the case of
dictionary values, people by name or e-mail, and click ids in pasted links are normalised, and each
normalisation is listed on its row. One file is written per record, named by the naming convention, in
the folder that holds the playbook's others; a link joins the brief whose id is its utm_campaign, and a
person joins the Team. Nothing is written over: a record already there is left as it is, so running
the import twice changes nothing the second time. The result is checked, and each row is listed with
the findings left on it (mops fix applies the fixes that exist; mops check lists the rest).

Options:
  --sheet NAME          the sheet of an .xlsx workbook (default: the first)
  --map FILE            the mapping to use (columns → fields, values → playbook values), as --write-map writes it
  --write-map FILE      write the mapping used, to edit and pass back with --map (with --dry-run: only that)
  --into PATH           the playbook to import into (default: the current folder)
  --date-order ORDER    how dates such as 03/04/2027 are written: dmy, mdy or ymd; needed only when no
                        date in a column settles it (a 28 in the first place means day first)
  --create-briefs       links: make a draft brief for a utm_campaign that has none (default: report the row)
  --dry-run             write nothing; print what would be written, and the findings it would leave
  --format text|json    the report's format (default: text)

Exit codes: 0 every row imported (or already there) with no error left; 1 a row not imported, or
errors left on imported rows; 2 usage error (an unreadable file, a mapping that does not fit, dates
whose order must be given).`;

function mappingFrom(io: CliIo, path: string | undefined, kind: ImportKind, table: Table): { mapping: Mapping; file?: string } {
  if (path === undefined) return { mapping: guessMapping(kind, table.headers) };
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, path), 'utf8');
  } catch {
    throw new UsageError(`No such mapping file: ${path}`);
  }
  const mapping = readMapping(text, kind, table.headers, path);
  if (typeof mapping === 'string') throw new UsageError(mapping);
  return { mapping, file: path };
}

function askDateOrder(unsettled: ReturnType<typeof dateOrders>['unsettled'], file: string): string {
  const lines = unsettled.map((c) =>
    c.mixed
      ? `  ${c.column}: ${c.mixed[0]} is day first and ${c.mixed[1]} month first`
      : `  ${c.column}: ${c.examples.join(', ')}, and no date in the column has a day over 12`,
  );
  const example = unsettled.find((c) => !c.mixed)?.examples[0] ?? '03/04/2027';
  return `Nothing imported: the dates of ${file} could be day first or month first, and mops does not guess:\n${lines.join('\n')}\nSay how they are written: --date-order dmy (${example} day first) or --date-order mdy (month first).`;
}

export async function importCommand(io: CliIo, args: string[]): Promise<number> {
  const [kindArg, ...rest] = args;
  if (!IMPORT_KINDS.includes(kindArg as ImportKind)) {
    throw new UsageError(`mops import needs what to import: ${IMPORT_KINDS.join(', ')}${kindArg === undefined ? '' : `, not '${kindArg}'.${didYouMean(nearest(kindArg, [...IMPORT_KINDS]))}`} (see mops import --help).`);
  }
  const kind = kindArg as ImportKind;
  const { values, positionals } = parseCommandArgs('import', {
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      sheet: { type: 'string' },
      map: { type: 'string' },
      'write-map': { type: 'string' },
      into: { type: 'string' },
      'date-order': { type: 'string' },
      'create-briefs': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? `mops import ${kind} needs the spreadsheet FILE to read.` : `mops import reads one file at a time, not ${positionals.length}.`);
  const given = values['date-order'];
  if (given !== undefined && !['dmy', 'mdy', 'ymd'].includes(given)) throw new UsageError(`--date-order is dmy, mdy or ymd, not '${given}'.`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format is text or json, not '${values.format}'.`);
  if (values['create-briefs'] && kind !== 'links') throw new UsageError('--create-briefs is for mops import links.');

  const clock = timing(io.env, io.stderr);
  const { table, how } = await readSpreadsheet(resolve(io.cwd, positionals[0]), positionals[0], values.sheet);
  if (table.headers.length === 0) throw new UsageError(`${positionals[0]} holds no rows.`);
  clock.lap('read the spreadsheet');
  const { root, workspace } = await openPlaybook(io, 'import', [values.into ?? '.'], {});
  clock.lap('load the playbook');
  const { mapping, file: mapFile } = mappingFrom(io, values.map, kind, table);
  if (!mapping.columns.some((c) => c.field !== null && NAMED_BY[kind].includes(c.field))) {
    throw new UsageError(
      `Nothing imported: no column of ${positionals[0]} could be read as ${NAMED_BY[kind].join(' or ')} of ${kind === 'people' ? 'a person' : `a ${kind.slice(0, -1)}`} (its headers: ${table.headers.join(', ')}). Write the mapping with --write-map FILE --dry-run, name the columns in it, and pass it back with --map FILE.`,
    );
  }
  const ctx = importContext(workspace.view(), workspace.today);
  guessValues(mapping, table, ctx);
  guessDefaults(mapping, ctx);
  const order = (given as DateOrder | undefined) ?? mapping.dateOrder;
  if (order) mapping.dateOrder = order;
  const orders = dateOrders(mapping, table, order);
  if (values['write-map'] !== undefined) {
    const target = resolve(io.cwd, values['write-map']);
    refusePlaybookFile(io.cwd, root, target, (rel) => workspace.parsed(rel)?.isMops === true);
    writeOutput(io.cwd, target, writeMapping(mapping, basename(positionals[0])));
    io.stderr.write(`mops: the mapping is in ${values['write-map']}: edit it and pass it back with --map ${values['write-map']}.\n`);
  }
  if (orders.unsettled.length > 0) throw new UsageError(askDateOrder(orders.unsettled, positionals[0]));
  if (values['write-map'] !== undefined && values['dry-run']) return 0;

  const rows = readRows(mapping, table, ctx, orders);
  clock.lap('map and normalise');
  const plan = planImport(kind, { ctx, rows, source: basename(positionals[0]), exists: existsIn(root), createBriefs: values['create-briefs'] });
  if (typeof plan === 'string') throw new UsageError(plan);
  clock.lap('plan the files');
  await addPlanned(workspace, plan.files, io.env);
  const findings = rowFindings(plan.rows, workspace);
  clock.lap('check them');
  if (!values['dry-run']) await writePlan(root, plan);
  clock.lap('write them');

  const summary = { kind, source: basename(positionals[0]), dryRun: values['dry-run'] ?? false, mapping, mapFile, rows: plan.rows, findings };
  const into = relative(io.cwd, root).split(sep).join('/') || '.';
  const blank = table.blank > 0 ? ` (and ${table.blank} blank, skipped)` : '';
  const where = into === '.' ? 'the playbook in this folder' : `the playbook at ${into}`;
  if (values.format === 'json') io.stdout.write(`${JSON.stringify(importJson(summary, how, into), null, 2)}\n`);
  else io.stdout.write(`Read ${positionals[0]} (${how}): ${table.rows.length} rows${blank}, into ${where}.\n${importReport(summary)}`);
  clock.lap('report');
  clock.report();
  const errors = [...findings.values()].flat().some((f) => f.severity === 'error');
  return plan.rows.some((r) => r.status === 'not-imported') || errors ? 1 : 0;
}
