/** A numbered schema step. Its SQL and the `user_version` bump commit together or not at all. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
