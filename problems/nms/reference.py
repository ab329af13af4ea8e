# Greedy NMS with numpy: take the best remaining box, drop every remaining box whose IoU
# with it exceeds the threshold, repeat. A stable sort keeps equal scores in index order.
import numpy as np


def nms(boxes, scores, iou_threshold):
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4) if len(boxes) else np.zeros((0, 4))
    scores = np.asarray(scores, dtype=np.float64)
    if scores.shape != (len(boxes),):
        raise ValueError("one score per box")
    if not 0 <= iou_threshold <= 1:
        raise ValueError("iou_threshold must lie in [0, 1]")
    if np.any(boxes[:, 0] >= boxes[:, 2]) or np.any(boxes[:, 1] >= boxes[:, 3]):
        raise ValueError("boxes must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2")
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    rest = np.argsort(-scores, kind="stable")
    kept = []
    while rest.size:
        best, rest = rest[0], rest[1:]
        kept.append(int(best))
        w = np.minimum(boxes[best, 2], boxes[rest, 2]) - np.maximum(boxes[best, 0], boxes[rest, 0])
        h = np.minimum(boxes[best, 3], boxes[rest, 3]) - np.maximum(boxes[best, 1], boxes[rest, 1])
        inter = np.clip(w, 0, None) * np.clip(h, 0, None)
        iou = inter / (area[best] + area[rest] - inter)
        rest = rest[iou <= iou_threshold]
    return kept
