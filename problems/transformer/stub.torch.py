# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds Transformer(vocab_size, d_model, num_heads, d_ff, num_encoder_layers,
# num_decoder_layers) per case, converts it to float64, copies the case's weights into the
# submodules named below (nn.Linear stores (out, in): drill's ewq[l] arrives as ewq[l].T; the
# stacked weights go layer by layer into encoder[0], encoder[1], …) and calls
# forward(src, tgt) with two 1-D torch.long tensors of token ids.
# Off limits: nn.Transformer, nn.TransformerEncoderLayer, nn.TransformerDecoderLayer,
# nn.MultiheadAttention, F.multi_head_attention_forward, F.scaled_dot_product_attention.
import math

import torch
from torch import nn


class Attention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        self.q_proj = nn.Linear(d_model, d_model)     # e/d wq[l].T, bq[l]
        self.k_proj = nn.Linear(d_model, d_model)     # wk[l].T, bk[l]
        self.v_proj = nn.Linear(d_model, d_model)     # wv[l].T, bv[l]
        self.out_proj = nn.Linear(d_model, d_model)   # wo[l].T, bo[l]

    def forward(self, x: torch.Tensor, memory: torch.Tensor, causal: bool = False) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class EncoderLayer(nn.Module):
    def __init__(self, d_model: int, num_heads: int, d_ff: int):
        super().__init__()
        self.self_attn = Attention(d_model, num_heads)   # ewq… ebo
        self.norm1 = nn.LayerNorm(d_model)               # egamma1, ebeta1
        self.linear1 = nn.Linear(d_model, d_ff)          # ew1.T, eb1
        self.linear2 = nn.Linear(d_ff, d_model)          # ew2.T, eb2
        self.norm2 = nn.LayerNorm(d_model)               # egamma2, ebeta2

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class DecoderLayer(nn.Module):
    def __init__(self, d_model: int, num_heads: int, d_ff: int):
        super().__init__()
        self.self_attn = Attention(d_model, num_heads)   # dwq1… dbo1 (masked)
        self.norm1 = nn.LayerNorm(d_model)               # dgamma1, dbeta1
        self.cross_attn = Attention(d_model, num_heads)  # dwq2… dbo2
        self.norm2 = nn.LayerNorm(d_model)               # dgamma2, dbeta2
        self.linear1 = nn.Linear(d_model, d_ff)          # dw1.T, db1
        self.linear2 = nn.Linear(d_ff, d_model)          # dw2.T, db2
        self.norm3 = nn.LayerNorm(d_model)               # dgamma3, dbeta3

    def forward(self, y: torch.Tensor, memory: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class Transformer(nn.Module):
    def __init__(self, vocab_size: int, d_model: int, num_heads: int, d_ff: int,
                 num_encoder_layers: int, num_decoder_layers: int):
        super().__init__()
        # Reject num_heads that do not divide d_model with ValueError.
        self.embed = nn.Embedding(vocab_size, d_model)   # emb
        self.encoder = nn.ModuleList([EncoderLayer(d_model, num_heads, d_ff) for _ in range(num_encoder_layers)])
        self.decoder = nn.ModuleList([DecoderLayer(d_model, num_heads, d_ff) for _ in range(num_decoder_layers)])
        self.out_proj = nn.Linear(d_model, vocab_size)   # wout.T, bout

    def forward(self, src: torch.Tensor, tgt: torch.Tensor) -> torch.Tensor:
        # Write your solution here: (len(tgt), vocab_size) logits.
        raise NotImplementedError("not implemented yet")
