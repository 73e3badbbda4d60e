"""Rebuilds an ONNX model from an RTen model file.

Usage: python rten_to_onnx.py IN.rten OUT.onnx

RTen (the model format of the `rten` Rust crate) is what `rten-convert` writes from an ONNX
graph: a 32-byte header (magic "RTEN", format version 2, offset and length of a FlatBuffers
model, offset of a tensor data segment), then the FlatBuffers `Model`, then the weights. Its
graph is ONNX's, node for node: every value, constant and operator of the source is one node, with
its ONNX name, and each operator keeps the ONNX type and attributes, so the conversion can be
undone. This script undoes it, with the FlatBuffers schema that `rten-convert` itself ships
(`rten_convert.schema_generated`), for the operators PP-OCR's models use; any other operator or
attribute stops it with the operator's name, rather than guessing.

What `rten-convert` changed and this script restores:
- int64 constants were narrowed to int32: every integer constant is widened back to int64, the
  type ONNX gives shapes, axes and indices (a narrowed "to the end" bound of i64::MAX stays
  i32::MAX, which ONNX clamps to the same end);
- the attributes it turned into inputs (Clip's min/max, Split's split, Squeeze's and Unsqueeze's
  axes) are written as inputs, which is what ONNX opset 13 and later take; ReduceMean's axes stay
  an attribute, so the model is written at opset 17.
The ONNX file's sha256 that `rten-convert` records in the model's metadata is printed, so the
caller can say which source the rebuilt file stands for; the rebuilt file is a different file
with the same graph and the same weights, and tests/agreement.rs holds what is imported from it
to onnxruntime running it.
"""

import struct
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from rten_convert import schema_generated as sg

OPSET = 17

OP_NAMES = {v: k for k, v in vars(sg.OperatorType).items() if not k.startswith("_")}
RESIZE_MODE = {sg.ResizeMode.Nearest: "nearest", sg.ResizeMode.Linear: "linear"}
COORD_MODE = {
    sg.CoordTransformMode.HalfPixel: "half_pixel",
    sg.CoordTransformMode.Asymmetric: "asymmetric",
    sg.CoordTransformMode.AlignCorners: "align_corners",
    sg.CoordTransformMode.PytorchHalfPixel: "pytorch_half_pixel",
}
NEAREST_MODE = {
    sg.NearestMode.Floor: "floor",
    sg.NearestMode.Ceil: "ceil",
    sg.NearestMode.RoundPreferFloor: "round_prefer_floor",
    sg.NearestMode.RoundPreferCeil: "round_prefer_ceil",
}
CONST_DTYPE = {
    sg.ConstantDataType.Float32: np.float32,
    sg.ConstantDataType.Int32: np.int32,
    sg.ConstantDataType.Int8: np.int8,
    sg.ConstantDataType.UInt8: np.uint8,
}
VALUE_DTYPE = {
    sg.DataType.Float: TensorProto.FLOAT,
    sg.DataType.Int32: TensorProto.INT64,
    sg.DataType.Int8: TensorProto.INT8,
    sg.DataType.UInt8: TensorProto.UINT8,
}
# Operators that carry no attributes in either format.
PLAIN = {
    "Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Erf", "Relu", "Sigmoid", "Identity", "MatMul",
    "GlobalAveragePool", "Slice", "Squeeze", "Unsqueeze", "Clip",
}


def fail(message):
    sys.exit(f"rten_to_onnx: error: {message}")


def pads_attrs(op_name, attrs):
    if attrs.autoPad == sg.AutoPad.Same:
        return {"auto_pad": "SAME_UPPER"}
    pads = list(attrs.pads) if attrs.pads is not None else []
    if len(pads) not in (2, 4):
        fail(f"{op_name}: padding {pads} is neither 2 nor 4 values")
    return {"pads": pads}


