// Renders a report's data as JSON: the figures the other formats show, as numbers and ISO dates.

export interface JsonReport {
  name: string;
  title: string;
  today: string;
  data: unknown;
}

/**
 * Pretty-printed, with `<`, `>`, `&` and the JavaScript line separators written as \u escapes: the same
 * value for every JSON reader, and inert if a careless server ever sends the file as HTML.
 */
export function renderJson(report: JsonReport): string {
  const text = JSON.stringify({ version: 1, report: report.name, title: report.title, today: report.today, data: report.data }, null, 2);
  return `${text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
