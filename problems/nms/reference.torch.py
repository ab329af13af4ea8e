import torch


def nms(boxes, scores, iou_threshold):
    """Greedy NMS: keep the best remaining box, drop the rest that overlap it too much, repeat."""
    boxes = boxes.reshape(-1, 4)
    if scores.shape != (boxes.shape[0],):
        raise ValueError("{} scores for {} boxes".format(scores.numel(), boxes.shape[0]))
    if not 0 <= iou_threshold <= 1:
        raise ValueError("iou_threshold must lie in [0, 1]")
    if ((boxes[:, 0] >= boxes[:, 2]) | (boxes[:, 1] >= boxes[:, 3])).any():
        raise ValueError("boxes must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2")
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    # stable: equal scores stay in index order
    rest = torch.sort(scores, descending=True, stable=True).indices
    kept = []
    while rest.numel() > 0:
        best, rest = rest[0], rest[1:]
        kept.append(int(best))
        top_left = torch.maximum(boxes[best, :2], boxes[rest, :2])
        bottom_right = torch.minimum(boxes[best, 2:], boxes[rest, 2:])
        inter = (bottom_right - top_left).clamp(min=0).prod(dim=1)
        iou = inter / (area[best] + area[rest] - inter)
        rest = rest[iou <= iou_threshold]
    return kept