def onnx_attributes(op_type, op_name, attrs):
    """The ONNX attributes of one RTen operator, the reverse of rten-convert's mapping."""
    if op_type in PLAIN:
        return {}
    if attrs is None:
        fail(f"{op_name}: {op_type} without attributes")
    match op_type:
        case "Conv":
            return {
                "dilations": list(attrs.dilations),
                "group": attrs.groups,
                "strides": list(attrs.strides),
                **pads_attrs(op_name, attrs),
            }
        case "ConvTranspose":
            out = {"strides": list(attrs.strides), "group": attrs.groups, **pads_attrs(op_name, attrs)}
            if attrs.outputPadding is not None:
                out["output_padding"] = list(attrs.outputPadding)
            return out
        case "MaxPool" | "AveragePool":
            out = {
                "kernel_shape": list(attrs.kernelSize),
                "strides": list(attrs.strides),
                "ceil_mode": int(attrs.ceilMode),
                **pads_attrs(op_name, attrs),
            }
            if op_type == "AveragePool":
                out["count_include_pad"] = int(attrs.countIncludePad)
            return out
        case "HardSigmoid":
            return {"alpha": attrs.alpha, "beta": attrs.beta}
        case "Resize":
            return {
                "mode": RESIZE_MODE[attrs.mode],
                "coordinate_transformation_mode": COORD_MODE[attrs.coordMode],
                "nearest_mode": NEAREST_MODE[attrs.nearestMode],
            }
        case "ReduceMean":
            out = {"keepdims": int(attrs.keepDims)}
            if attrs.axes is not None:
                out["axes"] = list(attrs.axes)
            return out
        case "Concat" | "Softmax":
            return {"axis": attrs.axis}
        case "Transpose":
            return {"perm": list(attrs.perm)} if attrs.perm is not None else {}
        case "Reshape":
            return {"allowzero": int(attrs.allowZero)}
        case "Shape":
            out = {}
            if attrs.start is not None:
                out["start"] = attrs.start
            if attrs.end is not None:
                out["end"] = attrs.end
            return out
        case "BatchNormalization":
            return {"epsilon": attrs.epsilon}
    fail(f"{op_name}: operator {op_type} is not one this script rebuilds; add its attributes here")


def constant_array(node, tensors):
    dtype = CONST_DTYPE[node.dtype]
    shape = [int(d) for d in node.shape] if node.shape is not None else []
    if node.data is not None:
        array = np.asarray(node.data.data, dtype=dtype)
    else:
        count = int(np.prod(shape)) if shape else 1
        start = node.dataOffset
        array = np.frombuffer(tensors, dtype=dtype, count=count, offset=start)
    array = array.reshape(shape)
    if dtype == np.int32:
        array = array.astype(np.int64)
    return array


def main(source, target):
    data = open(source, "rb").read()
    magic, version, model_offset, model_len, tensor_offset = struct.unpack("<4sIQQQ", data[:32])
    if magic != b"RTEN" or version != 2:
        fail(f"{source} is not an RTen version 2 file (magic {magic!r}, version {version})")
    model = sg.ModelT.InitFromObj(sg.Model.GetRootAs(data[model_offset : model_offset + model_len], 0))
    tensors = data[tensor_offset:]
    graph = model.graph
    names = [n.name.decode() for n in graph.nodes]
    if len(set(names)) != len(names):
        fail(f"{source}: node names are not unique")

    initializers, nodes, values = [], [], {}
    for index, node in enumerate(graph.nodes):
        name = names[index]
        if node.dataType == sg.NodeKind.ConstantNode:
            initializers.append(numpy_helper.from_array(constant_array(node.data, tensors), name))
        elif node.dataType == sg.NodeKind.ValueNode:
            values[index] = node.data
        elif node.dataType == sg.NodeKind.OperatorNode:
            op = node.data
            op_type = OP_NAMES[op.type]
            ins = [names[i] if i >= 0 else "" for i in (op.inputs if op.inputs is not None else [])]
            outs = [names[i] if i >= 0 else "" for i in (op.outputs if op.outputs is not None else [])]
            nodes.append(helper.make_node(op_type, ins, outs, name=name, **onnx_attributes(op_type, name, op.attrs)))
        else:
            fail(f"{source}: node {name} has unknown kind {node.dataType}")

    def value_info(index):
        value = values.get(index)
        if value is None:
            fail(f"{source}: graph input or output {names[index]} is not a value node")
        shape = None
        if value.shape is not None:
            shape = [d.name.decode() if d.name is not None else int(d.value) for d in value.shape]
        dtype = VALUE_DTYPE[value.dtype] if value.dtype is not None else TensorProto.FLOAT
        return helper.make_tensor_value_info(names[index], dtype, shape)

    onnx_graph = helper.make_graph(
        nodes,
        "rebuilt",
        [value_info(i) for i in graph.inputs],
        [value_info(i) for i in graph.outputs],
        initializer=initializers,
    )
    rebuilt = helper.make_model(onnx_graph, opset_imports=[helper.make_opsetid("", OPSET)])
    rebuilt.ir_version = 8
    onnx.checker.check_model(rebuilt)
    onnx.save(rebuilt, target)
    source_hash = model.metadata.onnxHash.decode() if model.metadata and model.metadata.onnxHash else "none"
    print(f"{source}: {len(nodes)} operators, {len(initializers)} constants; source ONNX sha256 {source_hash}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
