import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlRows } from '../../database/sql.js';

export interface TransparencyReport {
  from: string;
  to: string;
  decisions: {
    total: number;
    automated: number;
    manual: number;
    byAction: Record<string, number>;
    byGround: Record<string, number>;
    bySource: Record<string, number>;
    /** Median seconds from the opening of the review (queue item) to the decision; null without any. */
    medianSecondsToDecision: number | null;
  };
  notices: { total: number; byStatus: Record<string, number>; medianSecondsToDecision: number | null };
  appeals: { total: number; byStatus: Record<string, number>; medianSecondsToDecision: number | null };
}

interface CountRow {
  dimension: string;
  key: string;
  n: number;
}

/**
 * DSA art. 15/24 figures for a period [from, to] (whole UTC days): decisions by
 * action, ground, source and automation, notices and appeals with their
 * outcomes, and median times to decision. Each figure is one GROUP BY on an
 * indexed created_at range.
 */
@Injectable()
export class TransparencyService {
  constructor(private readonly dataSource: DataSource) {}

  async report(from: string, to: string): Promise<TransparencyReport> {
    const params = [from, to];
    const range = `created_at >= $1::date AND created_at < $2::date + 1`;
    const counts = await sqlRows<CountRow>(
      this.dataSource,
      `SELECT 'action' AS dimension, action AS key, count(*)::int AS n FROM moderation_decisions WHERE ${range} GROUP BY action
       UNION ALL SELECT 'ground', ground, count(*)::int FROM moderation_decisions WHERE ${range} GROUP BY ground
       UNION ALL SELECT 'source', source, count(*)::int FROM moderation_decisions WHERE ${range} GROUP BY source
       UNION ALL SELECT 'automated', automated::text, count(*)::int FROM moderation_decisions WHERE ${range} GROUP BY automated
       UNION ALL SELECT 'notice', status, count(*)::int FROM dsa_notices WHERE ${range} GROUP BY status
       UNION ALL SELECT 'appeal', status, count(*)::int FROM appeals WHERE ${range} GROUP BY status`,
      params,
    );
    const [medians] = await sqlRows<{ decisions: number | null; notices: number | null; appeals: number | null }>(
      this.dataSource,
      `SELECT
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - review_opened_at))
            FROM moderation_decisions WHERE ${range} AND review_opened_at IS NOT NULL) AS decisions,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at))
            FROM dsa_notices WHERE ${range} AND decided_at IS NOT NULL) AS notices,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at))
            FROM appeals WHERE ${range} AND decided_at IS NOT NULL) AS appeals`,
      params,
    );
    return assemble(from, to, counts, medians);
  }
}

const round = (value: number | string | null) => (value === null ? null : Math.round(Number(value)));

function assemble(
  from: string,
  to: string,
  counts: CountRow[],
  medians: { decisions: number | null; notices: number | null; appeals: number | null },
): TransparencyReport {
  const by = (dimension: string) =>
    Object.fromEntries(counts.filter((row) => row.dimension === dimension).map((row) => [row.key, row.n]));
  const sum = (values: Record<string, number>) => Object.values(values).reduce((total, n) => total + n, 0);
  const automation = by('automated');
  const notices = by('notice');
  const appeals = by('appeal');
  return {
    from,
    to,
    decisions: {
      total: sum(by('action')),
      automated: automation.true ?? 0,
      manual: automation.false ?? 0,
      byAction: by('action'),
      byGround: by('ground'),
      bySource: by('source'),
      medianSecondsToDecision: round(medians.decisions),
    },
    notices: { total: sum(notices), byStatus: notices, medianSecondsToDecision: round(medians.notices) },
    appeals: { total: sum(appeals), byStatus: appeals, medianSecondsToDecision: round(medians.appeals) },
  };
}

/** The same figures as CSV rows `section,key,value` (RFC 4180 quoting). */
export function transparencyCsv(report: TransparencyReport): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows: Array<[string, string, string | number | null]> = [
    ['period', 'from', report.from],
    ['period', 'to', report.to],
    ['decisions', 'total', report.decisions.total],
    ['decisions', 'automated', report.decisions.automated],
    ['decisions', 'manual', report.decisions.manual],
    ...Object.entries(report.decisions.byAction).map(([k, n]): [string, string, number] => ['decisions.action', k, n]),
    ...Object.entries(report.decisions.byGround).map(([k, n]): [string, string, number] => ['decisions.ground', k, n]),
    ...Object.entries(report.decisions.bySource).map(([k, n]): [string, string, number] => ['decisions.source', k, n]),
    ['decisions', 'median_seconds_to_decision', report.decisions.medianSecondsToDecision],
    ['notices', 'total', report.notices.total],
    ...Object.entries(report.notices.byStatus).map(([k, n]): [string, string, number] => ['notices.status', k, n]),
    ['notices', 'median_seconds_to_decision', report.notices.medianSecondsToDecision],
    ['appeals', 'total', report.appeals.total],
    ...Object.entries(report.appeals.byStatus).map(([k, n]): [string, string, number] => ['appeals.status', k, n]),
    ['appeals', 'median_seconds_to_decision', report.appeals.medianSecondsToDecision],
  ];
  const lines = rows.map(([section, key, value]) => [section, key, value ?? ''].map((v) => quote(String(v))).join(','));
  return `section,key,value\r\n${lines.join('\r\n')}\r\n`;
}
