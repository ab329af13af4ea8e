// 2-D convolution (cross-correlation, as in deep learning) with stride and zero padding,
// forward and backward, by direct loops; padding is handled by skipping taps outside x.
export interface Conv2dResult {
  out: number[][][][];
  dx: number[][][][];
  dw: number[][][][];
  db: number[];
}

const zeros4 = (a: number, b: number, c: number, d: number): number[][][][] =>
  Array.from({ length: a }, () => Array.from({ length: b }, () => Array.from({ length: c }, () => new Array<number>(d).fill(0))));

export function conv2d(x: number[][][][], w: number[][][][], b: number[], stride: number, padding: number, dout: number[][][][]): Conv2dResult {
  const [n, cin, h, wd] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [cout, wcin, kh, kw] = [w.length, w[0].length, w[0][0].length, w[0][0][0].length];
  if (wcin !== cin) throw new RangeError(`x has ${cin} channels but the kernel expects ${wcin}`);
  if (b.length !== cout) throw new RangeError(`b must have ${cout} entries`);
  if (!Number.isInteger(stride) || stride < 1 || !Number.isInteger(padding) || padding < 0) throw new RangeError("stride must be >= 1 and padding >= 0");
  const ho = Math.floor((h + 2 * padding - kh) / stride) + 1;
  const wo = Math.floor((wd + 2 * padding - kw) / stride) + 1;
  if (ho < 1 || wo < 1) throw new RangeError("the kernel is larger than the padded input");
  const okShape = dout.length === n && dout.every((s) => s.length === cout && s.every((c) => c.length === ho && c.every((r) => r.length === wo)));
  if (!okShape) throw new RangeError(`dout must have shape (${n}, ${cout}, ${ho}, ${wo})`);

  const out = zeros4(n, cout, ho, wo);
  const dx = zeros4(n, cin, h, wd);
  const dw = zeros4(cout, cin, kh, kw);
  const db = new Array<number>(cout).fill(0);
  for (let s = 0; s < n; s++) {
    for (let co = 0; co < cout; co++) {
      for (let oy = 0; oy < ho; oy++) {
        for (let ox = 0; ox < wo; ox++) {
          const g = dout[s][co][oy][ox];
          let acc = b[co];
          db[co] += g;
          for (let ci = 0; ci < cin; ci++) {
            const plane = x[s][ci];
            const kernel = w[co][ci];
            for (let ky = 0; ky < kh; ky++) {
              const iy = oy * stride + ky - padding;
              if (iy < 0 || iy >= h) continue;
              for (let kx = 0; kx < kw; kx++) {
                const ix = ox * stride + kx - padding;
                if (ix < 0 || ix >= wd) continue;
                acc += plane[iy][ix] * kernel[ky][kx];
                dw[co][ci][ky][kx] += g * plane[iy][ix];
                dx[s][ci][iy][ix] += g * kernel[ky][kx];
              }
            }
          }
          out[s][co][oy][ox] = acc;
        }
      }
    }
  }
  return { out, dx, dw, db };
}
