/** `npm run schema`: writes json-output.schema.json from the zod schemas of the `--json` outputs (a test keeps the two in sync). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../base/atomic.ts';
import { jsonOutputSchema } from './json-output.ts';

export const JSON_SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'json-output.schema.json');
export const jsonSchemaText = () => `${JSON.stringify(jsonOutputSchema(), null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeFileAtomic(JSON_SCHEMA_FILE, jsonSchemaText());
