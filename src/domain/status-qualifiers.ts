import { shownDate } from '@/domain/dates';
import type { RegulatoryStatusEntry } from '@/data/drug-schema';

const age = (a: { value: number; unit: 'years' | 'months' }) =>
  `${a.value} ${a.unit}`;

/** The qualifiers of a status in words: who, under what restriction, with what, since when. */
export function describeQualifiers(status: RegulatoryStatusEntry): string[] {
  const parts: string[] = [];
  const p = status.population;
  if (p) {
    const limits = [
      p.minAge ? `from ${age(p.minAge)}` : '',
      p.maxAge ? `up to ${age(p.maxAge)}` : '',
      p.minWeightKg ? `≥ ${p.minWeightKg} kg` : '',
    ].filter(Boolean);
    parts.push(limits.length > 0 ? `${p.text} (${limits.join(', ')})` : p.text);
  }
  if (status.restriction && status.status !== 'approved')
    parts.push(`Restriction: ${status.restriction}`);
  if (status.combination) parts.push(`Combination: ${status.combination}`);
  if (status.biomarker) parts.push(`Biomarker: ${status.biomarker}`);
  if (status.formulation) parts.push(`Formulation: ${status.formulation}`);
  if (status.scope === 'national') parts.push('Authorised nationally');
  if (status.approvalType && status.approvalType !== 'standard')
    parts.push(`${status.approvalType.replace(/-/g, ' ')} approval`);
  if (status.date)
    parts.push(`Date: ${shownDate(status.date, status.datePrecision)}`);
  if (status.revokedDate) parts.push(`Ended: ${status.revokedDate}`);
  if (status.note) parts.push(status.note);
  return parts;
}
