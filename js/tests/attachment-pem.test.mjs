// node --test: attachment() undoes PEM dash-stuffing (RFC 934) as parse() does. The first
// JPEG of this committed real 6-K has a last data line that was sent as `- -NVUC...`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse, attachment } from "../../pkg/form6k.node.js";

const FILE = new URL("../../tests/fixtures/submissions/0001130319-09-000182.txt", import.meta.url);

test("attachment: a dash-stuffed uuencoded JPEG decodes whole, from bytes and from a string", () => {
  const bytes = readFileSync(FILE);
  const f = parse(bytes, { blocks: false });
  const doc = f.documents.find((d) => d.attachment && d.attachment.name.value === "o54604o5460400.jpg");
  assert.equal(doc.sequence.value, "2");
  for (const input of [bytes, bytes.toString("latin1")]) {
    const jpeg = attachment(input, "2");
    assert.equal(jpeg.length, doc.attachment.size);
    assert.deepEqual([...jpeg.subarray(0, 2)], [0xff, 0xd8]);
    assert.deepEqual([...jpeg.subarray(jpeg.length - 2)], [0xff, 0xd9]);
  }
});
