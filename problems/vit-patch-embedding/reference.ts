// ViT patch embedding: walk the patch grid row-major, accumulate each patch's
// projection straight from the pixels (feature (r·P + c)·C + ch), then add positions.
export interface PatchEmbedParams {
  w: number[][];
  b: number[];
  cls: number[];
  pos: number[][];
}

export function vitPatchEmbed(image: number[][][], p: PatchEmbedParams, patchSize: number): number[][] {
  const C = image.length;
  const H = image[0].length;
  const W = image[0][0].length;
  const P = patchSize;
  if (!Number.isInteger(P) || P < 1 || H % P !== 0 || W % P !== 0) {
    throw new RangeError(`a ${H}×${W} image cannot be cut into ${P}×${P} patches`);
  }
  const gh = H / P;
  const gw = W / P;
  const D = p.b.length;

  const tokens: number[][] = [p.cls.map((v, d) => v + p.pos[0][d])];
  for (let pr = 0; pr < gh; pr++) {
    for (let pc = 0; pc < gw; pc++) {
      const t = tokens.length; // 1 + patch index
      const out = p.b.slice();
      for (let r = 0; r < P; r++) {
        for (let c = 0; c < P; c++) {
          for (let ch = 0; ch < C; ch++) {
            const v = image[ch][pr * P + r][pc * P + c];
            const wRow = p.w[(r * P + c) * C + ch];
            for (let d = 0; d < D; d++) out[d] += v * wRow[d];
          }
        }
      }
      const posRow = p.pos[t];
      for (let d = 0; d < D; d++) out[d] += posRow[d];
      tokens.push(out);
    }
  }
  return tokens;
}
