import type { ComponentProps } from 'react';
import { formatCount } from '@/app/lib/format';
import Link from '@/app/ui/link';
import { Pagination } from '@/app/ui/lists/pagination';
import type { PartyRef } from '@/db/queries/aid/aid-list';
import { Amount, DateText, PartyLink, StatusBadge, Tag } from '@/app/ui/values';
import styles from './citing-list.module.css';

export interface CitingItem {
  id: number;
  title: string;
  href: string;
  date: string;
  quotes: string[];
  /** From → to: donor and recipient, or imposing party and target. */
  parties?: readonly [PartyRef, PartyRef];
  status?: string;
  tag?: string;
  amountUsd?: number | null;
}

interface Props {
  id: string;
  title: string;
  language: string;
  /** This page's rows. */
  items: CitingItem[];
  /** Where the page sits among all the rows, and how its links are made. */
  page: { page: number; pageCount: number; pageSize: number; total: number };
  pager: Omit<ComponentProps<typeof Pagination>, 'page' | 'pageCount' | 'pageSize' | 'total'>;
}

/** One page of the rows of one kind citing a source, each with its quotes in the source's own language. */
export function CitingList({ id, title, language, items, page, pager }: Props) {
  if (page.total === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.group} id={id}>
      <h3 id={`${id}-heading`}>
        {title} <span className="muted">({formatCount(page.total)})</span>
      </h3>
      <ol className={styles.list} data-testid={id}>
        {items.map((item) => (
          <li key={item.id} className={styles.item}>
            <p className={styles.line}>
              <Link href={item.href} className={styles.title}>
                {item.title}
              </Link>
            </p>
            <p className={styles.meta}>
              <DateText iso={item.date} />
              {item.parties && (
                <span>
                  <PartyLink party={item.parties[0]} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">to</span> <PartyLink party={item.parties[1]} />
                </span>
              )}
              {item.tag && <Tag value={item.tag} />}
              {item.status && <StatusBadge status={item.status} />}
              {item.amountUsd !== undefined && <Amount usd={item.amountUsd} />}
            </p>
            {item.quotes.map((quote, i) => (
              <blockquote key={i} lang={language} className={styles.quote}>
                {quote}
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
      {page.pageCount > 1 && <Pagination {...page} {...pager} />}
    </section>
  );
}
