/* Host helpers that decide what the pane offers: the Office theme (read, then re-read when the
 * pane comes back) and whether the Excel → Word store really answers. */
import {
  followOfficeTheme,
  officeTheme,
  usableStorage,
  type PackageStore,
  type ThemeEvents,
  type ThemeKind,
} from "./host";

const office = (officeThemeValue: unknown): typeof Office =>
  ({ context: { officeTheme: officeThemeValue } }) as unknown as typeof Office;

describe("officeTheme", () => {
  test("dark for Office's Dark Gray and Black body colours, light for White and Colorful", () => {
    expect(officeTheme(office({ bodyBackgroundColor: "#262626" }))).toBe(
      "dark",
    );
    expect(officeTheme(office({ bodyBackgroundColor: "#000000" }))).toBe(
      "dark",
    );
    expect(officeTheme(office({ bodyBackgroundColor: "#FFFFFF" }))).toBe(
      "light",
    );
    expect(officeTheme(office({ bodyBackgroundColor: "#E6E6E6" }))).toBe(
      "light",
    );
  });

  test("light where Office has no officeTheme, or reading it throws", () => {
    expect(officeTheme(office(undefined))).toBe("light");
    expect(officeTheme({} as typeof Office)).toBe("light");
    const throwing = {
      context: {
        get officeTheme(): never {
          throw new Error("not available");
        },
      },
    } as unknown as typeof Office;
    expect(officeTheme(throwing)).toBe("light");
  });
});

/** A minimal event target: listeners by type, and a way to fire them. */
function target(): ThemeEvents & {
  fire(type: string): void;
  count(): number;
  visibilityState?: string;
} {
  const listeners = new Map<string, Set<() => void>>();
  return {
    addEventListener: (type, fn) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(fn));
    },
    removeEventListener: (type, fn) => {
      listeners.get(type)?.delete(fn);
    },
    fire: (type) => listeners.get(type)?.forEach((fn) => fn()),
    count: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

describe("followOfficeTheme (Excel and Word raise no theme event)", () => {
  test("reads the theme again when the pane becomes visible or gets the focus, and stops when unsubscribed", () => {
    const win = target();
    const doc = target();
    let current: ThemeKind = "light";
    const seen: ThemeKind[] = [];
    const stop = followOfficeTheme(
      win,
      doc,
      () => current,
      (t) => seen.push(t),
    );
    current = "dark";
    doc.visibilityState = "visible";
    doc.fire("visibilitychange");
    current = "light";
    win.fire("focus");
    expect(seen).toEqual(["dark", "light"]);
    // Hidden: nothing to repaint, no read.
    doc.visibilityState = "hidden";
    doc.fire("visibilitychange");
    expect(seen).toHaveLength(2);
    stop();
    expect(win.count() + doc.count()).toBe(0);
    win.fire("focus");
    expect(seen).toHaveLength(2);
  });
});

describe("usableStorage", () => {
  const store = (get: PackageStore["get"]): PackageStore => ({
    get,
    set: async () => undefined,
    remove: async () => undefined,
  });

  test("a store that answers a read is offered", async () => {
    const s = store(async () => null);
    await expect(usableStorage(s)).resolves.toBe(s);
  });

  test("none, a store whose read throws or rejects, or one that never answers: not offered", async () => {
    await expect(usableStorage(null)).resolves.toBeNull();
    await expect(
      usableStorage(
        store(() => {
          throw new Error("OfficeRuntime.storage is not available");
        }),
      ),
    ).resolves.toBeNull();
    await expect(
      usableStorage(store(() => Promise.reject(new Error("denied")))),
    ).resolves.toBeNull();
    await expect(
      usableStorage(
        store(() => new Promise(() => undefined)),
        20,
      ),
    ).resolves.toBeNull();
  });
});
