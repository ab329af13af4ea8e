import math

import torch
from torch import nn


class Attention(nn.Module):
    """Multi-head attention from one sequence onto another (itself for self-attention)."""

    def __init__(self, d_model, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x, memory, causal=False):
        heads = lambda t: t.view(t.shape[0], self.num_heads, -1).transpose(0, 1)  # noqa: E731
        q, k, v = heads(self.q_proj(x)), heads(self.k_proj(memory)), heads(self.v_proj(memory))
        scores = q @ k.transpose(1, 2) / math.sqrt(q.shape[-1])
        if causal:
            future = torch.ones(x.shape[0], memory.shape[0], dtype=torch.bool).triu(1)
            scores = scores.masked_fill(future, float("-inf"))
        mixed = torch.softmax(scores, dim=-1) @ v
        return self.out_proj(mixed.transpose(0, 1).reshape(x.shape))


class EncoderLayer(nn.Module):
    def __init__(self, d_model, num_heads, d_ff):
        super().__init__()
        self.self_attn = Attention(d_model, num_heads)
        self.norm1 = nn.LayerNorm(d_model)
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)
        self.norm2 = nn.LayerNorm(d_model)

    def forward(self, x):
        h = self.norm1(x + self.self_attn(x, x))
        return self.norm2(h + self.linear2(torch.relu(self.linear1(h))))


class DecoderLayer(nn.Module):
    def __init__(self, d_model, num_heads, d_ff):
        super().__init__()
        self.self_attn = Attention(d_model, num_heads)
        self.norm1 = nn.LayerNorm(d_model)
        self.cross_attn = Attention(d_model, num_heads)
        self.norm2 = nn.LayerNorm(d_model)
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)
        self.norm3 = nn.LayerNorm(d_model)

    def forward(self, y, memory):
        h1 = self.norm1(y + self.self_attn(y, y, causal=True))
        h2 = self.norm2(h1 + self.cross_attn(h1, memory))
        return self.norm3(h2 + self.linear2(torch.relu(self.linear1(h2))))


class Transformer(nn.Module):
    """Post-norm encoder-decoder on token ids, teacher-forced: (tgt_len, vocab) logits."""

    def __init__(self, vocab_size, d_model, num_heads, d_ff, num_encoder_layers, num_decoder_layers):
        super().__init__()
        if num_heads < 1 or d_model % num_heads:
            raise ValueError("d_model {} cannot be split into {} heads".format(d_model, num_heads))
        self.embed = nn.Embedding(vocab_size, d_model)
        self.encoder = nn.ModuleList([EncoderLayer(d_model, num_heads, d_ff) for _ in range(num_encoder_layers)])
        self.decoder = nn.ModuleList([DecoderLayer(d_model, num_heads, d_ff) for _ in range(num_decoder_layers)])
        self.out_proj = nn.Linear(d_model, vocab_size)

    def inputs(self, ids):
        vocab, d = self.embed.weight.shape
        if ids.numel() == 0:
            raise ValueError("src and tgt must not be empty")
        if ids.min() < 0 or ids.max() >= vocab:
            raise ValueError("token ids must lie in [0, {})".format(vocab))
        position = torch.arange(len(ids), dtype=torch.float64)[:, None]
        rate = 10000.0 ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)
        pe = torch.zeros(len(ids), d, dtype=torch.float64)
        pe[:, 0::2] = torch.sin(position * rate)
        pe[:, 1::2] = torch.cos(position * rate)[:, : d // 2]
        return self.embed(ids) * math.sqrt(d) + pe

    def forward(self, src, tgt):
        memory = self.inputs(src)
        for layer in self.encoder:
            memory = layer(memory)
        y = self.inputs(tgt)
        for layer in self.decoder:
            y = layer(y, memory)
        return self.out_proj(y)
