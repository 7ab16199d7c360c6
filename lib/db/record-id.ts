import { z } from "zod";

/** Database ids (cuid): anything else is refused before a query runs. */
export const recordIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);
