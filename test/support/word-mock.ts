import { OfficeMockObject } from "office-addin-mock";
import type { SpyFactory } from "./excel-mock";

/** A Word object model on office-addin-mock: content controls must be loaded and synced before
 *  their tag and text are read; calls are recorded; context.sync is a counted jest spy. */
export function wordMock(
  controls: { tag: string; text: string }[],
  spy: SpyFactory = (f) => jest.fn(f) as never,
) {
  const calls: string[] = [];
  const context = new OfficeMockObject({
    application: {
      createDocument: (b64: string) => ({
        open: () => calls.push(`open:${b64.length}`),
      }),
    },
    document: {
      body: {
        insertFileFromBase64: (b64: string, where: string) =>
          calls.push(`insertFile:${where}:${b64.length}`),
      },
      contentControls: {},
    },
  }) as any;
  const items = controls.map((c, i) => {
    context.addMock(`cc${i}`);
    const cc = context[`cc${i}`];
    cc.populate({ tag: c.tag, text: c.text });
    cc.insertText = (t: string, how: string) =>
      calls.push(`insertText:${c.tag}:${how}:${t}`);
    return cc;
  });
  const coll = context.document.contentControls;
  coll.setValue("items", items);
  const load = coll.load.bind(coll);
  coll.load = (arg: string) => {
    for (const it of items) it.load("tag,text");
    calls.push(`load:${arg}`);
    return load("items");
  };
  const mockSync = context.sync.bind(context);
  const sync = spy(async () => {
    await mockSync();
    await new Promise((r) => setImmediate(r));
  });
  context.sync = sync;
  return {
    run: (<T>(b: (ctx: any) => Promise<T>) => b(context)) as never,
    calls,
    sync,
  };
}
