import type { IgnoredParam } from '@/domain/url/url-state';
import { Notice } from './notice';
import styles from './states.module.css';

/** Render only when something was ignored. Names each address parameter that was not understood, instead of failing or guessing. */
export function IgnoredParamsNotice({
  ignored,
}: {
  ignored: readonly IgnoredParam[];
}) {
  return (
    <Notice title="Some parts of the address were not understood and are ignored">
      <ul className={styles.problems}>
        {ignored.map((item, index) => (
          <li key={`${item.param}-${index}`}>
            {item.param}={item.value}: {item.reason}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
