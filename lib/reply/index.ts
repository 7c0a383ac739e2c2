// The reply library's public API: pure functions shared by the side panel and the CLI.
// Offsets are UTF-16 indices (end exclusive), like a textarea's selection. A fix's offsets are
// relative to the draft it was computed on: apply one fix, then run checkDraft again.
export { checkDraft, applyFix, type DraftContext, type DraftReport } from './check-draft';
export { fillTemplate, missingMarker, TEMPLATE_VARIABLES, type FilledTemplate, type MissingVariable, type TemplateVars } from './fill-template';
export { pickTemplates, templateLang, type PickedTemplate, type PickOptions } from './pick-templates';
export { listTones, type ToneOption } from './tones';
export { countWeighted, MAX_WEIGHTED_LENGTH, type WeightedCount } from './weighted-length';
export { findingSchema, FINDING_CODES, type Finding, type FindingCode, type Fix } from './finding';
