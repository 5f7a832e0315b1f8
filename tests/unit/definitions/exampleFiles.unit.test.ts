import { describe, expect, it } from 'vitest';
import { FILE_KIND_MIME, sniffFileKind } from '../../../src/wizard';
import { exampleFileAnswers, exampleFileBytes } from '../../fixtures/exampleFiles';
import { permitExamples } from '../../fixtures/permitExamples';
import { TODAY } from '../../fixtures/testPermit';

describe('the files permit examples attach', () => {
  const answers = permitExamples.flatMap((example) =>
    exampleFileAnswers(example.permit, example.answers(TODAY)).map(({ questionId, file }) => [`${example.permit.id}/${example.name}/${questionId}/${file.name}`, file] as const),
  );

  it('are there: a permit with file questions has examples that attach files', () => {
    expect(answers.length).toBeGreaterThan(0);
  });

  it.each(answers)('%s is in tests/fixtures/files with the size and type the answer says', (_name, file) => {
    const bytes = exampleFileBytes(file);
    expect(bytes.length).toBe(file.size);
    const kind = sniffFileKind(bytes.subarray(0, 8));
    expect(kind && FILE_KIND_MIME[kind]).toBe(file.type);
  });
});
