import { DateText } from '@/app/ui/values';
import styles from './date-cell.module.css';

/** A date in a table column, kept on one line (`13 Mar 2022`, never split before the year). */
export function DateCell({ iso }: { iso: string | null }) {
  return (
    <span className={styles.date}>
      <DateText iso={iso} />
    </span>
  );
}
