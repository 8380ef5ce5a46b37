const {
  rewriteManifestUrls,
  publicUrl,
  DEFAULT_PUBLIC_URL,
} = require("../../scripts/manifest-url.cjs");

describe("manifest URL rewrite", () => {
  test("replaces every dev URL (global), and the dev origin of AppDomain", () => {
    const xml = `<a u="https://localhost:3000/taskpane.html"/><b u="https://localhost:3000/assets/icon-16.png"/><AppDomain>https://localhost:3000</AppDomain>`;
    const out = rewriteManifestUrls(xml, "https://cdn.truong.edu.vn/dvk/");
    expect(out).toBe(
      `<a u="https://cdn.truong.edu.vn/dvk/taskpane.html"/><b u="https://cdn.truong.edu.vn/dvk/assets/icon-16.png"/><AppDomain>https://cdn.truong.edu.vn</AppDomain>`,
    );
  });

  test("takes the base URL from DVK_PUBLIC_URL, adds the final slash, documents a default, refuses http", () => {
    expect(publicUrl({ DVK_PUBLIC_URL: "https://x.vn/dvk" })).toBe(
      "https://x.vn/dvk/",
    );
    expect(publicUrl({})).toBe(DEFAULT_PUBLIC_URL);
    expect(() => publicUrl({ DVK_PUBLIC_URL: "http://x.vn/" })).toThrow(
      /https/,
    );
  });
});
