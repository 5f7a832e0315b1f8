import { describe, expect, it } from 'vitest';
import { validateEmail } from '../../../src/validation';

describe('validateEmail', () => {
  it('accepts a plain address', () => {
    expect(validateEmail('naam@voorbeeld.nl')).toEqual({ ok: true, value: 'naam@voorbeeld.nl' });
  });

  it('trims the address and lower-cases the domain, but keeps the part before the @ as typed', () => {
    expect(validateEmail('  Jan.Jansen@Voorbeeld.NL ')).toEqual({ ok: true, value: 'Jan.Jansen@voorbeeld.nl' });
  });

  it('accepts its own canonical output unchanged', () => {
    expect(validateEmail('Jan.Jansen@voorbeeld.nl')).toEqual({ ok: true, value: 'Jan.Jansen@voorbeeld.nl' });
  });

  it('accepts plus addressing, subdomains and internationalised domains', () => {
    expect(validateEmail('jan+vergunning@mail.gemeente.example.nl')).toEqual({
      ok: true,
      value: 'jan+vergunning@mail.gemeente.example.nl',
    });
    expect(validateEmail('jan@MÜNCHEN.de')).toEqual({ ok: true, value: 'jan@münchen.de' });
  });

  it('rejects spaces inside the address', () => {
    expect(validateEmail('jan @voorbeeld.nl')).toEqual({ ok: false, code: 'email.spaces' });
    expect(validateEmail('a@voorbeeld.nl b@voorbeeld.nl')).toEqual({ ok: false, code: 'email.spaces' });
  });

  it('rejects an address without @', () => {
    expect(validateEmail('jan.voorbeeld.nl')).toEqual({ ok: false, code: 'email.missingAt' });
  });

  it('rejects an address with more than one @, such as two addresses typed together', () => {
    expect(validateEmail('jan@@voorbeeld.nl')).toEqual({ ok: false, code: 'email.multipleAt' });
    expect(validateEmail('a@voorbeeld.nl,b@voorbeeld.nl')).toEqual({ ok: false, code: 'email.multipleAt' });
  });

  it('rejects an address with nothing before the @', () => {
    expect(validateEmail('@voorbeeld.nl')).toEqual({ ok: false, code: 'email.localPart' });
  });

  const badDomains = [
    'jan@voorbeeld',
    'jan@',
    'jan@voorbeeld.',
    'jan@.nl',
    'jan@voorbeeld..nl',
    'jan@voorbeeld,nl',
    'jan@voorbeeld.n',
    'jan@-voorbeeld.nl',
  ];
  it.each(badDomains)(
    'rejects the domain in "%s"',
    (typed) => {
      expect(validateEmail(typed)).toEqual({ ok: false, code: 'email.domain' });
    },
  );

  it('accepts 254 characters and rejects 255', () => {
    const domain = '@voorbeeld.nl';
    const at254 = 'a'.repeat(254 - domain.length) + domain;
    expect(validateEmail(at254)).toEqual({ ok: true, value: at254 });
    expect(validateEmail(`a${at254}`)).toEqual({ ok: false, code: 'email.tooLong' });
  });

  it('reports an empty or blank field as empty', () => {
    expect(validateEmail('')).toEqual({ ok: false, code: 'email.empty' });
    expect(validateEmail(' \t ')).toEqual({ ok: false, code: 'email.empty' });
  });
});
