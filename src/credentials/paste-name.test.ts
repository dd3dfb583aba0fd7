/** Credentials pasted (Ctrl+V) into the connector name by mistake, in each shape a real paste takes, never reach the draft; a real name is never refused. */
import { expect } from '@open-wc/testing';
import { advanceTo, inStep, pasteInto, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { everythingStored, readDraft } from '../test/stored.js';

const JWT_HEAD = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

describe('credentials pasted into the connector name in the shapes a real paste takes', function () {
  this.timeout(60_000);
  const pastes = [
    ['an .env file', (secret: string) => `SHOPIFY_SHOP=acme\nSHOPIFY_ACCESS_TOKEN=${secret}\n`],
    ['an export line', (secret: string) => `export SHOPIFY_ACCESS_TOKEN=${secret}`],
    ['a YAML block', (secret: string) => `shopify:\n  shop: acme\n  api_key: ${secret}`],
    ['a YAML line', (secret: string) => `api_key: ${secret}`],
    ['a curl command with a bearer token', (secret: string) => `curl -H "Authorization: Bearer ${secret}" https://acme.myshopify.com/admin/api/orders.json`],
    ['a curl command over lines', (secret: string) => `curl https://acme.myshopify.com/admin/api/orders.json \\\n  -H 'Authorization: Bearer ${secret}'`],
    ['a header copied from the browser', (secret: string) => `Authorization: Bearer ${secret}`],
    ['a basic auth header', (secret: string) => `Authorization: Basic ${secret}`],
    ['a connection string', (secret: string) => `postgres://ops:${secret}@db.example.com:5432/shop`],
    ['a URL with a user and a token', (secret: string) => `https://ops:${secret}@acme.myshopify.com/admin`],
    ['a JWT alone', (secret: string) => `${JWT_HEAD}.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${secret}`],
    ['a PEM block', (secret: string) => `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${secret}\n-----END PRIVATE KEY-----`],
    ['one line of JSON', (secret: string) => `{"shop":"acme","access_token":"${secret}"}`],
    ['a Markdown table row', (secret: string) => `| Password | ${secret} |`],
    ['a Markdown table', (secret: string) => `| Username | Password |\n| --- | --- |\n| ops | ${secret} |`],
    ['an HTML table copied from a page', (secret: string) => `Username\tops\nPassword\t${secret}`],
    ['a German label', (secret: string) => `Passwort: ${secret}`],
    ['a German label, Kennwort', (secret: string) => `Kennwort: ${secret}`],
    ['a French label', (secret: string) => `Mot de passe : ${secret}`],
    ['a Spanish label', (secret: string) => `Contraseña: ${secret}`],
    ['a Dutch label', (secret: string) => `Wachtwoord: ${secret}`],
    ['an Arabic label', (secret: string) => `كلمة المرور: ${secret}`],
    ['a German label above its value', (secret: string) => `Benutzername\nops\nPasswort\n${secret}`],
    ['a curl command with an access token header', (secret: string) => `curl -H "X-Shopify-Access-Token: ${secret}" https://acme.myshopify.com/admin/api/shop.json`],
    ['a curl command with an API key header', (secret: string) => `curl -H 'x-api-key: ${secret}' https://api.example.com/v1`],
    ['a YAML line, quoted', (secret: string) => `password: "${secret}"`],
    ['a one-line login', (secret: string) => `user=ops password=${secret}`],
    ['a German table copied from a page', (secret: string) => `Benutzername\tops\nPasswort\t${secret}`],
    ['a French Markdown table row', (secret: string) => `| Mot de passe | ${secret} |`],
    ['a German spreadsheet header and row', (secret: string) => `Benutzername;Passwort\r\nops;${secret}`],
    // A secret's label in the wizard's other languages, as people type it (accents, case), in each shape the English one is refused in.
    ['a German API key label', (secret: string) => `API-Schlüssel: ${secret}`],
    ['a German secret label, typed without its umlaut', (secret: string) => `Geheimer Schluessel = ${secret}`],
    ['a German access token above its value', (secret: string) => `Zugriffstoken\n${secret}`],
    ['a German client secret after a tab', (secret: string) => `Client-Geheimnis\t${secret}`],
    ['a French API key label', (secret: string) => `Clé API : ${secret}`],
    ['a French API key label typed without its accent', (secret: string) => `cle d'API: ${secret}`],
    ['a French access token above its value', (secret: string) => `Jeton d’accès\n${secret}`],
    ['a French client secret label', (secret: string) => `Secret du client = ${secret}`],
    ['a French spreadsheet header with a semicolon', (secret: string) => `Identifiant;Clé secrète\r\nops;${secret}`],
    ['a Spanish password label in capitals, typed without its tilde', (secret: string) => `CONTRASENA: ${secret}`],
    ['a Spanish key label', (secret: string) => `Clave de acceso: ${secret}`],
    ['a Spanish API key in a CSV header', (secret: string) => `Usuario,Clave API\nops,${secret}`],
    ['a Spanish password label alone, as Latin America writes it', (secret: string) => `Clave\n${secret}`],
    ['a Spanish password label before its value, as Latin America writes it', (secret: string) => `Clave: ${secret}`],
    ['a Dutch API key label', (secret: string) => `API-sleutel: ${secret}`],
    ['a Dutch access key above its value', (secret: string) => `Toegangssleutel\n${secret}`],
    ['a Dutch Markdown table', (secret: string) => `| Gebruikersnaam | Wachtwoord |\n| --- | --- |\n| ops | ${secret} |`],
    ['an Arabic API key label', (secret: string) => `مفتاح API: ${secret}`],
    ['an Arabic access key above its value', (secret: string) => `مفتاح الوصول\n${secret}`],
    ['an Arabic secret key in a Markdown table row', (secret: string) => `| المفتاح السري | ${secret} |`],
    // A bearer token, copied without its header's name, or a JWT glued to the word before it.
    ['a bearer token without its header', (secret: string) => `Bearer 9f${secret}0c4e1d2b3a`],
    ['a bearer JWT without its header', (secret: string) => `Bearer ${JWT_HEAD}.${secret}`],
    ['a JWT glued to a word', (secret: string) => `token${JWT_HEAD}.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${secret}`],
    // An Arabic label drawn out with a tatweel (kashida), as a justified page or a designer writes it.
    ['an Arabic password label with a tatweel', (secret: string) => `كلمـة المرور: ${secret}`],
    ['an Arabic password label with a tatweel, above its value', (secret: string) => `كلمة المـرور\n${secret}`],
    // Credentials by their word in the wizard's other languages, as `Credentials: …` is refused.
    ['German credentials', (secret: string) => `Zugangsdaten: ops / ${secret}`],
    ['Spanish credentials', (secret: string) => `Credenciales: ops / ${secret}`],
    ['Dutch credentials', (secret: string) => `Inloggegevens: ops / ${secret}`],
    ['Arabic credentials', (secret: string) => `بيانات الاعتماد: ops / ${secret}`],
    // A label in more than four words, as French and Spanish write them.
    ['a French app password label in five words', (secret: string) => `Mot de passe de l’application : ${secret}`],
    ['a French app password label, as Apple writes it', (secret: string) => `Mot de passe pour app : ${secret}`],
    ['a Spanish API access key label in six words', (secret: string) => `Clave de acceso de la API: ${secret}`],
    // A bearer token wrapped over two lines where it was copied from.
    ['a bearer token wrapped over two lines', (secret: string) => `Bearer 9f8e7d6c\n5b4a${secret}`],
    // A label with a qualifier in brackets after it, in English and the other languages.
    ['a password label with a bracketed qualifier', (secret: string) => `Password (admin): x7${secret}`],
    ['a German password label with a bracketed qualifier', (secret: string) => `Passwort (Admin): ${secret}`],
    ['an API key label with a qualifier in square brackets', (secret: string) => `API key [prod] = ${secret}`],
    ['a French password label with a bracketed qualifier, above its value', (secret: string) => `Mot de passe (admin)\n${secret}`],
    // A label followed by a full-width colon, or by an Arabic comma or semicolon where a colon was meant.
    ['a password label with a full-width colon', (secret: string) => `Password： ${secret}`],
    ['an Arabic password label with a full-width colon', (secret: string) => `كلمة المرور： ${secret}`],
    ['an Arabic password label with an Arabic comma', (secret: string) => `كلمة المرور، ${secret}`],
    ['an Arabic password label with an Arabic semicolon', (secret: string) => `كلمة المرور؛ ${secret}`],
    // A bearer token after `Bearer:` (a colon after Bearer).
    ['a bearer token after Bearer and a colon', (secret: string) => `Bearer: 9f${secret}0c4e1d2b3a`],
    ['a bearer token after Bearer and a full-width colon', (secret: string) => `Bearer：9f${secret}0c4e1d2b3a`],
    // A bearer token of letters only, or of capitalised runs of letters and digits, as a random token sometimes is.
    ['a bearer token of letters only', (secret: string) => `Bearer ${secret.replace(/\d/gu, (d) => 'ghijklmnop'[Number(d)]!)}`],
    ['a live key of letters only after Bearer', (secret: string) => `Bearer sk_live_${secret.replace(/\d/gu, (d) => 'ghijklmnop'[Number(d)]!)}`],
    ['a random token shaped as capitalised runs and digits after Bearer', () => 'Bearer KdwZxaRtbPnvHj42'],
    // A secret after a possessive that names who holds it, not a brand's (`Victoria's Secret`).
    ['a client secret after a possessive in a spreadsheet row', (secret: string) => `Client's secret\t${secret}`],
    ['an admin secret after a curly possessive and a colon', (secret: string) => `Admin’s secret: ${secret}`],
    ['a partner secret after a possessive, above its value', (secret: string) => `Partner's Secret\n${secret}`],
    // A French label naming whose password it is after the elision `d'`.
    ['a French admin password label', (secret: string) => `Mot de passe d'admin : ${secret}`],
    ['a French administrator password label', (secret: string) => `Mot de passe d’administrateur : ${secret}`],
    // A login on one line in the wizard's other languages, after a colon or a full-width colon.
    ['a French login on one line after full-width colons', (secret: string) => `Identifiant：ops Mot de passe：${secret}`],
    ['a French login on one line', (secret: string) => `Nom d’utilisateur : ops Mot de passe : ${secret}`],
    ['a German login on one line', (secret: string) => `Benutzername: ops Passwort: ${secret}`],
    ['a Spanish login on one line after full-width colons', (secret: string) => `Usuario：ops Contraseña：${secret}`],
    ['an Arabic login on one line', (secret: string) => `اسم المستخدم: ops كلمة المرور: ${secret}`],
    ['an English login on one line after full-width colons', (secret: string) => `Username：ops Password：${secret}`],
    // A bearer token after Bearer written in any case, as a caps-lock slip or a tool writes it.
    ['a live key after Bearer with its case flipped', (secret: string) => `bEARER sk_live_${secret}`],
    ['a bearer token after Bearer in mixed case', (secret: string) => `BeArEr 9f${secret}0c4e1d2b3a`],
    // A secret naming who holds it after its word, in the wizard's other languages, as `Client's secret` is refused in English.
    ['a German admin password label', (secret: string) => `Passwort des Admins: ${secret}`],
    ['a German password label for the admin', (secret: string) => `Passwort für Admin: ${secret}`],
    ['a German customer secret label', (secret: string) => `Geheimnis des Kunden: ${secret}`],
    ['a Dutch admin password label', (secret: string) => `Wachtwoord van de beheerder: ${secret}`],
    ['an Arabic admin password label', (secret: string) => `كلمة مرور المسؤول: ${secret}`],
    ['a Spanish admin password label', (secret: string) => `Contraseña del administrador: ${secret}`],
    ['a French client secret label with a space before its colon', (secret: string) => `Secret du client : ${secret}`],
    ['an English password label for the admin', (secret: string) => `Password for the admin: ${secret}`],
    // A secret after a possessive naming a person by their role (not a brand's: `Victoria's Secret`).
    ['a contractor secret after a possessive', (secret: string) => `Contractor's secret: ${secret}`],
    ['a consultant secret after a curly possessive in a spreadsheet row', (secret: string) => `Consultant’s secret\t${secret}`],
    ['an employee secret after a possessive, above its value', (secret: string) => `Employee's Secret\n${secret}`],
    // A label quoted in an email reply, or with a soft hyphen a PDF or a word processor left inside it.
    ['a password line quoted in an email reply', (secret: string) => `> Password: ${secret}`],
    ['a login quoted twice in an email reply', (secret: string) => `>> Username: ops\r\n>> Password: ${secret}\r\n`],
    ['a password label above its value, quoted in an email reply', (secret: string) => `> Password\n> ${secret}`],
    ['a password label with a soft hyphen from a PDF', (secret: string) => `Pass\u00adword: ${secret}`],
    ['a German password label with a soft hyphen', (secret: string) => `Pass\u00adwort: ${secret}`],
    // The Arabic admin written with its hamza on a yeh's seat (`مسئول`), or typed as a letter and a hamza mark after it.
    ['an Arabic admin password label, the admin spelled with a hamza on a yeh', (secret: string) => `كلمة مرور المسئول: ${secret}`],
    ['an Arabic admin password label, its hamza typed as a mark', (secret: string) => `كلمة مرور المسو\u0654ول: ${secret}`],
    ['a German token label naming its customer', (secret: string) => `Token des Kunden: ${secret}`],
    ['an English passphrase label naming its owner', (secret: string) => `Passphrase of the owner\n${secret}`],
  ] as const;
  for (const [shape, paste] of pastes)
    it(`${shape} is refused, and never reaches the draft`, async () => {
      // Its own secret, so what an earlier test kept cannot be what this one finds.
      const SECRET = `Zq${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
      const draftDatabase = uniqueDatabase();
      const el = await wizardFixture({ system: 'shopify', draftDatabase });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', paste(SECRET));
      await settle(el);
      await el.saveDraft();
      expect(JSON.stringify((await readDraft(draftDatabase, 'default:shopify')) ?? {})).to.not.contain(SECRET);
      expect(await everythingStored()).to.not.contain(SECRET);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
      expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.contain('looks like credentials, not a name');
    });
});

describe('a real connector name pasted', function () {
  this.timeout(60_000);
  const names = [
    ['Shopify EU — Password reset flow', 'Shopify EU — Password reset flow'],
    ['Token sync (prod)', 'Token sync (prod)'],
    ['Token sync\nprod', 'Token sync prod'],
    ['Password reset\nEU orders', 'Password reset EU orders'],
    ['"Token sync\nprod"', '"Token sync prod"'],
    ['Password reset: EU orders', 'Password reset: EU orders'],
    ['Token refresh: nightly', 'Token refresh: nightly'],
    ['Shopify: Password reset flow', 'Shopify: Password reset flow'],
    ['API key rotation (EU)', 'API key rotation (EU)'],
    // Names whose words only start like a secret's label in the wizard's other languages, alone, on two lines, or with a `:`.
    ['Schlüsseldienst Müller', 'Schlüsseldienst Müller'],
    ['Schlüsseldienst Müller: Filiale Nord', 'Schlüsseldienst Müller: Filiale Nord'],
    ['Clé de voûte SA', 'Clé de voûte SA'],
    ['Clé de voûte SA\nLyon', 'Clé de voûte SA Lyon'],
    ['Token sync (prod)\nEU', 'Token sync (prod) EU'],
    ['Llave Seguros', 'Llave Seguros'],
    ['Llave Seguros: México', 'Llave Seguros: México'],
    ['Sleutelhuis BV', 'Sleutelhuis BV'],
    ['Sleutelhuis BV\nUtrecht', 'Sleutelhuis BV Utrecht'],
    ['مفتاح الخليج للتجارة', 'مفتاح الخليج للتجارة'],
    ['مفتاح الخليج: الرياض', 'مفتاح الخليج: الرياض'],
    ['Mot de passe oublié: parcours EU', 'Mot de passe oublié: parcours EU'],
    ['Bearer Insurance Group', 'Bearer Insurance Group'],
    // Company and place names in those languages: a secret's word inside a longer name, a port, a word only like a label's.
    ['Schlüssel & Co KG', 'Schlüssel & Co KG'],
    ['Clave Digital SL', 'Clave Digital SL'],
    ['Token Ring Netzwerk\nBüro', 'Token Ring Netzwerk Büro'],
    ['Bearer Foods\nDallas', 'Bearer Foods Dallas'],
    ['Bearer Foods\nWarehouse-12', 'Bearer Foods Warehouse-12'],
    ['Passwortlos GmbH', 'Passwortlos GmbH'],
    ['ERP prod:8443', 'ERP prod:8443'],
    ['دار الكلمة للنشر', 'دار الكلمة للنشر'],
    ['كلمة سواء: الرياض', 'كلمة سواء: الرياض'],
    ['بيانات السوق: الرياض', 'بيانات السوق: الرياض'],
    ['Mot de passe oublié pour app: parcours EU', 'Mot de passe oublié pour app: parcours EU'],
    ['Datenschutz Zugangsdaten Portal', 'Datenschutz Zugangsdaten Portal'],
    // Names with a qualifier in brackets, a full-width colon, an Arabic comma, or `Bearer:` before words.
    ['Support (EU): Shopify', 'Support (EU): Shopify'],
    ['Bearer Foods (UK)', 'Bearer Foods (UK)'],
    ['Passwortlos GmbH (Berlin)', 'Passwortlos GmbH (Berlin)'],
    ['Password reset (EU): orders', 'Password reset (EU): orders'],
    ['Shopify： EU', 'Shopify： EU'],
    ['مفتاح الخليج، الرياض', 'مفتاح الخليج، الرياض'],
    ['Bearer: Foods UK', 'Bearer: Foods UK'],
    // A company's name of words run together and a year after Bearer; a secret after a possessive, a brand's; `Clave` alone, a company's name
    // (in Latin America also a password's label: refused with a value after it or under it, as `Password` is).
    ['Bearer NorthAmerica2024', 'Bearer NorthAmerica2024'],
    ['Bearer AcmeLogistics-2024', 'Bearer AcmeLogistics-2024'],
    ["Victoria's Secret: EU orders", "Victoria's Secret: EU orders"],
    ['Victoria’s Secret\nEU orders', 'Victoria’s Secret EU orders'],
    ['Clave', 'Clave'],
    ['Clave (Bogotá)', 'Clave (Bogotá)'],
    // Names that a bearer token or a login on one line is refused in, as a name: words after Bearer, a label and its value in a name.
    ['Bearer Internationalisation', 'Bearer Internationalisation'],
    ['Bearer NorthAmerica-Logistics', 'Bearer NorthAmerica-Logistics'],
    ['Acme: Clé de voûte: Lyon', 'Acme: Clé de voûte: Lyon'],
    // A brand's secret after a possessive, and names whose words only follow a secret's as a holder would.
    ["Nature's Secret: EU", "Nature's Secret: EU"],
    ["Grandma's Secret\nEU orders", "Grandma's Secret EU orders"],
    ['Passwort des Jahres GmbH: Berlin', 'Passwort des Jahres GmbH: Berlin'],
    ['Secret du chef : Lyon', 'Secret du chef : Lyon'],
    ["Contractor's Hub: EU", "Contractor's Hub: EU"],
    ['> EU orders', '> EU orders'],
    // A word right after a secret's in English, German and Dutch is what the name is of (a manager, a service), not who holds a secret.
    ['Password Manager: EU', 'Password Manager: EU'],
    ['Password Manager\nEU', 'Password Manager EU'],
    ['AWS Security Token Service: prod', 'AWS Security Token Service: prod'],
    ['Visa Token Service: EU', 'Visa Token Service: EU'],
    ['Secret Agent: EU', 'Secret Agent: EU'],
    ['Token Bot: Slack', 'Token Bot: Slack'],
    ['Token Manager\nEU', 'Token Manager EU'],
    ['Llave Partners: México', 'Llave Partners: México'],
    ['Wachtwoord Partner: Utrecht', 'Wachtwoord Partner: Utrecht'],
  ] as const;
  for (const [name, kept] of names)
    it(`is kept: ${JSON.stringify(name)}`, async () => {
      const el = await wizardFixture({ system: 'shopify', noDrafts: true });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', name);
      expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.not.contain('looks like credentials');
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal(kept);
    });
});
