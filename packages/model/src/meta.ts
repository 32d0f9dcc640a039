/** Document metadata common to the three kinds (Dublin Core subset both ODF and OOXML carry). */
export interface DocumentMeta {
  readonly title?: string;
  readonly creator?: string;
  /** ISO 8601 date-time. */
  readonly created?: string;
  /** ISO 8601 date-time. */
  readonly modified?: string;
  /** BCP 47 language tag, e.g. `fr-FR`. */
  readonly language?: string;
}
