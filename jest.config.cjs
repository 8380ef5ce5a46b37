/** Jest: "unit" runs the host-free core, adapters (office-addin-mock) and the CLI in-process;
 *  "integration" drives real applications (LibreOffice, Chromium) and the built dist/. */
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
};
// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module
// pulls ESM-only dependencies jest cannot require: point it at the enum's own module.
const moduleNameMapper = {
  "^office-addin-manifest$":
    "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
};
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      moduleNameMapper,
      testMatch: [
        "<rootDir>/src/**/*.test.ts?(x)",
        "<rootDir>/test/unit/**/*.test.ts?(x)",
      ],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      transform,
      moduleNameMapper,
      testMatch: ["<rootDir>/test/integration/**/*.test.ts"],
    },
  ],
};
