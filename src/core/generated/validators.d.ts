// Generated from schemas/ by scripts/generate.mjs (ajv standalone code). Do not edit by hand:
// change the schemas and run `npm run generate`.
import type { ValidateFunction } from 'ajv';

export declare const Config: ValidateFunction;
export declare const Brief: ValidateFunction;
export declare const NamingConvention: ValidateFunction;
export declare const UtmStandard: ValidateFunction;
export declare const Team: ValidateFunction;
export declare const Workflow: ValidateFunction;
export declare const Tool: ValidateFunction;
export declare const Budget: ValidateFunction;
export declare const Sop: ValidateFunction;
export declare const Policy: ValidateFunction;
