/** Time as a port, so jobs and tests agree on "now". */
export interface Clock {
  now(): Date;
}
