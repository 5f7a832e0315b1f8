import { randomUUID } from 'node:crypto';
import type { InvalidParam } from './invalidParamsFromAjv';

/** A body of schema `Fout` (application/problem+json), as Open Zaak sends for every refusal but 400. */
export interface Fout {
  readonly type: string;
  readonly code: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
}

/** A body of schema `ValidatieFout`: a `Fout` with the fields that failed. */
export interface ValidatieFout extends Fout {
  readonly invalidParams: readonly InvalidParam[];
}

/** A refusal the provider answers with instead of the operation's result. */
export interface ZgwRefusal {
  readonly status: number;
  readonly body: Fout | ValidatieFout;
}

/** `Fout` of `status`; `type` is a URL under the provider, like Open Zaak's `/ref/fouten/<Name>/`. */
export function fout(baseUrl: string, status: number, code: string, title: string, detail = title): ZgwRefusal {
  const name = title.replace(/[^A-Za-z]/g, '') || 'Fout';
  return { status, body: { type: `${baseUrl}/ref/fouten/${name}/`, code, title, status, detail, instance: `urn:uuid:${randomUUID()}` } };
}

/** 400 `ValidatieFout` listing `invalidParams`, with code `invalid` as Open Zaak gives. */
export function validatieFout(baseUrl: string, invalidParams: readonly InvalidParam[]): ZgwRefusal {
  const base = fout(baseUrl, 400, 'invalid', 'Invalid input.', '').body;
  return { status: 400, body: { ...base, type: `${baseUrl}/ref/fouten/ValidationError/`, invalidParams } };
}
