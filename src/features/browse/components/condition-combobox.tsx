import { useCombobox } from 'downshift';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Condition } from '@/data/files-schema';
import {
  matchingGroups,
  type ConditionGroup,
  type ConditionOption,
} from '../condition-options';
import styles from './condition-combobox.module.css';

const {
  InputKeyDownEnter,
  ItemClick,
  InputBlur,
  ControlledPropUpdatedSelectedItem,
} = useCombobox.stateChangeTypes;
const clearingChanges = new Set<string>([
  InputKeyDownEnter,
  ItemClick,
  InputBlur,
  ControlledPropUpdatedSelectedItem,
]);

type Props = {
  groups: ConditionGroup[];
  selected: Condition | undefined;
  regionLabel: string;
  onSelect: (conditionId: string | undefined) => void;
};

/** Searchable, grouped condition picker (Downshift supplies the combobox keyboard and ARIA behaviour). */
export default function ConditionCombobox({
  groups,
  selected,
  regionLabel,
  onSelect,
}: Props) {
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const visible = useMemo(() => matchingGroups(groups, typed), [groups, typed]);
  const items = visible.flatMap((g) => g.options);
  const combobox = useCombobox<ConditionOption>({
    items,
    inputId,
    // The best match is highlighted as the list opens or the text changes, so Enter picks it
    // ("GCA" then Enter filters by giant cell arteritis) instead of clearing the field.
    defaultHighlightedIndex: 0,
    itemToString: (item) => item?.condition.name ?? '',
    selectedItem: items.find((o) => o.condition.id === selected?.id) ?? null,
    // The input stays uncontrolled: Downshift updates it synchronously, so fast typing loses no
    // keystrokes. The reducer empties it after a choice (the choice is shown below the field).
    stateReducer: (_state, { type, changes }) =>
      clearingChanges.has(type) ? { ...changes, inputValue: '' } : changes,
    onInputValueChange: ({ inputValue }) => setTyped(inputValue ?? ''),
    onSelectedItemChange: ({ selectedItem }) =>
      onSelect(selectedItem?.condition.id),
  });
  // Text typed into the prerendered field before this code arrived is kept, searched and shown.
  const adoptedEarlyText = useRef(false);
  const selectedName = useRef(selected?.name ?? '');
  const { setInputValue, openMenu } = combobox;
  useEffect(() => {
    if (adoptedEarlyText.current) return; // once, on mount
    adoptedEarlyText.current = true;
    const field = document.getElementById(inputId);
    const early = field instanceof HTMLInputElement ? field.value : '';
    // The chosen condition's own name is what the field starts with on a shared link: not typed,
    // so the list stays closed over the results.
    if (!early || early === selectedName.current) return;
    setInputValue(early);
    openMenu();
  }, [setInputValue, openMenu, inputId]);
  const {
    isOpen,
    highlightedIndex,
    getInputProps,
    getItemProps,
    getLabelProps,
    getMenuProps,
    getToggleButtonProps,
  } = combobox;
  let index = -1;
  return (
    <div className={styles.wrap}>
      {/* eslint-disable-next-line jsx-a11y/label-has-associated-control -- getLabelProps() supplies htmlFor */}
      <label {...getLabelProps()} className={styles.label}>
        Condition
      </label>
      <div className={styles.field}>
        <input
          {...getInputProps({
            placeholder: selected
              ? selected.name
              : 'Type a condition, e.g. PsA, NOMID, Still',
          })}
          className={styles.input}
        />
        <button
          type="button"
          {...getToggleButtonProps()}
          aria-label="Show all conditions"
          className={styles.toggle}
        >
          ▾
        </button>
        {selected && (
          <button
            type="button"
            className={styles.clear}
            onClick={() => onSelect(undefined)}
          >
            Clear
            <span className="visually-hidden"> condition {selected.name}</span>
          </button>
        )}
      </div>
      {selected && (
        <p className={styles.current}>
          Showing: <strong>{selected.name}</strong>
          {selected.synonyms.length > 0
            ? ` (${selected.synonyms.join(', ')})`
            : ''}
        </p>
      )}
      <ul {...getMenuProps()} className={isOpen ? styles.menu : styles.closed}>
        {isOpen && items.length === 0 && (
          <li className={styles.none}>No condition matches “{typed}”.</li>
        )}
        {isOpen &&
          visible.map((group) => (
            <li key={group.area} role="presentation">
              <div className={styles.groupTitle} aria-hidden="true">
                {group.area}
              </div>
              <ul
                role="group"
                aria-label={group.area}
                className={styles.groupList}
              >
                {group.options.map((option) => {
                  index += 1;
                  const { approved, subtypeOnly, offLabel, unverified } =
                    option.counts;
                  return (
                    <li
                      key={option.condition.id}
                      {...getItemProps({ item: option, index })}
                      className={`${styles.option} ${highlightedIndex === index ? styles.highlighted : ''}`}
                    >
                      <span className={styles.optionName}>
                        {option.condition.name}
                        {option.condition.synonyms[0]
                          ? ` (${option.condition.synonyms[0]})`
                          : ''}
                      </span>
                      <span className={styles.counts}>
                        {regionLabel}: {approved} approved · {subtypeOnly}{' '}
                        sub-type only · {offLabel} off-label
                        {unverified > 0 && ` · ${unverified} not verified`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
      </ul>
    </div>
  );
}
