import type { Locale } from '../../src/i18n';
import type { Problem } from '../contract/apiTypes';
import { describeFieldErrors } from './describeFieldErrors';
import type { ProblemError } from './ProblemError';
import { problemTypeUri } from './problemTypes';
import { serverTranslator } from './serverTranslators';

/** A refusal as the RFC 9457 problem document the client gets, worded in `locale`. */
export function problemDocument(problem: ProblemError, locale: Locale): Problem {
  const translator = serverTranslator(locale);
  const { fieldErrors = [], fieldProblems = [], retryAfterSeconds, params, permit, reference } = problem.extras;
  const detailParams = { ...params, ...(retryAfterSeconds === undefined ? {} : { seconds: retryAfterSeconds }), ...(reference === undefined ? {} : { reference }) };
  const errors = [...fieldProblems, ...describeFieldErrors(fieldErrors, permit, translator)];
  return {
    type: problemTypeUri(problem.type),
    title: translator.t(`problem.${problem.type}.title`),
    status: problem.status,
    detail: translator.t(`problem.${problem.type}.detail`, detailParams),
    ...(errors.length > 0 ? { errors } : {}),
    ...(reference === undefined ? {} : { reference }),
  };
}
