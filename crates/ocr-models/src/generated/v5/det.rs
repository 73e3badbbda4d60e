// Generated from ONNX "det.onnx" by burn-onnx
extern crate alloc;
use burn::nn::conv::Conv2d;
use burn::nn::conv::Conv2dConfig;
use burn::nn::conv::ConvTranspose2d;
use burn::nn::conv::ConvTranspose2dConfig;
use burn::nn::pool::AdaptiveAvgPool2d;
use burn::nn::pool::AdaptiveAvgPool2dConfig;
use burn::nn::BatchNorm;
use burn::nn::BatchNormConfig;
use burn::nn::PaddingConfig2d;
use burn::prelude::*;

#[derive(Module, Debug)]
pub struct Model {
    constant15: burn::module::Param<Tensor<1>>,
    constant16: burn::module::Param<Tensor<1>>,
    constant17: burn::module::Param<Tensor<1>>,
    constant18: burn::module::Param<Tensor<1>>,
    constant19: burn::module::Param<Tensor<1>>,
    constant20: burn::module::Param<Tensor<1>>,
    constant21: burn::module::Param<Tensor<1>>,
    constant22: burn::module::Param<Tensor<1>>,
    constant35: burn::module::Param<Tensor<4>>,
    constant36: burn::module::Param<Tensor<4>>,
    constant107: burn::module::Param<Tensor<4>>,
    constant110: burn::module::Param<Tensor<4>>,
    constant115: burn::module::Param<Tensor<4>>,
    constant120: burn::module::Param<Tensor<4>>,
    constant125: burn::module::Param<Tensor<4>>,
    constant130: burn::module::Param<Tensor<4>>,
    constant135: burn::module::Param<Tensor<4>>,
    constant140: burn::module::Param<Tensor<4>>,
    constant143: burn::module::Param<Tensor<4>>,
    constant148: burn::module::Param<Tensor<4>>,
    conv2d1: Conv2d,
    conv2d2: Conv2d,
    conv2d3: Conv2d,
    conv2d4: Conv2d,
    conv2d5: Conv2d,
    conv2d6: Conv2d,
    conv2d7: Conv2d,
    conv2d8: Conv2d,
    conv2d9: Conv2d,
    conv2d10: Conv2d,
    conv2d11: Conv2d,
    conv2d12: Conv2d,
    conv2d13: Conv2d,
    conv2d14: Conv2d,
    conv2d15: Conv2d,
    conv2d16: Conv2d,
    conv2d17: Conv2d,
    conv2d18: Conv2d,
    conv2d19: Conv2d,
    conv2d20: Conv2d,
    conv2d21: Conv2d,
    conv2d22: Conv2d,
    globalaveragepool1: AdaptiveAvgPool2d,
    conv2d23: Conv2d,
    conv2d24: Conv2d,
    conv2d25: Conv2d,
    conv2d26: Conv2d,
    globalaveragepool2: AdaptiveAvgPool2d,
    conv2d27: Conv2d,
    conv2d28: Conv2d,
    conv2d29: Conv2d,
    conv2d30: Conv2d,
    conv2d31: Conv2d,
    conv2d32: Conv2d,
    conv2d33: Conv2d,
    conv2d34: Conv2d,
    conv2d35: Conv2d,
    conv2d36: Conv2d,
    conv2d37: Conv2d,
    conv2d38: Conv2d,
    globalaveragepool3: AdaptiveAvgPool2d,
    conv2d39: Conv2d,
    conv2d40: Conv2d,
    conv2d41: Conv2d,
    globalaveragepool4: AdaptiveAvgPool2d,
    conv2d42: Conv2d,
    conv2d43: Conv2d,
    conv2d44: Conv2d,
    globalaveragepool5: AdaptiveAvgPool2d,
    conv2d45: Conv2d,
    conv2d46: Conv2d,
    conv2d47: Conv2d,
    globalaveragepool6: AdaptiveAvgPool2d,
    conv2d48: Conv2d,
    conv2d49: Conv2d,
    resize1: burn::nn::interpolate::Interpolate2d,
    resize2: burn::nn::interpolate::Interpolate2d,
    resize3: burn::nn::interpolate::Interpolate2d,
    conv2d50: Conv2d,
    globalaveragepool7: AdaptiveAvgPool2d,
    conv2d51: Conv2d,
    conv2d52: Conv2d,
    conv2d53: Conv2d,
    globalaveragepool8: AdaptiveAvgPool2d,
    conv2d54: Conv2d,
    conv2d55: Conv2d,
    conv2d56: Conv2d,
    globalaveragepool9: AdaptiveAvgPool2d,
    conv2d57: Conv2d,
    conv2d58: Conv2d,
    conv2d59: Conv2d,
    globalaveragepool10: AdaptiveAvgPool2d,
    conv2d60: Conv2d,
    conv2d61: Conv2d,
    resize4: burn::nn::interpolate::Interpolate2d,
    resize5: burn::nn::interpolate::Interpolate2d,
    resize6: burn::nn::interpolate::Interpolate2d,
    conv2d62: Conv2d,
    convtranspose2d1: ConvTranspose2d,
    batchnormalization1: BatchNorm,
    convtranspose2d2: ConvTranspose2d,
    #[module(skip)]
    device: Device,
}

