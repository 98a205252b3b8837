import { PageHeading } from '@/components/ui/page-heading';
import styles from './about-route.module.css';

export default function AboutRoute() {
  return (
    <article className={styles.about}>
      <PageHeading title="About Immunodex" />
      <section aria-labelledby="users">
        <h2 id="users">Who it is for</h2>
        <p>
          Healthcare professionals: rheumatologists, dermatologists,
          infectious-disease and intensive-care physicians, pharmacists and
          pharmacy and therapeutics committees. It is not written for patients.
        </p>
      </section>
      <section aria-labelledby="does">
        <h2 id="does">What it does and does not do</h2>
        <ul>
          <li>
            It lists immunomodulatory therapies by condition and shows their
            regulatory status per region (US, EU).
          </li>
          <li>
            It compares drugs side by side and prints dated, sourced summary
            sheets.
          </li>
          <li>
            It informs; it does not recommend. It never ranks drugs, has no
            patient inputs and calculates no doses.
          </li>
          <li>
            Drugs are listed alphabetically within a status; differences are
            marked neutrally.
          </li>
          <li>
            A drug and condition pair that is not listed shows as “not covered”,
            which is not the same as “not approved”.
          </li>
          <li>
            Always check the current prescribing information before prescribing.
          </li>
        </ul>
      </section>
      <section aria-labelledby="data">
        <h2 id="data">Where the data comes from</h2>
        <p>
          Every clinical fact cites its source and where in it (for example
          “USPI §1.1” or “SmPC 4.2”), with the date the source was read. Sources
          are, in order of preference: the FDA prescribing information (US
          label), the EU summary of product characteristics (SmPC) or EPAR,
          regulator notices (FDA, EMA, emergency use authorisations), and
          primary trial publications. Drug-information sites are a last resort,
          marked as reviews, and never used for a status, a dose or a boxed
          warning.
        </p>
        <p>
          Regulatory status is per region: approved, emergency use, refused,
          withdrawn or not approved. Uses that are not approved somewhere carry
          an evidence grade on a GRADE-style scale (high, moderate, low, very
          low), with the best evidence named, negative trials included.
        </p>
      </section>
      <section aria-labelledby="report">
        <h2 id="report">Reporting an error</h2>
        <p>
          Every drug card has “Report a data error”, which prepares a report
          naming the drug, the data version and the field; pages that fail offer
          “Copy error details”. Send either to the Immunodex maintainers through
          the project’s issue tracker, with the source that shows the correct
          value. The app itself sends nothing: it has no analytics and makes no
          requests outside its own site.
        </p>
      </section>
      <section aria-labelledby="printing">
        <h2 id="printing">Printed sheets</h2>
        <p>
          A sheet is printed for one region: the US unless you choose the EU, or
          both side by side, on the sheet. By default it holds the regulatory
          status with every restriction in full, the boxed warning,
          contraindications, class restrictions, screening and monitoring, and
          numbered references; dosing is added when the sheet is about one
          condition and is one tick away otherwise. On paper each value cites
          its strongest source, a restriction shared by several conditions
          prints once with a letter, and dosing that reads the same for several
          conditions prints once. Every page carries the date printed, the data
          version and “check the current prescribing information”.
        </p>
      </section>
      <section aria-labelledby="offline">
        <h2 id="offline">Offline use and updates</h2>
        <p>
          After one visit with a connection, the list, every drug card,
          comparisons and print sheets work without a network, and the app can
          be installed from the browser menu. When a newer data version is
          published, a notice names it and offers a reload; the page you are
          reading never changes by itself, and the header always shows the data
          version on screen.
        </p>
      </section>
      <section aria-labelledby="review">
        <h2 id="review">How entries are reviewed</h2>
        <p>
          Each entry is written from the sources, then checked by an independent
          second pass that extracts every status, dose and boxed warning again
          without seeing the first; disagreements are resolved against the
          source. Entries still waiting for that second pass say so at the top
          of their card. Facts that could not be verified are marked “Not
          verified: see the label” and never guessed. Each card states when it
          was last reviewed and how. No entry has yet had a pharmacist or
          physician sign-off unless its card says so.
        </p>
      </section>
    </article>
  );
}
