/** `npm run schema`: writes results.schema.json from the zod schema (a test keeps the two in sync). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../base/atomic.ts';
import { resultsJsonSchema } from './results.ts';

export const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.schema.json');
export const schemaText = () => `${JSON.stringify({ $id: 'https://kata.invalid/results.schema.json', title: 'kata results', ...(resultsJsonSchema() as object) }, null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeFileAtomic(SCHEMA_FILE, schemaText());