impl Model {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let constant15: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant16: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant17: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant18: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant19: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant20: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant21: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant22: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant35: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 24, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 24, 1, 1].into(),
        );
        let constant36: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 1, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 1, 1, 1].into(),
        );
        let constant107: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 32, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 32, 1, 1].into(),
        );
        let constant110: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 48, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 48, 1, 1].into(),
        );
        let constant115: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 96, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 96, 1, 1].into(),
        );
        let constant120: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 192, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 192, 1, 1].into(),
        );
        let constant125: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 192, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 192, 1, 1].into(),
        );
        let constant130: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 192, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 192, 1, 1].into(),
        );
        let constant135: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 192, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 192, 1, 1].into(),
        );
        let constant140: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 384, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 384, 1, 1].into(),
        );
        let constant143: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 384, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 384, 1, 1].into(),
        );
        let constant148: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 384, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 384, 1, 1].into(),
        );
        let conv2d1 = Conv2dConfig::new([3, 16], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d2 = Conv2dConfig::new([16, 16], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(16)
            .with_bias(true)
            .init(device);
        let conv2d3 = Conv2dConfig::new([16, 32], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d4 = Conv2dConfig::new([32, 32], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(32)
            .with_bias(true)
            .init(device);
        let conv2d5 = Conv2dConfig::new([32, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d6 = Conv2dConfig::new([48, 48], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(48)
            .with_bias(true)
            .init(device);
        let conv2d7 = Conv2dConfig::new([48, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d8 = Conv2dConfig::new([48, 48], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(48)
            .with_bias(true)
            .init(device);
        let conv2d9 = Conv2dConfig::new([48, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d10 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d11 = Conv2dConfig::new([96, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d12 = Conv2dConfig::new([96, 96], [3, 3])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(96)
            .with_bias(true)
            .init(device);
        let conv2d13 = Conv2dConfig::new([96, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d14 = Conv2dConfig::new([192, 192], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d15 = Conv2dConfig::new([192, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d16 = Conv2dConfig::new([192, 192], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d17 = Conv2dConfig::new([192, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d18 = Conv2dConfig::new([192, 192], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d19 = Conv2dConfig::new([192, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d20 = Conv2dConfig::new([192, 192], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let conv2d21 = Conv2dConfig::new([192, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d22 = Conv2dConfig::new([192, 192], [5, 5])
            .with_stride([2, 2])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(192)
            .with_bias(true)
            .init(device);
        let globalaveragepool1 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d23 = Conv2dConfig::new([192, 48], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d24 = Conv2dConfig::new([48, 192], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d25 = Conv2dConfig::new([192, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d26 = Conv2dConfig::new([384, 384], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(384)
            .with_bias(true)
            .init(device);
        let globalaveragepool2 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d27 = Conv2dConfig::new([384, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d28 = Conv2dConfig::new([96, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d29 = Conv2dConfig::new([384, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d30 = Conv2dConfig::new([384, 384], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(384)
            .with_bias(true)
            .init(device);
        let conv2d31 = Conv2dConfig::new([384, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d32 = Conv2dConfig::new([384, 384], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(384)
            .with_bias(true)
            .init(device);
        let conv2d33 = Conv2dConfig::new([384, 384], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d34 = Conv2dConfig::new([48, 12], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d35 = Conv2dConfig::new([96, 18], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d36 = Conv2dConfig::new([192, 42], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d37 = Conv2dConfig::new([384, 360], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d38 = Conv2dConfig::new([360, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool3 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d39 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d40 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d41 = Conv2dConfig::new([42, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool4 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d42 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d43 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d44 = Conv2dConfig::new([18, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool5 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d45 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d46 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d47 = Conv2dConfig::new([12, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool6 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d48 = Conv2dConfig::new([96, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d49 = Conv2dConfig::new([24, 96], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let resize1 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize2 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize3 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let conv2d50 = Conv2dConfig::new([96, 24], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool7 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d51 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d52 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d53 = Conv2dConfig::new([96, 24], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool8 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d54 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d55 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d56 = Conv2dConfig::new([96, 24], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool9 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d57 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d58 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d59 = Conv2dConfig::new([96, 24], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let globalaveragepool10 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d60 = Conv2dConfig::new([24, 6], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d61 = Conv2dConfig::new([6, 24], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let resize4 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([8.0, 8.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize5 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([4.0, 4.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let resize6 = burn::nn::interpolate::Interpolate2dConfig::new()
            .with_output_size(None)
            .with_scale_factor(Some([2.0, 2.0]))
            .with_mode(burn::nn::interpolate::InterpolateMode::Nearest)
            .with_align_corners(false)
            .init();
        let conv2d62 = Conv2dConfig::new([96, 24], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let convtranspose2d1 = ConvTranspose2dConfig::new([24, 24], [2, 2])
            .with_stride([2, 2])
            .with_padding([0, 0])
            .with_padding_out([0, 0])
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        let batchnormalization1 = BatchNormConfig::new(24)
            .with_epsilon(0.000009999999747378752f64)
            .with_momentum(0.8999999761581421f64)
            .init(device);
        let convtranspose2d2 = ConvTranspose2dConfig::new([24, 1], [2, 2])
            .with_stride([2, 2])
            .with_padding([0, 0])
            .with_padding_out([0, 0])
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(false)
            .init(device);
        Self {
            constant15,
            constant16,
            constant17,
            constant18,
            constant19,
            constant20,
            constant21,
            constant22,
            constant35,
            constant36,
            constant107,
            constant110,
            constant115,
            constant120,
            constant125,
            constant130,
            constant135,
            constant140,
            constant143,
            constant148,
            conv2d1,
            conv2d2,
            conv2d3,
            conv2d4,
            conv2d5,
            conv2d6,
            conv2d7,
            conv2d8,
            conv2d9,
            conv2d10,
            conv2d11,
            conv2d12,
            conv2d13,
            conv2d14,
            conv2d15,
            conv2d16,
            conv2d17,
            conv2d18,
            conv2d19,
            conv2d20,
            conv2d21,
            conv2d22,
            globalaveragepool1,
            conv2d23,
            conv2d24,
            conv2d25,
            conv2d26,
            globalaveragepool2,
            conv2d27,
            conv2d28,
            conv2d29,
            conv2d30,
            conv2d31,
            conv2d32,
            conv2d33,
            conv2d34,
            conv2d35,
            conv2d36,
            conv2d37,
            conv2d38,
            globalaveragepool3,
            conv2d39,
            conv2d40,
            conv2d41,
            globalaveragepool4,
            conv2d42,
            conv2d43,
            conv2d44,
            globalaveragepool5,
            conv2d45,
            conv2d46,
            conv2d47,
            globalaveragepool6,
            conv2d48,
            conv2d49,
            resize1,
            resize2,
            resize3,
            conv2d50,
            globalaveragepool7,
            conv2d51,
            conv2d52,
            conv2d53,
            globalaveragepool8,
            conv2d54,
            conv2d55,
            conv2d56,
            globalaveragepool9,
            conv2d57,
            conv2d58,
            conv2d59,
            globalaveragepool10,
            conv2d60,
            conv2d61,
            resize4,
            resize5,
            resize6,
            conv2d62,
            convtranspose2d1,
            batchnormalization1,
            convtranspose2d2,
            device: device.clone(),
        }
    }

    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let constant15_out1 = self.constant15.val();
        let constant16_out1 = self.constant16.val();
        let constant17_out1 = self.constant17.val();
        let constant18_out1 = self.constant18.val();
        let constant19_out1 = self.constant19.val();
        let constant20_out1 = self.constant20.val();
        let constant21_out1 = self.constant21.val();
        let constant22_out1 = self.constant22.val();
        let constant35_out1 = self.constant35.val();
        let constant36_out1 = self.constant36.val();
        let constant107_out1 = self.constant107.val();
        let constant110_out1 = self.constant110.val();
        let constant115_out1 = self.constant115.val();
        let constant120_out1 = self.constant120.val();
        let constant125_out1 = self.constant125.val();
        let constant130_out1 = self.constant130.val();
        let constant135_out1 = self.constant135.val();
        let constant140_out1 = self.constant140.val();
        let constant143_out1 = self.constant143.val();
        let constant148_out1 = self.constant148.val();
        let conv2d1_out1 = self.conv2d1.forward(x);
        let conv2d2_out1 = self.conv2d2.forward(conv2d1_out1);
        let hardswish1_out1 = burn::tensor::activation::hard_swish(conv2d2_out1);
        let conv2d3_out1 = self.conv2d3.forward(hardswish1_out1);
        let hardswish2_out1 = burn::tensor::activation::hard_swish(conv2d3_out1);
        let add1_out1 = hardswish2_out1.add(constant107_out1);
        let conv2d4_out1 = self.conv2d4.forward(add1_out1);
        let conv2d5_out1 = self.conv2d5.forward(conv2d4_out1);
        let hardswish3_out1 = burn::tensor::activation::hard_swish(conv2d5_out1);
        let add2_out1 = hardswish3_out1.add(constant110_out1);
        let conv2d6_out1 = self.conv2d6.forward(add2_out1);
        let hardswish4_out1 = burn::tensor::activation::hard_swish(conv2d6_out1);
        let conv2d7_out1 = self.conv2d7.forward(hardswish4_out1);
        let hardswish5_out1 = burn::tensor::activation::hard_swish(conv2d7_out1);
        let mul1_out1 = (constant15_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish5_out1);
        let add3_out1 = mul1_out1.add((constant16_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d8_out1 = self.conv2d8.forward(add3_out1.clone());
        let conv2d9_out1 = self.conv2d9.forward(conv2d8_out1);
        let hardswish6_out1 = burn::tensor::activation::hard_swish(conv2d9_out1);
        let add4_out1 = hardswish6_out1.add(constant115_out1);
        let conv2d10_out1 = self.conv2d10.forward(add4_out1);
        let hardswish7_out1 = burn::tensor::activation::hard_swish(conv2d10_out1);
        let conv2d11_out1 = self.conv2d11.forward(hardswish7_out1);
        let hardswish8_out1 = burn::tensor::activation::hard_swish(conv2d11_out1);
        let mul2_out1 = (constant17_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish8_out1);
        let add5_out1 = mul2_out1.add((constant18_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d12_out1 = self.conv2d12.forward(add5_out1.clone());
        let conv2d13_out1 = self.conv2d13.forward(conv2d12_out1);
        let hardswish9_out1 = burn::tensor::activation::hard_swish(conv2d13_out1);
        let add6_out1 = hardswish9_out1.add(constant120_out1);
        let conv2d14_out1 = self.conv2d14.forward(add6_out1);
        let hardswish10_out1 = burn::tensor::activation::hard_swish(conv2d14_out1);
        let conv2d15_out1 = self.conv2d15.forward(hardswish10_out1);
        let hardswish11_out1 = burn::tensor::activation::hard_swish(conv2d15_out1);
        let add7_out1 = hardswish11_out1.add(constant125_out1);
        let conv2d16_out1 = self.conv2d16.forward(add7_out1);
        let hardswish12_out1 = burn::tensor::activation::hard_swish(conv2d16_out1);
        let conv2d17_out1 = self.conv2d17.forward(hardswish12_out1);
        let hardswish13_out1 = burn::tensor::activation::hard_swish(conv2d17_out1);
        let add8_out1 = hardswish13_out1.add(constant130_out1);
        let conv2d18_out1 = self.conv2d18.forward(add8_out1);
        let hardswish14_out1 = burn::tensor::activation::hard_swish(conv2d18_out1);
        let conv2d19_out1 = self.conv2d19.forward(hardswish14_out1);
        let hardswish15_out1 = burn::tensor::activation::hard_swish(conv2d19_out1);
        let add9_out1 = hardswish15_out1.add(constant135_out1);
        let conv2d20_out1 = self.conv2d20.forward(add9_out1);
        let hardswish16_out1 = burn::tensor::activation::hard_swish(conv2d20_out1);
        let conv2d21_out1 = self.conv2d21.forward(hardswish16_out1);
        let hardswish17_out1 = burn::tensor::activation::hard_swish(conv2d21_out1);
        let mul3_out1 = (constant19_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish17_out1);
        let add10_out1 = mul3_out1.add((constant20_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let conv2d22_out1 = self.conv2d22.forward(add10_out1.clone());
        let globalaveragepool1_out1 = self.globalaveragepool1.forward(conv2d22_out1.clone());
        let conv2d23_out1 = self.conv2d23.forward(globalaveragepool1_out1);
        let relu1_out1 = burn::tensor::activation::relu(conv2d23_out1);
        let conv2d24_out1 = self.conv2d24.forward(relu1_out1);
        let hardsigmoid1_out1 = burn::tensor::activation::hard_sigmoid(conv2d24_out1, 0.16666670143604279, 0.5);
        let mul4_out1 = conv2d22_out1.mul(hardsigmoid1_out1);
        let conv2d25_out1 = self.conv2d25.forward(mul4_out1);
        let hardswish18_out1 = burn::tensor::activation::hard_swish(conv2d25_out1);
        let add11_out1 = hardswish18_out1.add(constant140_out1);
        let conv2d26_out1 = self.conv2d26.forward(add11_out1);
        let hardswish19_out1 = burn::tensor::activation::hard_swish(conv2d26_out1);
        let mul5_out1 = (constant21_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish19_out1);
        let add12_out1 = mul5_out1.add((constant22_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool2_out1 = self.globalaveragepool2.forward(add12_out1.clone());
        let conv2d27_out1 = self.conv2d27.forward(globalaveragepool2_out1);
        let relu2_out1 = burn::tensor::activation::relu(conv2d27_out1);
        let conv2d28_out1 = self.conv2d28.forward(relu2_out1);
        let hardsigmoid2_out1 = burn::tensor::activation::hard_sigmoid(conv2d28_out1, 0.16666670143604279, 0.5);
        let mul6_out1 = add12_out1.mul(hardsigmoid2_out1);
        let conv2d29_out1 = self.conv2d29.forward(mul6_out1);
        let hardswish20_out1 = burn::tensor::activation::hard_swish(conv2d29_out1);
        let add13_out1 = hardswish20_out1.add(constant143_out1);
        let conv2d30_out1 = self.conv2d30.forward(add13_out1);
        let hardswish21_out1 = burn::tensor::activation::hard_swish(conv2d30_out1);
        let conv2d31_out1 = self.conv2d31.forward(hardswish21_out1);
        let hardswish22_out1 = burn::tensor::activation::hard_swish(conv2d31_out1);
        let add14_out1 = hardswish22_out1.add(constant148_out1);
        let conv2d32_out1 = self.conv2d32.forward(add14_out1);
        let hardswish23_out1 = burn::tensor::activation::hard_swish(conv2d32_out1);
        let conv2d33_out1 = self.conv2d33.forward(hardswish23_out1);
        let hardswish24_out1 = burn::tensor::activation::hard_swish(conv2d33_out1);
        let conv2d34_out1 = self.conv2d34.forward(add3_out1);
        let conv2d35_out1 = self.conv2d35.forward(add5_out1);
        let conv2d36_out1 = self.conv2d36.forward(add10_out1);
        let conv2d37_out1 = self.conv2d37.forward(hardswish24_out1);
        let conv2d38_out1 = self.conv2d38.forward(conv2d37_out1);
        let globalaveragepool3_out1 = self.globalaveragepool3.forward(conv2d38_out1.clone());
        let conv2d39_out1 = self.conv2d39.forward(globalaveragepool3_out1);
        let relu3_out1 = burn::tensor::activation::relu(conv2d39_out1);
        let conv2d40_out1 = self.conv2d40.forward(relu3_out1);
        let hardsigmoid3_out1 = burn::tensor::activation::hard_sigmoid(conv2d40_out1, 0.20000000298023224, 0.5);
        let mul7_out1 = conv2d38_out1.clone().mul(hardsigmoid3_out1);
        let add15_out1 = conv2d38_out1.add(mul7_out1);
        let conv2d41_out1 = self.conv2d41.forward(conv2d36_out1);
        let globalaveragepool4_out1 = self.globalaveragepool4.forward(conv2d41_out1.clone());
        let conv2d42_out1 = self.conv2d42.forward(globalaveragepool4_out1);
        let relu4_out1 = burn::tensor::activation::relu(conv2d42_out1);
        let conv2d43_out1 = self.conv2d43.forward(relu4_out1);
        let hardsigmoid4_out1 = burn::tensor::activation::hard_sigmoid(conv2d43_out1, 0.20000000298023224, 0.5);
        let mul8_out1 = conv2d41_out1.clone().mul(hardsigmoid4_out1);
        let add16_out1 = conv2d41_out1.add(mul8_out1);
        let conv2d44_out1 = self.conv2d44.forward(conv2d35_out1);
        let globalaveragepool5_out1 = self.globalaveragepool5.forward(conv2d44_out1.clone());
        let conv2d45_out1 = self.conv2d45.forward(globalaveragepool5_out1);
        let relu5_out1 = burn::tensor::activation::relu(conv2d45_out1);
        let conv2d46_out1 = self.conv2d46.forward(relu5_out1);
        let hardsigmoid5_out1 = burn::tensor::activation::hard_sigmoid(conv2d46_out1, 0.20000000298023224, 0.5);
        let mul9_out1 = conv2d44_out1.clone().mul(hardsigmoid5_out1);
        let add17_out1 = conv2d44_out1.add(mul9_out1);
        let conv2d47_out1 = self.conv2d47.forward(conv2d34_out1);
        let globalaveragepool6_out1 = self.globalaveragepool6.forward(conv2d47_out1.clone());
        let conv2d48_out1 = self.conv2d48.forward(globalaveragepool6_out1);
        let relu6_out1 = burn::tensor::activation::relu(conv2d48_out1);
        let conv2d49_out1 = self.conv2d49.forward(relu6_out1);
        let hardsigmoid6_out1 = burn::tensor::activation::hard_sigmoid(conv2d49_out1, 0.20000000298023224, 0.5);
        let mul10_out1 = conv2d47_out1.clone().mul(hardsigmoid6_out1);
        let add18_out1 = conv2d47_out1.add(mul10_out1);
        let resize1_out1 = self.resize1.forward(add15_out1.clone());
        let add19_out1 = add16_out1.add(resize1_out1);
        let resize2_out1 = self.resize2.forward(add19_out1.clone());
        let add20_out1 = add17_out1.add(resize2_out1);
        let resize3_out1 = self.resize3.forward(add20_out1.clone());
        let add21_out1 = add18_out1.add(resize3_out1);
        let conv2d50_out1 = self.conv2d50.forward(add15_out1);
        let globalaveragepool7_out1 = self.globalaveragepool7.forward(conv2d50_out1.clone());
        let conv2d51_out1 = self.conv2d51.forward(globalaveragepool7_out1);
        let relu7_out1 = burn::tensor::activation::relu(conv2d51_out1);
        let conv2d52_out1 = self.conv2d52.forward(relu7_out1);
        let hardsigmoid7_out1 = burn::tensor::activation::hard_sigmoid(conv2d52_out1, 0.20000000298023224, 0.5);
        let mul11_out1 = conv2d50_out1.clone().mul(hardsigmoid7_out1);
        let add22_out1 = conv2d50_out1.add(mul11_out1);
        let conv2d53_out1 = self.conv2d53.forward(add19_out1);
        let globalaveragepool8_out1 = self.globalaveragepool8.forward(conv2d53_out1.clone());
        let conv2d54_out1 = self.conv2d54.forward(globalaveragepool8_out1);
        let relu8_out1 = burn::tensor::activation::relu(conv2d54_out1);
        let conv2d55_out1 = self.conv2d55.forward(relu8_out1);
        let hardsigmoid8_out1 = burn::tensor::activation::hard_sigmoid(conv2d55_out1, 0.20000000298023224, 0.5);
        let mul12_out1 = conv2d53_out1.clone().mul(hardsigmoid8_out1);
        let add23_out1 = conv2d53_out1.add(mul12_out1);
        let conv2d56_out1 = self.conv2d56.forward(add20_out1);
        let globalaveragepool9_out1 = self.globalaveragepool9.forward(conv2d56_out1.clone());
        let conv2d57_out1 = self.conv2d57.forward(globalaveragepool9_out1);
        let relu9_out1 = burn::tensor::activation::relu(conv2d57_out1);
        let conv2d58_out1 = self.conv2d58.forward(relu9_out1);
        let hardsigmoid9_out1 = burn::tensor::activation::hard_sigmoid(conv2d58_out1, 0.20000000298023224, 0.5);
        let mul13_out1 = conv2d56_out1.clone().mul(hardsigmoid9_out1);
        let add24_out1 = conv2d56_out1.add(mul13_out1);
        let conv2d59_out1 = self.conv2d59.forward(add21_out1);
        let globalaveragepool10_out1 = self.globalaveragepool10.forward(conv2d59_out1.clone());
        let conv2d60_out1 = self.conv2d60.forward(globalaveragepool10_out1);
        let relu10_out1 = burn::tensor::activation::relu(conv2d60_out1);
        let conv2d61_out1 = self.conv2d61.forward(relu10_out1);
        let hardsigmoid10_out1 = burn::tensor::activation::hard_sigmoid(conv2d61_out1, 0.20000000298023224, 0.5);
        let mul14_out1 = conv2d59_out1.clone().mul(hardsigmoid10_out1);
        let add25_out1 = conv2d59_out1.add(mul14_out1);
        let resize4_out1 = self.resize4.forward(add22_out1);
        let resize5_out1 = self.resize5.forward(add23_out1);
        let resize6_out1 = self.resize6.forward(add24_out1);
        let concat1_out1 = burn::tensor::Tensor::cat([resize4_out1, resize5_out1, resize6_out1, add25_out1].into(), 1);
        let conv2d62_out1 = self.conv2d62.forward(concat1_out1);
        let relu11_out1 = burn::tensor::activation::relu(conv2d62_out1);
        let convtranspose2d1_out1 = self.convtranspose2d1.forward(relu11_out1);
        let add26_out1 = convtranspose2d1_out1.add(constant35_out1);
        let batchnormalization1_out1 = self.batchnormalization1.forward(add26_out1);
        let relu12_out1 = burn::tensor::activation::relu(batchnormalization1_out1);
        let convtranspose2d2_out1 = self.convtranspose2d2.forward(relu12_out1);
        let add27_out1 = convtranspose2d2_out1.add(constant36_out1);
        let sigmoid1_out1 = burn::tensor::activation::sigmoid(add27_out1);
        sigmoid1_out1
    }
}
