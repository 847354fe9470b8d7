import type { Metadata } from 'next';
import { DATA_LICENCE, TRACKER_NAME } from '@/domain/licence';
import { LIST_TERMS } from '@/domain/list-terms';
import Link from '@/app/ui/link';
import styles from './licence.module.css';

export const metadata: Metadata = { title: 'Data and licence' };

const LISTS = Object.values(LIST_TERMS);

/** The licence of the tracker's data, and whose data it imports on what terms. */
export default function LicencePage() {
  return (
    <>
      <h1>Data and licence</h1>
      <section className="section" aria-labelledby="own-data">
        <h2 id="own-data">The tracker’s data</h2>
        <p>
          What the tracker compiles — its aid packages, sanctions, events, parties and sources, the links
          between them, and the totals and charts drawn from them — is licensed under the{' '}
          <a href={DATA_LICENCE.url} rel="license">
            {DATA_LICENCE.name}
          </a>{' '}
          licence ({DATA_LICENCE.shortName}). You may copy, share and adapt it, commercially too, if you
          credit the tracker, link to the licence and say what you changed. The pages, the downloads and the
          API all carry it; every page’s “Cite or download” gives a citation with a dated link.
        </p>
        <p>Credit it as:</p>
        <p className={styles.credit}>{DATA_LICENCE.attribution}</p>
        <p>
          Quotes are the words of the sources they come from, quoted to show where each figure comes from;
          they stay their authors’. The tracker’s code is MIT-licensed.
        </p>
      </section>
      <section className="section" aria-labelledby="imported">
        <h2 id="imported">Imported lists</h2>
        <p>
          Editors can import these official lists and datasets. Each imported row cites its list as a{' '}
          <Link href="/sources">source</Link> and keeps the list’s terms: {TRACKER_NAME}’s licence covers only
          what the tracker adds.
        </p>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Imported lists, their publishers and terms</caption>
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col">Publisher</th>
                <th scope="col">Terms</th>
              </tr>
            </thead>
            <tbody>
              {LISTS.map((l) => (
                <tr key={l.list}>
                  <td data-label="List">
                    <a href={l.url}>{l.list}</a>
                  </td>
                  <td data-label="Publisher">{l.publisher}</td>
                  <td data-label="Terms">
                    {/* One piece: on a phone the cell lays its children out as a label and a value. */}
                    <span>
                      {l.termsUrl ? <a href={l.termsUrl}>{l.terms}</a> : l.terms}
                      {l.credit && <span className="muted"> Credit: “{l.credit}”.</span>}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          Country codes come from ISO 3166 through the{' '}
          <a href="https://github.com/datasets/country-codes">datasets/country-codes</a> table (
          <a href="https://opendatacommons.org/licenses/pddl/1-0/">ODC-PDDL-1.0</a>); country, language and
          currency names shown on screen from the browser’s and Node’s own Unicode CLDR data.
        </p>
      </section>
    </>
  );
}
