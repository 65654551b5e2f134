/** Knowledge-base data version; bump it whenever a file under conditions/ or drugClasses.json changes. */
export const KNOWLEDGE_BASE_VERSION = '2026.12.13';
