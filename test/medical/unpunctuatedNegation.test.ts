/**
 * A denial told without punctuation ends where a new statement begins: a possessive with its verb a
 * few words on ("her last period was"), a case note's reporting verb ("presented with"), a history
 * heading ("past history"). Our own phrasings.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('a denial in a message without punctuation', () => {
  it('does not swallow the statement after it', () => {
    expectAlerts([
      'no fever no cough her last monthly period was seven weeks ago and she now has heavy bleeding and sudden severe pain low on one side',
      'no rash no diarrhoea presented with fever and shaking chills past history recent trip to Ghana',
    ], true);
  });

  it('still denies what it governs', () => {
    expectAlerts(['no chest pain no shortness of breath just a sore throat for two days'], false);
  });
});
