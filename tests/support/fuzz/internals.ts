/** Words that only an internal error would carry: the query builder's, the database's, a stack frame. */
export const INTERNALS =
  /knex|sqlite|postgres|\bselect\b.*\bfrom\b|whereBetween|syntax error at|violates|relation "|column "|stack|at [\w$.<>]+ \(|node_modules|\/work\//i;
