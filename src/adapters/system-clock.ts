/** The Clock port on the system time. */
import type { Clock } from '../ports/clock.js';

export const systemClock: Clock = { now: () => new Date() };
