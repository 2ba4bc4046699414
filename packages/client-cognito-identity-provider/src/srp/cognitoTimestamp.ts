const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * TIMESTAMP of the PASSWORD_VERIFIER answer: "ddd MMM D HH:mm:ss UTC YYYY", the day of the month
 * not padded ("Sat Dec 5 09:07:03 UTC 2026"); Cognito rejects other forms, and signs this string.
 */
export const cognitoTimestamp = (date: Date): string => {
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
};
