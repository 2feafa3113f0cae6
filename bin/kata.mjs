#!/usr/bin/env node
// `npx kata`: loads the TypeScript CLI through tsx, from wherever it is called.
import { register } from 'tsx/esm/api';

register();
await import('../harness/cli/entry.ts');
