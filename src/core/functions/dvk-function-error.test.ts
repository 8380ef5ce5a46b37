import { DvkFunctionError } from "./dvk-function-error";

test("DvkFunctionError: NFC message, kind value by default", () => {
  const e = new DvkFunctionError("Ô trống".normalize("NFD"));
  expect(e).toBeInstanceOf(Error);
  expect(e.message).toBe("Ô trống");
  expect(e.kind).toBe("value");
  expect(new DvkFunctionError("x", "na").kind).toBe("na");
});
