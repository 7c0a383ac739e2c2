// The reply library's public API: pure functions shared by the side panel and the CLI.
export { checkDraft, applyFix, type DraftContext, type DraftReport } from './check-draft';
export { fillTemplate, missingMarker, TEMPLATE_VARIABLES, type FilledTemplate, type MissingVariable, type TemplateVars } from './fill-template';
export { pickTemplates, templateLang, type PickedTemplate, type PickOptions } from './pick-templates';
export { listTones, type ToneOption } from './tones';
export { countWeighted, MAX_WEIGHTED_LENGTH, type WeightedCount } from './weighted-length';
export { findingSchema, FINDING_CODES, type Finding, type FindingCode, type Fix } from './finding';
