import { useState } from 'react';
import { Button } from './button';
import styles from './states.module.css';

type Props = { label: string; text: string };

/**
 * Shows a block of text and a button that copies it. The text stays visible and selectable, so
 * it can be copied by hand where the clipboard is not available. Nothing is sent anywhere.
 */
export function CopyText({ label, text }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus(
        'The clipboard is not available here: select the text above and copy it.',
      );
    }
  };
  return (
    <div>
      <pre className={styles.problems}>{text}</pre>
      <Button onClick={() => void copy()}>{label}</Button>{' '}
      <span role="status">{status}</span>
    </div>
  );
}
