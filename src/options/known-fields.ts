import { isRecord } from '../model/check.ts';
import { REPORT_FIELD_NAMES, SENTENCE_FIELD_NAMES } from '../model/validate-report.ts';

function pick(value: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) if (Object.hasOwn(value, name)) out[name] = value[name];
  return out;
}

/**
 * A report of a backup file with only the fields the store keeps: the options page forwards no
 * unknown field (however large) to the background. A value of the wrong shape passes unchanged,
 * for the background to refuse with its message.
 */
export function knownReportFields(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out = pick(value, REPORT_FIELD_NAMES);
  if (Array.isArray(out.sentences)) {
    out.sentences = out.sentences.map((s: unknown) =>
      isRecord(s) ? pick(s, SENTENCE_FIELD_NAMES) : s,
    );
  }
  return out;
}
