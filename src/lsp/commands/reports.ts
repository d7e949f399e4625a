// The reports over the protocol: `mops/reports` lists what a playbook can generate, `mops/report` renders one (or
// the check report: every finding, as a pull request's comment shows them) from the server's workspace, which
// holds every open buffer's text. The client shows or writes what it is given.

import { buildReport, checkSummaryMarkdown, countFindings, isReportFormat, isReportName, renderReport, reportFileName, REPORT_FORMATS, REPORT_INFO, REPORTS } from '../../core';
import type { Feature } from '../context';
import { REPORT_REQUEST, REPORTS_REQUEST, type ReportResult, type ReportsResult } from '../protocol-commands';
import { onRequest, playbookOf, stringParam } from './common';

const list: ReportsResult = {
  reports: REPORTS.map((name) => ({ name, title: REPORT_INFO[name].title, description: REPORT_INFO[name].description })),
  formats: [...REPORT_FORMATS],
};

export const reports: Feature = {
  register(context) {
    onRequest(context, REPORTS_REQUEST, list, () => list);
    onRequest(context, REPORT_REQUEST, null as ReportResult | null, async (params: unknown): Promise<ReportResult | null> => {
      const playbook = await playbookOf(context, params);
      const name = stringParam(params, 'report');
      if (!playbook || name === undefined) return null;
      const { workspace } = playbook;
      const outDir = workspace.config.reports.outDir;
      if (name === 'check') {
        const findings = workspace.allFindings();
        const content = checkSummaryMarkdown({ findings, summary: countFindings(workspace.paths().length, findings) });
        return { title: 'Check report', fileName: 'mops-check.md', content, outDir };
      }
      const format = stringParam(params, 'format');
      if (!isReportName(name) || !isReportFormat(format)) return null;
      const report = buildReport(name, workspace);
      return { title: report.title, fileName: reportFileName(name, format), content: renderReport(report, format), outDir };
    });
  },
};
