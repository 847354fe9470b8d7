import type { Metadata } from 'next';
import Link from '@/app/ui/link';
import { PrefetchOnIntent } from '@/app/ui/prefetch-on-intent';
import { DATA_LICENCE, TRACKER_NAME } from '@/domain/licence';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sanctions & Aid Tracker', template: '%s · Sanctions & Aid Tracker' },
  description:
    'Who sends what aid to whom and who sanctions whom, on one timeline, every figure traced to its source.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* Without JavaScript no "View as table" opens: each chart's box already holds its table. */}
        <noscript>
          <style>{'.chart-table { display: none; }'}</style>
        </noscript>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Sanctions &amp; Aid Tracker
          </Link>
          <p className="tagline">Aid and sanctions on one timeline, every figure traced to its source.</p>
          <nav aria-label="Main" className="site-nav">
            <Link href="/">Overview</Link>
            <Link href="/aid">Aid</Link>
            <Link href="/sanctions">Sanctions</Link>
            <Link href="/events">Events</Link>
            <Link href="/parties">Parties</Link>
            <Link href="/sources">Sources</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <PrefetchOnIntent />
        <footer className="site-footer">
          <p>
            Committed aid counts approved, authorized and delivered packages; requested and pledged aid is
            shown apart and never added in. Amounts are in US dollars at announcement.
          </p>
          <p>
            <Link href="/changes">Recent changes</Link> to the data, also as an{' '}
            <a href="/changes/feed.atom">Atom feed</a>.
          </p>
          <p>
            For scripts and spreadsheets: the <Link href="/api">API</Link>.
          </p>
          <p>
            Data licensed under{' '}
            <a href={DATA_LICENCE.url} rel="license">
              {DATA_LICENCE.shortName}
            </a>
            : credit “{TRACKER_NAME}”. Imported lists keep their own terms:{' '}
            <Link href="/licence">data and licence</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}
