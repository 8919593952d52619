/**
 * The shipped model file, `data/model/fluency.lm.gz`: gzip of
 *
 *   "CALQUELM" (8 bytes) · header length (uint32 LE) · header (UTF-8 JSON, padded to 4 bytes) · arrays
 *
 * The header names the models, their symbols, the byte length of every array and the calibration;
 * the arrays follow in header order, each padded to 4 bytes, little-endian. Loading is one gunzip and
 * a typed-array view per array.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { NgramModel, TrieLevel } from './trie.js';

const MAGIC = 'CALQUELM';

interface ArrayRef {
  type: 'u16' | 'i16' | 'u32';
  length: number;
}

interface LevelHeader {
  ids: ArrayRef;
  logp: ArrayRef;
  bow?: ArrayRef;
  start?: ArrayRef;
}

interface ModelHeader {
  order: number;
  /** The symbols, or the name of an earlier model whose symbols this one shares. */
  symbols: string[] | string;
  levels: LevelHeader[];
}

export interface ModelFile<C> {
  models: Record<string, NgramModel>;
  /** Calibration and any other JSON metadata. */
  meta: C;
}

type Typed = Uint16Array | Int16Array | Uint32Array;

function refOf(a: Typed): ArrayRef {
  return { type: a instanceof Uint16Array ? 'u16' : a instanceof Int16Array ? 'i16' : 'u32', length: a.length };
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export function serialise<C>(file: ModelFile<C>): Buffer {
  const arrays: Typed[] = [];
  const models: Record<string, ModelHeader> = {};
  const names = Object.keys(file.models).sort();
  for (const name of names) {
    const m = file.models[name]!;
    const sharer = names.find((other) => other < name && file.models[other]!.symbols === m.symbols);
    const levels: LevelHeader[] = m.levels.map((l) => {
      const h: LevelHeader = { ids: refOf(l.ids), logp: refOf(l.logp) };
      arrays.push(l.ids, l.logp);
      if (l.bow) {
        h.bow = refOf(l.bow);
        arrays.push(l.bow);
      }
      if (l.start) {
        h.start = refOf(l.start);
        arrays.push(l.start);
      }
      return h;
    });
    models[name] = { order: m.order, symbols: sharer ?? [...m.symbols], levels };
  }
  const header = Buffer.from(JSON.stringify({ models, meta: file.meta }), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  parts.push(len, header, Buffer.alloc(pad4(header.length) - header.length));
  for (const a of arrays) {
    // Typed arrays are little-endian on every platform Node supports; copy the bytes as they are.
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(bytes, Buffer.alloc(pad4(bytes.length) - bytes.length));
  }
  // Level 9 and a fixed header (gzipSync writes mtime 0) keep the file byte-for-byte reproducible.
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a model file: the shipped gzip, or the build's unpacked copy of it (src/lm/load.ts). */
export function deserialise<C>(bytes: Buffer): ModelFile<C> {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  if (raw.toString('latin1', 0, 8) !== MAGIC) throw new Error('calque: not a calque language-model file');
  const headerLength = raw.readUInt32LE(8);
  const header = JSON.parse(raw.toString('utf8', 12, 12 + headerLength)) as { models: Record<string, ModelHeader>; meta: C };
  // Every typed array views the bytes directly, which needs them 4-aligned in their ArrayBuffer: a
  // file read whole (the unpacked copy, or a gunzip's output) has a buffer of its own, at offset 0;
  // anything else (a slice of a pooled buffer) is copied into a fresh one first. Not copying the
  // 10 MB model saves the copy and keeps the read buffer's memory from counting twice (an extra
  // garbage collection at start-up, triggered by external memory).
  const buf: Uint8Array = raw.byteOffset % 4 === 0 ? raw : new Uint8Array(raw);
  const base = buf.byteOffset;
  let offset = 12 + pad4(headerLength);
  const take = (ref: ArrayRef): Typed => {
    const width = ref.type === 'u32' ? 4 : 2;
    const a =
      ref.type === 'u16'
        ? new Uint16Array(buf.buffer, base + offset, ref.length)
        : ref.type === 'i16'
          ? new Int16Array(buf.buffer, base + offset, ref.length)
          : new Uint32Array(buf.buffer, base + offset, ref.length);
    offset += pad4(ref.length * width);
    return a;
  };
  const models: Record<string, NgramModel> = {};
  for (const name of Object.keys(header.models).sort()) {
    const h = header.models[name]!;
    const levels: TrieLevel[] = h.levels.map((l) => {
      // Every level gets the same four fields, absent ones undefined (taken in file order: ids, logp,
      // bow, start): one object shape for all levels of all models, so the trie's lookups, which
      // read `start` and `ids` of whatever level they are on, stay monomorphic.
      const ids = take(l.ids) as Uint16Array;
      const logp = take(l.logp) as Int16Array;
      const bow = l.bow ? (take(l.bow) as Int16Array) : undefined;
      const start = l.start ? (take(l.start) as Uint32Array) : undefined;
      return { ids, logp, bow, start };
    });
    const symbols = typeof h.symbols === 'string' ? models[h.symbols]!.symbols : h.symbols;
    models[name] = { order: h.order, symbols, levels };
  }
  return { models, meta: header.meta };
}
