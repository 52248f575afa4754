/** A span in a file. Lines and columns are 1-based, as in GitHub annotations, SARIF and `yaml`'s linePos. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
