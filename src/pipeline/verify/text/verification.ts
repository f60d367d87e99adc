/**
 * "Not yet reproduced by third parties" and "self-reported" say the same of a result: nobody else has checked
 * it. A claim that calls a figure self-reported or unverified keeps a source's negated verification.
 */

const VERIFYING = /复现|復現|验证|驗證|核实|核實|审计|審計|证实|證實|verif|reproduc|replicat|audit|confirm|independent/i;
const UNVERIFIED =
  /\bself[-\s]reported\b|\bunverified\b|\bunaudited\b|\bunconfirmed\b|\bunreplicated\b|\bown (?:tests|testing|benchmarks?)\b|自测|自測|未经验证|未經驗證/i;

/** True when a source negation denies a check of a result, and the claim calls the result unchecked. */
export function keepsUnverified(negatedText: string, claimText: string): boolean {
  return VERIFYING.test(negatedText) && UNVERIFIED.test(claimText);
}
