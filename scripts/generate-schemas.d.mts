/** Types for generate-schemas.mjs (plain JS so that postinstall runs without tsx). */
export declare const ROOT: string;
export declare const DIALECTS: { readonly sqlite: 'sqlite'; readonly postgres: 'postgresql' };
export type SchemaDialect = keyof typeof DIALECTS;
export declare function buildSchema(dialect: SchemaDialect, models: string): string;
export declare function schemaPath(dialect: SchemaDialect): string;
export declare function writeSchemas(): Record<SchemaDialect, string>;
