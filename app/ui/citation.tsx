import Link from '@/app/ui/link';
import type { CitationDto } from '@/db/queries/sources/citations';
import { formatDate, formatLanguage } from '@/app/lib/format';

/** Where a figure comes from: the source and its supporting quote, in the original language. */
export function Citation({ citation }: { citation: CitationDto }) {
  const { sourceId, title, publisher, url, publishedOn, language, quote } = citation;
  return (
    <figure className="citation">
      <blockquote lang={language}>{quote}</blockquote>
      <figcaption>
        <cite lang={language}>
          <Link href={`/sources/${sourceId}`}>{title}</Link>
        </cite>
        {/* One text node, not a span per part: the overview shows ~60 citations, each sent twice. */}
        {[publisher, formatDate(publishedOn), formatLanguage(language)]
          .filter(Boolean)
          .map((part) => ` · ${part}`)
          .join('')}
        {url && (
          <>
            {' · '}
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              original<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}

export function Citations({ citations }: { citations: CitationDto[] }) {
  if (citations.length === 0) return <p className="citation missing">No source recorded.</p>;
  return (
    <>
      {citations.map((c, i) => (
        <Citation key={`${c.sourceId}-${i}`} citation={c} />
      ))}
    </>
  );
}
