import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReadMail {
  to: string;
  subject: string;
  /** The decoded message (headers and body, quoted-printable undone). */
  text: string;
}

const bytesOf = (text: string) =>
  Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );

/** Quoted-printable: soft line breaks removed, =XX escapes turned back into UTF-8 bytes. */
const decodeQuotedPrintable = (body: string) => bytesOf(body.replace(/=\r?\n/g, '')).toString('utf8');

/** Headers: unfolded, RFC 2047 encoded words (Q or B) decoded, adjacent ones joined. */
const decodeHeaders = (headers: string) =>
  headers
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : bytesOf(word.replace(/_/g, ' ')).toString('utf8'),
    );

function decode(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split);
  return `${decodeHeaders(headers)}${/quoted-printable/i.test(raw) ? decodeQuotedPrintable(body) : body}`;
}

/** Every mail written to MAIL_DIR so far (none when the folder does not exist yet). */
export async function readMailDir(dir: string): Promise<ReadMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = decode(await readFile(path.join(dir, file), 'utf8'));
      return {
        to: /^To: (.*)$/m.exec(text)?.[1].trim() ?? '',
        subject:
          /^Subject: (.*(?:\r?\n[ \t].*)*)$/m
            .exec(text)?.[1]
            .replace(/\r?\n[ \t]/g, ' ')
            .trim() ?? '',
        text,
      };
    }),
  );
}

/** Waits until `predicate` holds for the mails in `dir` (the job queue sends them after commit). */
export async function waitForMails(
  dir: string,
  predicate: (mails: ReadMail[]) => boolean,
  timeoutMs = 15_000,
): Promise<ReadMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await readMailDir(dir);
    if (predicate(mails)) return mails;
    if (Date.now() > deadline)
      throw new Error(`mails in ${dir} never matched; got ${JSON.stringify(mails.map((m) => [m.to, m.subject]))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
