/** A routine complaint: every agent has work to do (triage non-emergency, retrieval, possibilities, treatment). */
export const ROUTINE_TEXT = 'I have had a sore throat and a mild fever for two days';
/** Red-flag text: the emergency agent raises an alert before any token. */
export const EMERGENCY_TEXT = 'I have crushing chest pain spreading to my left arm and I am sweating';
