/** How long a data file may take before the page says so and offers Retry (slow ward Wi-Fi included). */
export const DATA_TIMEOUT_MS = 20_000;
