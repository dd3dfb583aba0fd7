import { expect } from '@open-wc/testing';
import { checkDatePattern, cleanPattern, DATE_FORMAT_PRESETS, formatDate, zoneOffsetLabel } from './date-format.js';
import { resolveDateFormat } from './date-pattern.js';

// 2024-03-05T07:08:09.012Z, a Tuesday.
const AT = new Date(Date.UTC(2024, 2, 5, 7, 8, 9, 12));

describe('date formats', () => {
  it('formats every preset in a zone', () => {
    const byId = Object.fromEntries(DATE_FORMAT_PRESETS.map((p) => [p.id, formatDate(AT, p.pattern, 'Asia/Kolkata')]));
    expect(byId).to.deep.equal({
      iso: '2024-03-05T12:38:09+05:30',
      sql: '2024-03-05 12:38:09',
      dmy: '05/03/2024',
      mdy: '03/05/2024',
      rfc2822: 'Tue, 05 Mar 2024 12:38:09 +0530',
      unix: '1709622489',
      'unix-ms': '1709622489012',
    });
  });

  it('writes Z for UTC in X patterns and handles 12-hour clocks, quotes and fractions', () => {
    expect(formatDate(AT, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 'UTC')).to.equal('2024-03-05T07:08:09.012Z');
    expect(formatDate(AT, "h:mm a 'o''clock' EEEE d MMMM yy", 'America/New_York')).to.equal("2:08 AM o'clock Tuesday 5 March 24");
    expect(formatDate(AT, 'HH:mm:ss.SSSSSSS', 'UTC')).to.equal('07:08:09.0120000');
    expect(formatDate(AT, 'xxx', 'America/St_Johns')).to.equal('-03:30');
  });

  it('a custom pattern with white space at its ends is checked as it is sent, without it', async () => {
    const { timezoneStepSchema } = await import('../schemas/timezone-schema.js');
    const { shellMessages } = await import('../messages/messages.js');
    const { stepMessages } = await import('../messages/step-messages.js');
    const schema = timezoneStepSchema({ ...shellMessages, ...stepMessages } as never);
    for (const pattern of [' unix', 'unix ', ' yyyy-MM-dd '])
      expect(schema.safeParse({ timeZone: 'UTC', dateFormat: 'custom', customDateFormat: pattern }).success, pattern).to.equal(true);
    expect(schema.safeParse({ timeZone: 'UTC', dateFormat: 'custom', customDateFormat: '  ' }).success).to.equal(false);
  });

  it('says how to write the day and year to one who writes them as other libraries do (DD/MM/YYYY)', async () => {
    for (const pattern of ['DD/MM/YYYY', 'YYYY-MM-DD']) {
      const check = checkDatePattern(pattern);
      expect(check.ok, pattern).to.equal(false);
      if (!check.ok) expect(check.message, pattern).to.contain('write the day as dd and the year as yyyy').and.not.contain('single quotes');
    }
    const { default: de } = await import('../messages/locales/de.js');
    expect(de.datePatternProblem({ kind: 'letter', letter: 'D', lowercase: true })).to.contain('dd/MM/yyyy');
    const plain = checkDatePattern('yyyy-QQ');
    if (!plain.ok) expect(plain.message).to.contain('single quotes');
  });

  it('explains what is wrong with a custom pattern', () => {
    expect(checkDatePattern('yyyy-MM-dd').ok).to.equal(true);
    const unknown = checkDatePattern('yyyy-QQ');
    expect(unknown.ok).to.equal(false);
    if (!unknown.ok) expect(unknown.message).to.contain('“Q” is not a date pattern letter');
    const quote = checkDatePattern("yyyy 'T");
    if (!quote.ok) expect(quote.message).to.contain('not closed');
    expect(quote.ok).to.equal(false);
    const width = checkDatePattern('yyy');
    if (!width.ok) expect(width.message).to.contain('use y, yy, yyyy');
    expect(width.ok).to.equal(false);
    expect(checkDatePattern('---').ok).to.equal(false);
    expect(checkDatePattern('').ok).to.equal(false);
  });

  it('labels the current offset of a zone', () => {
    expect(zoneOffsetLabel('UTC')).to.equal('UTC+00:00');
    expect(zoneOffsetLabel('Asia/Kathmandu')).to.equal('UTC+05:45');
    expect(zoneOffsetLabel('Nowhere/Atlantis')).to.equal(undefined);
  });
});

describe('a custom pattern as it is sent', () => {
  it('loses the invisible characters a paste left outside its quotes (zero-width space, soft hyphen, bidi marks, BOM), and keeps those quoted', () => {
    expect(cleanPattern('\u200byyyy-MM-dd\u00ad HH:mm\u200b')).to.equal('yyyy-MM-dd HH:mm');
    expect(cleanPattern('\ufeff\u200edd/MM/yyyy\u202a\u202c ')).to.equal('dd/MM/yyyy');
    expect(cleanPattern("yyyy'\u200b'MM''dd")).to.equal("yyyy'\u200b'MM''dd");
    expect(resolveDateFormat('custom', ' \u200b ')).to.equal(undefined);
    expect(resolveDateFormat('custom', '\u200bHH:mm')).to.equal('HH:mm');
  });
});
