import { expect, test } from "vitest";
import { cleanOriginalName } from "./original-name";

test("keeps only a displayable last path segment", () => {
  expect(cleanOriginalName("../../etc/passwd")).toBe("passwd");
  expect(cleanOriginalName("C:\\Users\\me\\photo.jpg")).toBe("photo.jpg");
  expect(cleanOriginalName("evil\u202egpj.exe")).toBe("evilgpj.exe");
  expect(cleanOriginalName("line\nbreak.png")).toBe("linebreak.png");
  expect(cleanOriginalName("a".repeat(500))).toHaveLength(200);
  expect(cleanOriginalName("  ")).toBeNull();
  expect(cleanOriginalName(undefined)).toBeNull();
});
