/**
 * A LinkedIn `Connections.csv` as LinkedIn exports it, for the import scenario: the `Notes:`
 * preamble, a BOM, CRLF line ends, the header `First Name,Last Name,URL,Email Address,Company,
 * Position,Connected On`, and rows shaped like a real export: every row its own profile URL, an
 * email for about one connection in six (most hide it), a company and a position for most, a few
 * names with accents, a few companies with a comma (quoted), `Connected On` like `01 Mar 2024`.
 *
 * Seeded (the same seed gives the same file), so every run imports the same people. The word lists
 * overlap those of bench/dataset.ts a little, as a real network overlaps an address book: some rows
 * have the name and organisation of an existing contact (reported as possible duplicates), and a
 * few pairs of rows of one file have the same name at the same company (two profiles: also reported).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIRST_NAMES = (
  'Aaron|Abigail|Ada|Adrian|Aiko|Alba|Aleksander|Alice|Amir|Ana|André|Anika|Arjun|Astrid|Aurelio|' +
  'Babajide|Beatriz|Benedikt|Bianca|Bjørn|Caitlin|Carlos|Catalina|Chiara|Chioma|Claire|Colm|Dalia|' +
  'Daniel|Dmitri|Dolores|Eero|Eleanor|Elif|Emil|Esther|Fatima|Femi|Filip|Florence|Gabriel|Gemma|' +
  'Giulia|Gunnar|Hamid|Hannah|Hiroshi|Ibrahim|Ingrid|Isabel|Jakub|Jamal|Javier|Jin|Joanna|José|' +
  'Julia|Kamala|Karin|Kenji|Khadija|Klaus|Laila|Leon|Liam|Lina|Lucía|Magnus|Malik|Margot|Mateo|' +
  'Miriam|Naoko|Nikolai|Nina|Oisín|Olga|Oskar|Paula|Pedro|Rafael|Rania|Ruth|Saanvi|Samuel|Sara|' +
  'Sebastian|Signe|Sione|Stefan|Tamar|Teodor|Thandiwe|Tomás|Ursula|Valentina|Viktor|Wanjiru|Yusuf|Zoë'
).split('|');
const LAST_NAMES = (
  'Achterberg|Adeyemi|Albrecht|Alvarez|Andersson|Babić|Bauer|Bergström|Bianchi|Brennan|Carvalho|' +
  'Chowdhury|Costa|Dąbrowski|De Vries|Díaz|Dimitrov|Eklund|Esposito|Farouk|Ferreira|Fitzgerald|' +
  'Fujimoto|Gallagher|García|Gonzalez|Gupta|Hakimi|Hansen|Hernández|Hoffmann|Horvath|Ibáñez|Iqbal|' +
  'Jovanović|Kaur|Keller|Kim|Koch|Kovács|Kumar|Lambert|Laurent|Lehmann|Li|Lopez|Mahlangu|Mäkinen|' +
  'Martínez|Mendes|Meyer|Morales|Mueller|Murphy|Nguyen|Nielsen|Nowak|O’Brien|Ogunleye|Olsen|Ortiz|' +
  'Papadopoulos|Park|Pereira|Popescu|Rahman|Ramírez|Reyes|Richter|Rodrigues|Romano|Sato|Schneider|' +
  'Sharma|Singh|Smith|Sørensen|Suzuki|Takahashi|Tanaka|Van Dijk|Virtanen|Wagner|Walsh|Wang|' +
  'Wójcik|Yamamoto|Yildiz|Zimmermann'
).split('|');
const COMPANIES = (
  'Acme Logistics|Northwind Health|Globex Energy|Initech|Hooli Cloud|Tyrell Robotics|Pied Piper|' +
  'Open Data Institute|Civic Lab|Brightline Analytics|Cobalt Freight|Evergreen Hospitals|' +
  'Fjord Maritime|Helix Biotech|Ironbridge Capital|Juniper Schools|Kestrel Aerospace|' +
  'Lumen Payments|Meridian Consulting|Nimbus Software|Orchard Foods|Polaris Mobility|' +
  'Quantum Grid|Riverstone Bank|Saffron Media|Tidewater Ports|Unity Health Trust|Vireo Energy|' +
  'Willow Insurance|Xylem Water|Yarrow Labs|Zenith Telecom|"Baker, Singh & Partners"|' +
  '"Ministry of Health, Wellbeing"|Self-employed|Freelance|University Hospital|Municipality of Aarhus'
).split('|');
const POSITIONS = (
  'Software Engineer|Senior Software Engineer|Product Manager|Head of Operations|' +
  'Chief Technology Officer|Data Scientist|UX Researcher|Procurement Lead|Policy Advisor|' +
  'Sales Director|Nurse Practitioner|Logistics Planner|Associate Professor|Founder & CEO|' +
  'Partner|Program Officer|Supply Chain Analyst|Product Designer|Journalist|Recruiter|' +
  'Engineering Manager|Customer Success Lead|Chief of Staff|Investment Associate|Consultant'
).split('|');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A name as a LinkedIn slug: lower-case ASCII words joined by hyphens. */
const slugOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** `rows` connections as LinkedIn's `Connections.csv`; `seed` picks the people (files of other seeds share no profile). */
export function linkedinExport(rows: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const company = next() < 0.92 ? pick(COMPANIES) : '';
    const position = company && next() < 0.95 ? pick(POSITIONS) : '';
    // Profile URLs are unique per person: LinkedIn's vanity slug, else the name with a suffix.
    const suffix = (seed * 1_000_003 + i).toString(36);
    const slug = next() < 0.3 ? `${slugOf(first)}${slugOf(last)}` + suffix : `${slugOf(`${first} ${last}`)}-${suffix}`;
    const domain = company && next() < 0.6 ? `${slugOf(company).replace(/-/g, '')}.example` : 'mail.example';
    const email = next() < 0.16 ? `${slugOf(first)}.${slugOf(last)}.${suffix}@${domain}` : '';
    const connected = `${String(1 + Math.floor(next() * 28)).padStart(2, '0')} ${pick(MONTHS)} ${2012 + Math.floor(next() * 14)}`;
    lines.push(
      [first, last, `https://www.linkedin.com/in/${slug}`, email, company, position, connected]
        .map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** POSTs a file to `POST /v1/contacts/import` as a raw `text/csv` body; the report and the time it took. */
export async function postImport(
  url: string,
  token: string,
  csv: string,
): Promise<{ ms: number; report: ImportReport }> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/contacts/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`POST /v1/contacts/import: ${response.status} ${text.slice(0, 300)}`);
  return { ms, report: JSON.parse(text) as ImportReport };
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  possibleDuplicates: unknown[];
  errors: unknown[];
}

