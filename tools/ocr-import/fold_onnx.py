"""Folds the constant arithmetic around each convolution of a PP-OCR ONNX model into the
convolution's weights and bias, so that the imported burn module does fewer passes over its
feature maps.

Usage: python fold_onnx.py IN.onnx OUT.onnx [--logits]

PP-LCNetV3, the backbone of PP-OCRv5's detector and recogniser, follows every convolution with a
bias add, a scalar multiply and a scalar add (a "learnable affine block"), and puts another scalar
multiply and add between each activation and the next convolution. burn-onnx translates each of
those into one pass over a feature map. The rewrites here are the ones inference engines make at
load time (onnxruntime's ConvAddFusion, ConvMulFusion and ConvBNFusion), plus the affine map in
front of a convolution:

- Identity nodes go first: each passes its input on, and one between a convolution and its
  affine map would hide the map from the rules below.
- Conv → BatchNormalization, Conv → Mul(constant), Conv → Add(constant): into W and B.
- Mul(constant s) → Add(constant b) → Conv with no padding: W·s and B + Σ W·b, exactly.
- The same in front of a padded convolution, whose zero border must stay zero: Add(b / s) → Conv(W·s).

`--logits` drops the recogniser's final Softmax: the CTC decoder only needs each time step's best
class and, for the steps it keeps, that class's probability, which it computes from the logits
without normalising all 18,385 classes of every step.

Each rewrite changes results only by float rounding; crates/ocr-models/tests/agreement.rs checks the
imported models against onnxruntime running the original files.
"""

import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper


class Graph:
    def __init__(self, model):
        self.model = model
        self.graph = model.graph
        self.consts = {}
        for node in self.graph.node:
            if node.op_type == "Constant":
                self.consts[node.output[0]] = numpy_helper.to_array(node.attribute[0].t)
        for init in self.graph.initializer:
            self.consts[init.name] = numpy_helper.to_array(init)
        self.fresh = 0

    def nodes(self):
        return [n for n in self.graph.node if n.op_type != "Constant"]

    def consumers(self, name):
        found = [n for n in self.graph.node if name in n.input]
        if name in {o.name for o in self.graph.output}:
            found.append(None)
        return found

    def producer(self, name):
        for n in self.graph.node:
            if name in n.output:
                return n
        return None

    def const(self, name):
        return self.consts.get(name)

    def new_const(self, stem, value):
        self.fresh += 1
        name = f"folded.{stem}.{self.fresh}"
        value = np.ascontiguousarray(value, dtype=np.float32)
        self.consts[name] = value
        tensor = numpy_helper.from_array(value, name)
        self.graph.node.append(helper.make_node("Constant", [], [name], value=tensor))
        return name

    def remove(self, node):
        self.graph.node.remove(node)

    def rename_uses(self, old, new):
        for n in self.graph.node:
            for i, name in enumerate(n.input):
                if name == old:
                    n.input[i] = new

    def drop_unused_constants(self):
        used = {i for n in self.graph.node for i in n.input} | {o.name for o in self.graph.output}
        for n in list(self.graph.node):
            if n.op_type == "Constant" and n.output[0] not in used:
                self.graph.node.remove(n)
        for init in list(self.graph.initializer):
            if init.name not in used:
                self.graph.initializer.remove(init)

    def topological_sort(self):
        """New nodes are appended; burn-onnx wants each node after the nodes it reads."""
        available = {i.name for i in self.graph.input} | {i.name for i in self.graph.initializer}
        pending = list(self.graph.node)
        ordered = []
        while pending:
            progressed = False
            rest = []
            for n in pending:
                if all(i == "" or i in available for i in n.input):
                    ordered.append(n)
                    available.update(n.output)
                    progressed = True
                else:
                    rest.append(n)
            if not progressed:
                sys.exit("fold_onnx: the graph has a cycle or an undefined input")
            pending = rest
        del self.graph.node[:]
        self.graph.node.extend(ordered)


