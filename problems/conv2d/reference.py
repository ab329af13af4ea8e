# 2-D convolution with numpy: pad once, then loop over the kernel taps only; each tap is
# a strided slice of the padded input (forward, dw) or of the padded gradient (dx).
import numpy as np


def conv2d(x, w, b, stride, padding, dout):
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    n, cin, h, wd = x.shape
    cout, wcin, kh, kw = w.shape
    if wcin != cin:
        raise ValueError(f"x has {cin} channels but the kernel expects {wcin}")
    if np.shape(b) != (cout,):
        raise ValueError(f"b must have shape ({cout},)")
    if int(stride) != stride or stride < 1 or int(padding) != padding or padding < 0:
        raise ValueError("stride must be >= 1 and padding >= 0")
    ho = (h + 2 * padding - kh) // stride + 1
    wo = (wd + 2 * padding - kw) // stride + 1
    if ho < 1 or wo < 1:
        raise ValueError("the kernel is larger than the padded input")
    if dout.shape != (n, cout, ho, wo):
        raise ValueError(f"dout must have shape {(n, cout, ho, wo)}")
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros_like(xp)
    out = np.zeros((n, cout, ho, wo)) + np.asarray(b, dtype=np.float64)[None, :, None, None]
    dw = np.zeros_like(w)
    for ky in range(kh):
        for kx in range(kw):
            rows = slice(ky, ky + stride * (ho - 1) + 1, stride)
            cols = slice(kx, kx + stride * (wo - 1) + 1, stride)
            patch = xp[:, :, rows, cols]  # (n, cin, ho, wo)
            out += np.einsum("nchw,oc->nohw", patch, w[:, :, ky, kx])
            dw[:, :, ky, kx] = np.einsum("nohw,nchw->oc", dout, patch)
            dxp[:, :, rows, cols] += np.einsum("nohw,oc->nchw", dout, w[:, :, ky, kx])
    return {
        "out": out,
        "dx": dxp[:, :, padding:padding + h, padding:padding + wd],
        "dw": dw,
        "db": dout.sum(axis=(0, 2, 3)),
    }