/** CPU milliseconds (user + system) a process has used, from /proc (null where there is no /proc). */
function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** `getconf CLK_TCK` on Linux. */
const CLOCK_TICKS = 100;

/**
 * CPU used by the app and by the embedded PostgreSQL (its postmaster's children: the backend serving
 * the import among them), so an import can be read on a loaded machine: their sum is about what it
 * takes on a quiet one. PostgreSQL is null with DATABASE_URL (not ours to read).
 */
export function cpuMeter(appPid: number | undefined, postgresDataDir: string | null) {
  /** CPU ms of each of the postmaster's children now (backends and workers come and go). */
  const postgres = (): Map<number, number> | null => {
    if (!postgresDataDir) return null;
    try {
      const postmaster = readFileSync(path.join(postgresDataDir, 'postmaster.pid'), 'utf8').split('\n')[0];
      const children = new Map<number, number>();
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
          if (fields[1] === postmaster) children.set(Number(entry), cpuMs(Number(entry)) ?? 0);
        } catch {
          // gone meanwhile
        }
      }
      return children;
    } catch {
      return null;
    }
  };
  const read = () => ({ app: appPid === undefined ? null : cpuMs(appPid), postgres: postgres() });
  return {
    /** Starts counting; the returned function answers the CPU ms used since. */
    start() {
      const before = read();
      return () => {
        const after = read();
        // A child that exited meanwhile took its count with it (not counted); one that started is counted whole.
        let postgresMs: number | null = null;
        if (before.postgres && after.postgres) {
          postgresMs = 0;
          for (const [pid, ms] of after.postgres) postgresMs += ms - (before.postgres.get(pid) ?? 0);
        }
        return {
          app: before.app === null || after.app === null ? null : after.app - before.app,
          postgres: postgresMs,
        };
      };
    },
  };
}
