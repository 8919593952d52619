/**
 * Further evaluations appended to `npm run eval` (fluency calibration lands here). Kept separate so
 * the artifact-recall evaluation above stays readable.
 */
export async function evalExtensions(): Promise<void> {
  // Nothing yet: the fluency evaluation (seed AUC, TED MQM Kendall tau) is added with the language model.
}
