import { useEffect, useMemo } from 'react';
import { Cite, SourceNumberingProvider } from '@/components/ui/citations';
import { SourceList } from '@/components/ui/source-list';
import { isSourced } from '@/data/claim-guards';
import { buildComparison } from '@/domain/comparison/build-comparison';
import { citedAtOf } from '@/domain/comparison/cells';
import type { RowGroup } from '@/domain/comparison/types';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import { descendantsOf } from '@/domain/status-chips';
import type { Dataset } from '@/data/data-state';
import { applyPageSetup } from '../page-setup';
import { citationOrder, paperLayout } from '../paper-layout';
import { printSections } from '../print-options';
import { sheetGroups, strongestSourceOnly } from '../sheet-rows';
import type { PrintQuery } from '../use-print-query';
import { DosingNotesSection } from './dosing-notes-section';
import styles from './print-sheet.module.css';
import { sectionLabels } from './sheet-controls';
import { SheetTable } from './sheet-table';
import { SHEET_DISCLAIMER, TitleBlock } from './title-block';

type Props = {
  data: Dataset;
  drugs: Drug[];
  query: PrintQuery;
  printedAt: string;
};

const MAX_LOCATORS = 4;

/** Where each printed fact sits in its source, so paper keeps what the on-screen markers say. */
function locatorsOf(groups: RowGroup[], claimDrugs: Drug[]) {
  const pairs = [
    ...groups.flatMap((g) =>
      g.rows.flatMap((r) => r.cells.flatMap((c) => c.citedAt ?? [])),
    ),
    ...citedAtOf(claimDrugs.flatMap((d) => d.claimChecks.filter(isSourced))),
  ];
  const locators = new Map<string, string[]>();
  for (const { sourceId, locator } of pairs) {
    const list = locators.get(sourceId) ?? [];
    if (!list.includes(locator)) list.push(locator);
    locators.set(sourceId, list);
  }
  // A label cited for thirty values would list thirty places; the first few show where to look.
  for (const [sourceId, list] of locators)
    if (list.length > MAX_LOCATORS)
      locators.set(sourceId, [
        ...list.slice(0, MAX_LOCATORS),
        `${list.length - MAX_LOCATORS} more places (each value's locator is in Immunodex)`,
      ]);
  return locators;
}

/** One drug: a compact monograph. Two to six: a comparison table, then short notes per drug. */
export function DrugSheet({ data, drugs, query, printedAt }: Props) {
  const regions: Region[] =
    query.region === 'all' ? ['US', 'EU'] : [query.region];
  const condition = data.conditions.find((c) => c.id === query.condition);
  const groups = useMemo(
    () =>
      strongestSourceOnly(
        sheetGroups(
          buildComparison(drugs, {
            regions,
            conditions: data.conditions,
            focusCondition: condition?.id,
          }),
          query.sections,
          condition
            ? new Set([
                condition.id,
                ...descendantsOf(condition.id, data.conditions).map(
                  (c) => c.id,
                ),
              ])
            : undefined,
        ),
        data.sources,
      ),
    // regions derives from query.region
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      drugs,
      query.region,
      query.sections,
      data.conditions,
      data.sources,
      condition?.id,
    ],
  );
  const paper = useMemo(
    () =>
      paperLayout(groups, {
        drugCount: drugs.length,
        focused: condition !== undefined,
        conditionName: (id) =>
          data.conditions.find((c) => c.id === id)?.name ?? 'All indications',
      }),
    [groups, condition, drugs.length, data.conditions],
  );
  const claimDrugs = query.sections.includes('claims')
    ? drugs.filter((d) => d.claimChecks.some(isSourced))
    : [];
  const order = citationOrder(
    paper,
    claimDrugs.flatMap((d) =>
      d.claimChecks.filter(isSourced).flatMap((c) => c.sourceIds),
    ),
  );
  const dataVersion = data.dataVersion;
  useEffect(
    () =>
      applyPageSetup({
        paper: query.paper,
        landscape: drugs.length >= 4,
        footer: `Immunodex · printed ${printedAt} · data version ${dataVersion} · ${SHEET_DISCLAIMER}`,
      }),
    [query.paper, drugs.length, printedAt, dataVersion],
  );
  const regionLabel = regions.join(' and ');
  return (
    <SourceNumberingProvider order={order}>
      <article
        className={`${styles.sheet} ${drugs.length >= 4 ? styles.wide : ''}`}
        aria-label="Summary sheet"
      >
        <TitleBlock
          heading={
            drugs.length === 1
              ? `${drugs[0]?.name ?? ''}: summary`
              : `Comparison: ${drugs.map((d) => d.name).join(', ')}`
          }
          drugs={drugs}
          region={regionLabel}
          condition={condition?.name}
          dataVersion={dataVersion}
          printedAt={printedAt}
          omitted={printSections
            .filter((s) => !query.sections.includes(s))
            .map((s) => sectionLabels[s].toLowerCase())}
        />
        {query.sections.includes('regulatory') && (
          <p className={styles.small}>
            {condition
              ? `Condition rows are limited to ${condition.name} and its sub-types.`
              : 'Status rows: conditions where a drug has a regulatory decision in this region.'}{' '}
            {drugs.length > 1 &&
              '≠ marks rows where two known values differ; ◌ marks rows where a value is not verified (neutral marks).'}
          </p>
        )}
        {paper.before.length > 0 && (
          <SheetTable
            drugs={drugs}
            groups={paper.before}
            restrictionNotes={paper.restrictionNotes}
          />
        )}
        <DosingNotesSection drugs={drugs} notes={paper.dosing} />
        {paper.after.length > 0 && (
          <SheetTable drugs={drugs} groups={paper.after} />
        )}
        {claimDrugs.map((drug) => (
          <section key={drug.id} className={styles.notes}>
            <h3>{drug.name}: claims you may have read</h3>
            <ul>
              {drug.claimChecks.filter(isSourced).map((check, index) => (
                <li key={index}>
                  “{check.claim}”: {check.verdict}. {check.explanation}{' '}
                  <Cite sourceIds={check.sourceIds} locator={check.locator} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {query.sections.includes('sources') && (
          <section className={styles.references}>
            <div className={styles.referencesHead}>
              <h3>References</h3>
              <p className={styles.small}>
                Each value cites its strongest source (label or SmPC first);
                Immunodex lists every source read for it.
              </p>
            </div>
            <SourceList
              order={order}
              sources={data.sources}
              locators={locatorsOf(groups, claimDrugs)}
            />
          </section>
        )}
      </article>
    </SourceNumberingProvider>
  );
}