def attr(node, name, default=None):
    for a in node.attribute:
        if a.name == name:
            return helper.get_attribute_value(a)
    return default


def set_conv_params(g, conv, weight, bias):
    conv.input[1] = g.new_const("w", weight)
    if len(conv.input) > 2:
        conv.input[2] = g.new_const("b", bias)
    else:
        conv.input.append(g.new_const("b", bias))


def conv_params(g, conv):
    """The constant weight and bias of a 2-D convolution (a zero bias when it has none)."""
    if conv.op_type != "Conv":
        return None
    weight = g.const(conv.input[1])
    if weight is None or weight.ndim != 4:
        return None
    bias = g.const(conv.input[2]) if len(conv.input) > 2 and conv.input[2] else np.zeros(weight.shape[0], np.float32)
    if bias is None:
        return None
    return weight.astype(np.float32), bias.astype(np.float32)


def per_channel(value, channels):
    """A constant that broadcasts over N×C×H×W as one value per channel (or one for all), as a C-vector."""
    if value is None:
        return None
    if value.size == 1:
        return np.full(channels, value.reshape(()), np.float32)
    shape = list(value.shape)
    while shape and shape[0] == 1 and len(shape) > 3:
        shape.pop(0)
    if len(shape) == 3 and shape[0] == channels and shape[1:] == [1, 1]:
        return value.reshape(channels).astype(np.float32)
    return None


def other_input(node, name):
    a, b = node.input
    return b if a == name else a


def constant_operand(g, node, channels):
    """For a binary node with one constant input that is one value per channel (or one for all):
    its other input and that constant as a C-vector; (None, None) otherwise."""
    name = next((i for i in node.input if g.const(i) is not None), None)
    value = per_channel(g.const(name), channels) if name else None
    return (other_input(node, name), value) if value is not None else (None, None)


def fold_reshape_of_constants(g):
    outputs = {o.name for o in g.graph.output}
    for n in g.nodes():
        if n.op_type == "Reshape" and n.output[0] not in outputs and all(g.const(i) is not None for i in n.input[:2]):
            value = g.const(n.input[0]).reshape(g.const(n.input[1]))
            g.rename_uses(n.output[0], g.new_const("reshaped", value))
            g.remove(n)
            return True
    return False


def convolutions(g):
    """Each Conv with constant weights, with its weight and bias (zero when it has none)."""
    for conv in g.nodes():
        params = conv_params(g, conv)
        if params is not None:
            yield conv, *params


def fold_after_conv(g):
    """Conv → BatchNormalization / Mul(constant) / Add(constant), the conv's only consumer."""
    for conv, weight, bias in convolutions(g):
        users = g.consumers(conv.output[0])
        if len(users) != 1 or users[0] is None:
            continue
        user = users[0]
        channels = weight.shape[0]
        if user.op_type == "BatchNormalization" and user.input[0] == conv.output[0]:
            gamma, beta, mean, var = (g.const(i) for i in user.input[1:5])
            if any(v is None for v in (gamma, beta, mean, var)):
                continue
            scale = gamma / np.sqrt(var + attr(user, "epsilon", 1e-5))
            weight = weight * scale[:, None, None, None]
            bias = (bias - mean) * scale + beta
        elif user.op_type in ("Mul", "Add"):
            _, value = constant_operand(g, user, channels)
            if value is None:
                continue
            if user.op_type == "Mul":
                weight = weight * value[:, None, None, None]
                bias = bias * value
            else:
                bias = bias + value
        else:
            continue
        set_conv_params(g, conv, weight, bias)
        out = user.output[0]
        g.remove(user)
        conv.output[0] = out
        return True
    return False


