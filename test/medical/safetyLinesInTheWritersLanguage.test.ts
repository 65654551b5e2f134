/**
 * A Spanish or French writer reads the emergency advice, the plan, the crisis line and the disclaimer
 * in their own language first; the English lines stay beside them, and the answer still never
 * contradicts its level.
 */
import { describe, expect, it } from 'vitest';
import { decideUrgency } from '../../plugins/medical/urgency/decideUrgency.ts';
import { checkAnswerConsistency } from '../../plugins/medical/urgency/checkAnswerConsistency.ts';
import { composeTurn } from './composeTurn.ts';
import { decide, SAFETY } from './urgencyHelpers.ts';

describe('safety lines in the writer’s language', () => {
  it('gives a Spanish emergency its advice in Spanish first, then in English', () => {
    const decision = decide('mi abuela se cayó, tiene la cara torcida y no le salen las palabras');
    expect(decision.level).toBe('emergency');
    expect(decision.emergency.advice).toMatch(/^Llame al 911 ahora\. No lleve usted a la persona en coche/);
    expect(decision.emergency.advice).toContain('Call 911 now.');
    expect(decision.emergency.advice.indexOf('Llame')).toBeLessThan(decision.emergency.advice.indexOf('Call 911'));
  });

  it('tells a French writer to go to the emergency department, for themselves or for someone else', () => {
    const self = decide("j'ai une douleur dans la poitrine depuis ce matin");
    expect(self.level).toBe('emergency');
    expect(self.emergency.advice).toMatch(/^(?:Appelez le 911 maintenant|Allez aux urgences maintenant)/);
    const other = decide('mon fils de 8 ans a avalé une pile bouton de la télécommande');
    expect(other.level).toBe('emergency');
    expect(other.emergency.advice).toMatch(/Appelez le 911 maintenant|Emmenez la personne aux urgences/);
  });

  it('puts the plan and the disclaimer in the writer’s language at every level, and the answer stays consistent', () => {
    const cases = [
      ['me duele la garganta desde ayer, sin fiebre', 'normalmente esto se puede cuidar en casa', 'Esto es información general, no un diagnóstico'],
      ["j'ai des brûlures en urinant depuis trois jours", 'prenez rendez-vous avec un médecin', "Ceci est une information générale, pas un diagnostic"],
      ['mi hijo de 3 años tiene fiebre de 40 y manchas moradas que no desaparecen al apretar', 'esto necesita atención urgente', 'no un diagnóstico'],
    ] as const;
    for (const [message, plan, disclaimer] of cases) {
      const { level, answer } = composeTurn(message);
      expect(answer, message).toContain(plan);
      expect(answer, message).toContain(disclaimer);
      // The writer's own lines come before the English ones they repeat.
      expect(answer.indexOf(plan), message).toBeLessThan(answer.indexOf('**What to do now:**'));
      expect(checkAnswerConsistency(answer, level, SAFETY.emergencyNumber), message).toEqual([]);
    }
  });

  it('gives the crisis line in the writer’s language', () => {
    const { level, answer } = composeTurn("je n'en peux plus, je pense à me tuer ce soir");
    expect(level).toBe('emergency');
    expect(answer).toContain("Vous pouvez joindre une ligne d'écoute dès maintenant : 988.");
    expect(answer).toMatch(/^\*\*Urgence: Si vous êtes en danger immédiat/);
  });

  it('carries an earlier emergency over in the language of the new message', () => {
    const first = decideUrgency({ message: 'mi padre tiene un dolor muy fuerte en el pecho y suda', history: [], profile: undefined, sessionState: undefined, safety: SAFETY });
    expect(first.decision.level).toBe('emergency');
    const next = decideUrgency({ message: 'ya llamé, qué hago mientras tanto', history: ['mi padre tiene un dolor muy fuerte en el pecho y suda'], profile: undefined, sessionState: first.nextState, safety: SAFETY });
    expect(next.decision.emergency.carriedOver).toBe(true);
    expect(next.decision.emergency.advice).toMatch(/^Antes en esta conversación describió una emergencia\./);
  });

  it('leaves an English message’s answer in English alone', () => {
    const { answer } = composeTurn('I have had a sore throat since yesterday, no fever');
    expect(answer).not.toMatch(/inglés|anglais|Qué hacer|Que faire/);
  });
});
