/** The registered stages of a check, in the order they run. A new stage is one module, added here. */
import type { AnyStage } from '../stage.ts';
import { complexityStage } from './complexity.ts';
import { recordStage } from './record.ts';
import { spaceStage } from './space.ts';
import { testsStage } from './tests.ts';

export const STAGES: readonly AnyStage[] = [testsStage, spaceStage, complexityStage, recordStage];
