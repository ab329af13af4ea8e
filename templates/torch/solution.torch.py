# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# Tensors arrive as float64 torch.Tensor; return tensors (drill reads them back as lists).
# The statement's "In PyTorch" section says what is given and which built-ins are off limits.
import torch
import torch.nn.functional as F


def {{signature}}:
    # Write your solution here.
    raise NotImplementedError("not implemented yet")
