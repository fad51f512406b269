/** For the `default` of a switch that covers every case: a new case fails `tsc` here, and throws if one slips by. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