def fold_before_conv(g):
    """Mul(constant) → Add(constant) → Conv (either may be missing), each the only consumer."""
    for conv, weight, bias in convolutions(g):
        out_channels, in_per_group, kh, kw = weight.shape
        groups = attr(conv, "group", 1)
        in_channels = in_per_group * groups
        padded = any(p != 0 for p in attr(conv, "pads", [0, 0, 0, 0])) or attr(conv, "auto_pad", b"NOTSET") not in (
            b"NOTSET",
            b"VALID",
        )
        add = mul = None
        scale = np.ones(in_channels, np.float32)
        shift = np.zeros(in_channels, np.float32)
        # x: what the convolution reads once the folded nodes are gone.
        x = conv.input[0]
        node = g.producer(x)
        if node is not None and node.op_type == "Add" and g.consumers(node.output[0]) == [conv]:
            below, value = constant_operand(g, node, in_channels)
            if value is not None:
                add, shift, x = node, value, below
                node = g.producer(x)
        if node is not None and node.op_type == "Mul" and node.output[0] == x and len(g.consumers(x)) == 1:
            below, value = constant_operand(g, node, in_channels)
            if value is not None:
                mul, scale, x = node, value, below
        if mul is None and (add is None or padded):
            continue
        if padded and add is not None and np.any(np.abs(scale) < 1e-3):
            continue
        # Output channel o of group k reads input channels k·in_per_group … (k+1)·in_per_group − 1.
        group_of = np.arange(out_channels) // (out_channels // groups)
        inputs = group_of[:, None] * in_per_group + np.arange(in_per_group)[None, :]
        new_weight = weight * scale[inputs][:, :, None, None]
        if padded and add is not None:
            # conv(s·x + b) = conv_{W·s}(x + b/s): the add stays, the multiply goes.
            new_bias = bias
            add.input[0], add.input[1] = x, g.new_const("shift", (shift / scale).reshape(1, in_channels, 1, 1))
            g.remove(mul)
        else:
            new_bias = bias + (weight * shift[inputs][:, :, None, None]).sum(axis=(1, 2, 3))
            conv.input[0] = x
            for n in (add, mul):
                if n is not None:
                    g.remove(n)
        set_conv_params(g, conv, new_weight, new_bias)
        return True
    return False


def drop_identities(g):
    """Identity nodes (a model rebuilt from RTen has one per named intermediate) pass their input on."""
    outputs = {o.name for o in g.graph.output}
    dropped = 0
    for n in [n for n in g.graph.node if n.op_type == "Identity" and n.output[0] not in outputs]:
        g.rename_uses(n.output[0], n.input[0])
        g.remove(n)
        dropped += 1
    return dropped


def drop_final_softmax(g):
    output = g.graph.output[0].name
    node = g.producer(output)
    if node is None or node.op_type != "Softmax":
        sys.exit(f"fold_onnx: --logits: the output {output} is not a Softmax's")
    logits = node.input[0]
    if len(g.consumers(logits)) != 1:
        sys.exit(f"fold_onnx: --logits: {logits} is read by more than the Softmax")
    g.remove(node)
    producer = g.producer(logits)
    producer.output[list(producer.output).index(logits)] = output


def main():
    args = sys.argv[1:]
    logits = "--logits" in args
    paths = [a for a in args if a != "--logits"]
    if len(paths) != 2:
        sys.exit("usage: fold_onnx.py IN.onnx OUT.onnx [--logits]")
    model = onnx.load(paths[0])
    g = Graph(model)
    before = len(g.nodes())
    counts = {"reshape": 0, "after": 0, "before": 0}
    drop_identities(g)
    while fold_reshape_of_constants(g):
        counts["reshape"] += 1
    while fold_after_conv(g):
        counts["after"] += 1
    while fold_before_conv(g):
        counts["before"] += 1
    if logits:
        drop_final_softmax(g)
    g.drop_unused_constants()
    g.topological_sort()
    onnx.checker.check_model(model)
    onnx.save(model, paths[1])
    print(
        f"fold_onnx: {paths[0]}: {before} -> {len(g.nodes())} nodes "
        f"({counts['after']} folded after a conv, {counts['before']} before one"
        f"{', softmax dropped' if logits else ''})",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
