import type { Rule } from '../finding';
import { seed001 } from './seed001-unseeded';
import { seed002 } from './seed002-legacy-api';
import { seed003 } from './seed003-parallel-workers';
import { seed004 } from './seed004-reseed';
import { seed005 } from './seed005-duplicate-seed';
import { seed006 } from './seed006-invalid-seed';
import { seed007 } from './seed007-clock-seed';
import { seed008 } from './seed008-sklearn';

/** Every rule SeedLab implements, by code. */
export const RULES: readonly Rule[] = [seed001, seed002, seed003, seed004, seed005, seed006, seed007, seed008];
