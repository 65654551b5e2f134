/**
 * The answer's safety lines in the language a Spanish or French message was written in: the emergency
 * advice, the "what to do now" plan, the crisis line and the disclaimer. The rest of the offline answer
 * (conditions, self-care lines from the knowledge base) stays English, so these lines come first and
 * the English ones stay beside them: someone who reads only their own language still learns what to
 * do and whom to call, and an English-speaking helper still reads the whole answer.
 */
import type { TriageLevel } from '../../sdk/index.ts';

export interface NativeSafetyLines {
  /** "Emergency" as the answer's first word. */
  readonly emergencyWord: string;
  readonly carriedOver: string;
  crisis(emergencyNumber: string, crisisLine: string): readonly string[];
  critical(emergencyNumber: string, thirdParty: boolean): readonly string[];
  urgent(emergencyNumber: string, thirdParty: boolean): readonly string[];
  readonly tellMeWhenHelpArrives: string;
  whatToDoNow(level: TriageLevel, emergencyNumber: string): string;
  crisisLine(crisisLine: string): string;
  /** Says that what follows is in English. */
  readonly restInEnglish: string;
  readonly notADiagnosis: string;
}

const SPANISH: NativeSafetyLines = {
  emergencyWord: 'Emergencia',
  carriedOver: 'Antes en esta conversación describió una emergencia.',
  crisis: (n, line) => [
    `Si está en peligro inmediato o ha tomado algo, llame al ${n} ahora.`,
    `Puede hablar con alguien ahora mismo: ${line}. No tiene que pasar por esto sin ayuda.`,
    'Si puede, quédese con alguien de confianza y aléjese de cualquier cosa con la que pueda hacerse daño.',
  ],
  critical: (n, thirdParty) => [
    `Llame al ${n} ahora.`,
    thirdParty
      ? 'No lleve usted a la persona en coche; quédese con ella y siga las instrucciones del operador.'
      : 'No conduzca; si puede, quédese con alguien y siga las instrucciones del operador.',
  ],
  urgent: (n, thirdParty) => [
    thirdParty
      ? `Lleve a la persona ahora a un servicio de urgencias, o llame al ${n} si empeora o no puede llegar de forma segura.`
      : `Vaya ahora a un servicio de urgencias, o llame al ${n} si empeora o no puede llegar de forma segura.`,
  ],
  tellMeWhenHelpArrives: 'Avíseme cuando haya llegado la ayuda.',
  whatToDoNow: (level, n) =>
    level === 'emergency'
      ? `**Qué hacer ahora:** esto necesita atención urgente. Llame al ${n} o vaya ahora al servicio de urgencias más cercano.`
      : level === 'non_emergency'
        ? '**Qué hacer ahora:** pida cita con un médico, normalmente en uno o dos días (antes si empeora).'
        : '**Qué hacer ahora:** normalmente esto se puede cuidar en casa. Vigílelo y busque ayuda si empeora o aparece algo nuevo que le preocupe.',
  crisisLine: (line) => `No tiene que pasar por esto sin ayuda. Puede contactar ahora con una línea de crisis: ${line}.`,
  restInEnglish: '_El resto de esta respuesta está en inglés._',
  notADiagnosis:
    'Esto es información general, no un diagnóstico. No sustituye la exploración de un médico u otro profesional sanitario; si tiene dudas o empeora, consulte a un profesional.',
};

const FRENCH: NativeSafetyLines = {
  emergencyWord: 'Urgence',
  carriedOver: 'Plus tôt dans cette conversation, vous avez décrit une urgence.',
  crisis: (n, line) => [
    `Si vous êtes en danger immédiat ou si vous avez pris quelque chose, appelez le ${n} maintenant.`,
    `Vous pouvez parler à quelqu'un dès maintenant : ${line}. Vous n'avez pas à traverser cela seul.`,
    'Si vous le pouvez, restez avec une personne de confiance et éloignez-vous de tout ce qui pourrait vous servir à vous faire du mal.',
  ],
  critical: (n, thirdParty) => [
    `Appelez le ${n} maintenant.`,
    thirdParty
      ? "Ne l'emmenez pas vous-même en voiture ; restez auprès de la personne et suivez les instructions du régulateur."
      : "Ne conduisez pas vous-même ; restez avec quelqu'un si possible et suivez les instructions du régulateur.",
  ],
  urgent: (n, thirdParty) => [
    thirdParty
      ? `Emmenez la personne aux urgences maintenant, ou appelez le ${n} si son état s'aggrave ou si elle ne peut pas s'y rendre en sécurité.`
      : `Allez aux urgences maintenant, ou appelez le ${n} si votre état s'aggrave ou si vous ne pouvez pas vous y rendre en sécurité.`,
  ],
  tellMeWhenHelpArrives: 'Dites-moi quand les secours sont arrivés.',
  whatToDoNow: (level, n) =>
    level === 'emergency'
      ? `**Que faire maintenant :** cela nécessite des soins urgents. Appelez le ${n} ou allez maintenant aux urgences les plus proches.`
      : level === 'non_emergency'
        ? "**Que faire maintenant :** prenez rendez-vous avec un médecin, en général dans un ou deux jours (plus tôt si cela s'aggrave)."
        : "**Que faire maintenant :** cela peut en général se soigner à la maison. Surveillez l'évolution et demandez de l'aide si cela s'aggrave ou si un nouveau symptôme vous inquiète.",
  crisisLine: (line) => `Vous n'avez pas à traverser cela seul. Vous pouvez joindre une ligne d'écoute dès maintenant : ${line}.`,
  restInEnglish: '_La suite de cette réponse est en anglais._',
  notADiagnosis:
    "Ceci est une information générale, pas un diagnostic. Elle ne remplace pas l'examen par un médecin ou un autre professionnel de santé ; en cas de doute, ou si cela s'aggrave, demandez un avis médical.",
};

export function nativeSafetyLines(language: 'es' | 'fr' | undefined): NativeSafetyLines | undefined {
  return language === 'es' ? SPANISH : language === 'fr' ? FRENCH : undefined;
}
