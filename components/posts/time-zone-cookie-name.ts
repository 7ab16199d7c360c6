/**
 * The cookie that carries the browser's IANA zone to the server (set by TimeZoneCookie). Its own
 * module, so the cookie setter doesn't bring the date formatting into every page's download.
 */
export const TIME_ZONE_COOKIE = "tz";
