// Generated from ONNX "rec.onnx" by burn-onnx
extern crate alloc;
use burn::nn::conv::Conv2d;
use burn::nn::conv::Conv2dConfig;
use burn::nn::pool::AdaptiveAvgPool2d;
use burn::nn::pool::AdaptiveAvgPool2dConfig;
use burn::nn::pool::AvgPool2d;
use burn::nn::pool::AvgPool2dConfig;
use burn::nn::Linear;
use burn::nn::LinearConfig;
use burn::nn::PaddingConfig2d;
use burn::prelude::*;

#[derive(Module, Debug)]
pub struct Submodule1 {
    conv2d1: Conv2d,
    conv2d2: Conv2d,
    conv2d3: Conv2d,
    constant129: burn::module::Param<Tensor<4>>,
    conv2d4: Conv2d,
    conv2d5: Conv2d,
    constant134: burn::module::Param<Tensor<4>>,
    conv2d6: Conv2d,
    conv2d7: Conv2d,
    constant139: burn::module::Param<Tensor<4>>,
    conv2d8: Conv2d,
    conv2d9: Conv2d,
    constant144: burn::module::Param<Tensor<4>>,
    conv2d10: Conv2d,
    conv2d11: Conv2d,
    constant149: burn::module::Param<Tensor<4>>,
    conv2d12: Conv2d,
    conv2d13: Conv2d,
    constant154: burn::module::Param<Tensor<4>>,
    conv2d14: Conv2d,
    conv2d15: Conv2d,
    constant159: burn::module::Param<Tensor<4>>,
    conv2d16: Conv2d,
    conv2d17: Conv2d,
    constant164: burn::module::Param<Tensor<4>>,
    conv2d18: Conv2d,
    conv2d19: Conv2d,
    constant169: burn::module::Param<Tensor<4>>,
    conv2d20: Conv2d,
    conv2d21: Conv2d,
    constant174: burn::module::Param<Tensor<4>>,
    conv2d22: Conv2d,
    constant1: burn::module::Param<Tensor<1>>,
    #[module(skip)]
    device: Device,
}
impl Submodule1 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
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
        let constant129: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 32, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 32, 1, 1].into(),
        );
        let conv2d4 = Conv2dConfig::new([32, 32], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(32)
            .with_bias(true)
            .init(device);
        let conv2d5 = Conv2dConfig::new([32, 64], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant134: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 64, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 64, 1, 1].into(),
        );
        let conv2d6 = Conv2dConfig::new([64, 64], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(64)
            .with_bias(true)
            .init(device);
        let conv2d7 = Conv2dConfig::new([64, 64], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant139: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 64, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 64, 1, 1].into(),
        );
        let conv2d8 = Conv2dConfig::new([64, 64], [3, 3])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(64)
            .with_bias(true)
            .init(device);
        let conv2d9 = Conv2dConfig::new([64, 128], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant144: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 128, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 128, 1, 1].into(),
        );
        let conv2d10 = Conv2dConfig::new([128, 128], [3, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(128)
            .with_bias(true)
            .init(device);
        let conv2d11 = Conv2dConfig::new([128, 128], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant149: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 128, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 128, 1, 1].into(),
        );
        let conv2d12 = Conv2dConfig::new([128, 128], [3, 3])
            .with_stride([1, 2])
            .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
            .with_dilation([1, 1])
            .with_groups(128)
            .with_bias(true)
            .init(device);
        let conv2d13 = Conv2dConfig::new([128, 240], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant154: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 240, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 240, 1, 1].into(),
        );
        let conv2d14 = Conv2dConfig::new([240, 240], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(240)
            .with_bias(true)
            .init(device);
        let conv2d15 = Conv2dConfig::new([240, 240], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant159: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 240, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 240, 1, 1].into(),
        );
        let conv2d16 = Conv2dConfig::new([240, 240], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(240)
            .with_bias(true)
            .init(device);
        let conv2d17 = Conv2dConfig::new([240, 240], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant164: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 240, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 240, 1, 1].into(),
        );
        let conv2d18 = Conv2dConfig::new([240, 240], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(240)
            .with_bias(true)
            .init(device);
        let conv2d19 = Conv2dConfig::new([240, 240], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant169: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 240, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 240, 1, 1].into(),
        );
        let conv2d20 = Conv2dConfig::new([240, 240], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(240)
            .with_bias(true)
            .init(device);
        let conv2d21 = Conv2dConfig::new([240, 240], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant174: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 240, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 240, 1, 1].into(),
        );
        let conv2d22 = Conv2dConfig::new([240, 240], [5, 5])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(240)
            .with_bias(true)
            .init(device);
        let constant1: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        Self {
            conv2d1,
            conv2d2,
            conv2d3,
            constant129,
            conv2d4,
            conv2d5,
            constant134,
            conv2d6,
            conv2d7,
            constant139,
            conv2d8,
            conv2d9,
            constant144,
            conv2d10,
            conv2d11,
            constant149,
            conv2d12,
            conv2d13,
            constant154,
            conv2d14,
            conv2d15,
            constant159,
            conv2d16,
            conv2d17,
            constant164,
            conv2d18,
            conv2d19,
            constant169,
            conv2d20,
            conv2d21,
            constant174,
            conv2d22,
            constant1,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let conv2d1_out1 = self.conv2d1.forward(x);
        let conv2d2_out1 = self.conv2d2.forward(conv2d1_out1);
        let hardswish1_out1 = burn::tensor::activation::hard_swish(conv2d2_out1);
        let conv2d3_out1 = self.conv2d3.forward(hardswish1_out1);
        let hardswish2_out1 = burn::tensor::activation::hard_swish(conv2d3_out1);
        let constant129_out1 = self.constant129.val();
        let add1_out1 = hardswish2_out1.add(constant129_out1);
        let conv2d4_out1 = self.conv2d4.forward(add1_out1);
        let hardswish3_out1 = burn::tensor::activation::hard_swish(conv2d4_out1);
        let conv2d5_out1 = self.conv2d5.forward(hardswish3_out1);
        let hardswish4_out1 = burn::tensor::activation::hard_swish(conv2d5_out1);
        let constant134_out1 = self.constant134.val();
        let add2_out1 = hardswish4_out1.add(constant134_out1);
        let conv2d6_out1 = self.conv2d6.forward(add2_out1);
        let hardswish5_out1 = burn::tensor::activation::hard_swish(conv2d6_out1);
        let conv2d7_out1 = self.conv2d7.forward(hardswish5_out1);
        let hardswish6_out1 = burn::tensor::activation::hard_swish(conv2d7_out1);
        let constant139_out1 = self.constant139.val();
        let add3_out1 = hardswish6_out1.add(constant139_out1);
        let conv2d8_out1 = self.conv2d8.forward(add3_out1);
        let hardswish7_out1 = burn::tensor::activation::hard_swish(conv2d8_out1);
        let conv2d9_out1 = self.conv2d9.forward(hardswish7_out1);
        let hardswish8_out1 = burn::tensor::activation::hard_swish(conv2d9_out1);
        let constant144_out1 = self.constant144.val();
        let add4_out1 = hardswish8_out1.add(constant144_out1);
        let conv2d10_out1 = self.conv2d10.forward(add4_out1);
        let hardswish9_out1 = burn::tensor::activation::hard_swish(conv2d10_out1);
        let conv2d11_out1 = self.conv2d11.forward(hardswish9_out1);
        let hardswish10_out1 = burn::tensor::activation::hard_swish(conv2d11_out1);
        let constant149_out1 = self.constant149.val();
        let add5_out1 = hardswish10_out1.add(constant149_out1);
        let conv2d12_out1 = self.conv2d12.forward(add5_out1);
        let hardswish11_out1 = burn::tensor::activation::hard_swish(conv2d12_out1);
        let conv2d13_out1 = self.conv2d13.forward(hardswish11_out1);
        let hardswish12_out1 = burn::tensor::activation::hard_swish(conv2d13_out1);
        let constant154_out1 = self.constant154.val();
        let add6_out1 = hardswish12_out1.add(constant154_out1);
        let conv2d14_out1 = self.conv2d14.forward(add6_out1);
        let hardswish13_out1 = burn::tensor::activation::hard_swish(conv2d14_out1);
        let conv2d15_out1 = self.conv2d15.forward(hardswish13_out1);
        let hardswish14_out1 = burn::tensor::activation::hard_swish(conv2d15_out1);
        let constant159_out1 = self.constant159.val();
        let add7_out1 = hardswish14_out1.add(constant159_out1);
        let conv2d16_out1 = self.conv2d16.forward(add7_out1);
        let hardswish15_out1 = burn::tensor::activation::hard_swish(conv2d16_out1);
        let conv2d17_out1 = self.conv2d17.forward(hardswish15_out1);
        let hardswish16_out1 = burn::tensor::activation::hard_swish(conv2d17_out1);
        let constant164_out1 = self.constant164.val();
        let add8_out1 = hardswish16_out1.add(constant164_out1);
        let conv2d18_out1 = self.conv2d18.forward(add8_out1);
        let hardswish17_out1 = burn::tensor::activation::hard_swish(conv2d18_out1);
        let conv2d19_out1 = self.conv2d19.forward(hardswish17_out1);
        let hardswish18_out1 = burn::tensor::activation::hard_swish(conv2d19_out1);
        let constant169_out1 = self.constant169.val();
        let add9_out1 = hardswish18_out1.add(constant169_out1);
        let conv2d20_out1 = self.conv2d20.forward(add9_out1);
        let hardswish19_out1 = burn::tensor::activation::hard_swish(conv2d20_out1);
        let conv2d21_out1 = self.conv2d21.forward(hardswish19_out1);
        let hardswish20_out1 = burn::tensor::activation::hard_swish(conv2d21_out1);
        let constant174_out1 = self.constant174.val();
        let add10_out1 = hardswish20_out1.add(constant174_out1);
        let conv2d22_out1 = self.conv2d22.forward(add10_out1);
        let hardswish21_out1 = burn::tensor::activation::hard_swish(conv2d22_out1);
        let constant1_out1 = self.constant1.val();
        let mul1_out1 = (constant1_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish21_out1);
        mul1_out1
    }
}
#[derive(Module, Debug)]
pub struct Submodule2 {
    constant2: burn::module::Param<Tensor<1>>,
    globalaveragepool1: AdaptiveAvgPool2d,
    conv2d23: Conv2d,
    conv2d24: Conv2d,
    conv2d25: Conv2d,
    constant177: burn::module::Param<Tensor<4>>,
    conv2d26: Conv2d,
    constant3: burn::module::Param<Tensor<1>>,
    constant4: burn::module::Param<Tensor<1>>,
    globalaveragepool2: AdaptiveAvgPool2d,
    conv2d27: Conv2d,
    conv2d28: Conv2d,
    conv2d29: Conv2d,
    constant180: burn::module::Param<Tensor<4>>,
    conv2d30: Conv2d,
    conv2d31: Conv2d,
    constant185: burn::module::Param<Tensor<4>>,
    conv2d32: Conv2d,
    conv2d33: Conv2d,
    constant5: burn::module::Param<Tensor<1>>,
    constant6: burn::module::Param<Tensor<1>>,
    averagepool2d1: AvgPool2d,
    conv2d34: Conv2d,
    conv2d35: Conv2d,
    constant38: burn::module::Param<Tensor<1>>,
    constant37: burn::module::Param<Tensor<1>>,
    constant91: burn::module::Param<Tensor<1>>,
    constant92: burn::module::Param<Tensor<1>>,
    linear1: Linear,
    constant45: burn::module::Param<Tensor<1>>,
    linear2: Linear,
    #[module(skip)]
    device: Device,
}
impl Submodule2 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let constant2: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool1 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d23 = Conv2dConfig::new([240, 60], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d24 = Conv2dConfig::new([60, 240], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d25 = Conv2dConfig::new([240, 480], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant177: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 480, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 480, 1, 1].into(),
        );
        let conv2d26 = Conv2dConfig::new([480, 480], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(480)
            .with_bias(true)
            .init(device);
        let constant3: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant4: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let globalaveragepool2 = AdaptiveAvgPool2dConfig::new([1, 1]).init();
        let conv2d27 = Conv2dConfig::new([480, 120], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d28 = Conv2dConfig::new([120, 480], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d29 = Conv2dConfig::new([480, 480], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant180: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 480, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 480, 1, 1].into(),
        );
        let conv2d30 = Conv2dConfig::new([480, 480], [5, 5])
            .with_stride([2, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(480)
            .with_bias(true)
            .init(device);
        let conv2d31 = Conv2dConfig::new([480, 480], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant185: burn::module::Param<Tensor<4>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<4>::zeros([1, 480, 1, 1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1, 480, 1, 1].into(),
        );
        let conv2d32 = Conv2dConfig::new([480, 480], [5, 5])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(2, 2, 2, 2))
            .with_dilation([1, 1])
            .with_groups(480)
            .with_bias(true)
            .init(device);
        let conv2d33 = Conv2dConfig::new([480, 480], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant5: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let constant6: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let averagepool2d1 = AvgPool2dConfig::new([3, 2])
            .with_strides([3, 2])
            .with_padding(PaddingConfig2d::Valid)
            .with_count_include_pad(false)
            .with_ceil_mode(false)
            .init();
        let conv2d34 = Conv2dConfig::new([480, 60], [1, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(0, 1, 0, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d35 = Conv2dConfig::new([60, 120], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let constant38: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant37: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant91: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant92: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear1 = LinearConfig::new(120, 360).with_bias(true).init(device);
        let constant45: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let linear2 = LinearConfig::new(120, 120).with_bias(true).init(device);
        Self {
            constant2,
            globalaveragepool1,
            conv2d23,
            conv2d24,
            conv2d25,
            constant177,
            conv2d26,
            constant3,
            constant4,
            globalaveragepool2,
            conv2d27,
            conv2d28,
            conv2d29,
            constant180,
            conv2d30,
            conv2d31,
            constant185,
            conv2d32,
            conv2d33,
            constant5,
            constant6,
            averagepool2d1,
            conv2d34,
            conv2d35,
            constant38,
            constant37,
            constant91,
            constant92,
            linear1,
            constant45,
            linear2,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, mul1_out1: Tensor<4>) -> (Tensor<3>, i64, Tensor<4>) {
        let constant2_out1 = self.constant2.val();
        let add11_out1 = mul1_out1.add((constant2_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool1_out1 = self.globalaveragepool1.forward(add11_out1.clone());
        let conv2d23_out1 = self.conv2d23.forward(globalaveragepool1_out1);
        let relu1_out1 = burn::tensor::activation::relu(conv2d23_out1);
        let conv2d24_out1 = self.conv2d24.forward(relu1_out1);
        let hardsigmoid1_out1 = burn::tensor::activation::hard_sigmoid(conv2d24_out1, 0.16666670143604279, 0.5);
        let mul2_out1 = add11_out1.mul(hardsigmoid1_out1);
        let conv2d25_out1 = self.conv2d25.forward(mul2_out1);
        let hardswish22_out1 = burn::tensor::activation::hard_swish(conv2d25_out1);
        let constant177_out1 = self.constant177.val();
        let add12_out1 = hardswish22_out1.add(constant177_out1);
        let conv2d26_out1 = self.conv2d26.forward(add12_out1);
        let hardswish23_out1 = burn::tensor::activation::hard_swish(conv2d26_out1);
        let constant3_out1 = self.constant3.val();
        let mul3_out1 = (constant3_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish23_out1);
        let constant4_out1 = self.constant4.val();
        let add13_out1 = mul3_out1.add((constant4_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let globalaveragepool2_out1 = self.globalaveragepool2.forward(add13_out1.clone());
        let conv2d27_out1 = self.conv2d27.forward(globalaveragepool2_out1);
        let relu2_out1 = burn::tensor::activation::relu(conv2d27_out1);
        let conv2d28_out1 = self.conv2d28.forward(relu2_out1);
        let hardsigmoid2_out1 = burn::tensor::activation::hard_sigmoid(conv2d28_out1, 0.16666670143604279, 0.5);
        let mul4_out1 = add13_out1.mul(hardsigmoid2_out1);
        let conv2d29_out1 = self.conv2d29.forward(mul4_out1);
        let hardswish24_out1 = burn::tensor::activation::hard_swish(conv2d29_out1);
        let constant180_out1 = self.constant180.val();
        let add14_out1 = hardswish24_out1.add(constant180_out1);
        let conv2d30_out1 = self.conv2d30.forward(add14_out1);
        let hardswish25_out1 = burn::tensor::activation::hard_swish(conv2d30_out1);
        let conv2d31_out1 = self.conv2d31.forward(hardswish25_out1);
        let hardswish26_out1 = burn::tensor::activation::hard_swish(conv2d31_out1);
        let constant185_out1 = self.constant185.val();
        let add15_out1 = hardswish26_out1.add(constant185_out1);
        let conv2d32_out1 = self.conv2d32.forward(add15_out1);
        let hardswish27_out1 = burn::tensor::activation::hard_swish(conv2d32_out1);
        let conv2d33_out1 = self.conv2d33.forward(hardswish27_out1);
        let hardswish28_out1 = burn::tensor::activation::hard_swish(conv2d33_out1);
        let constant5_out1 = self.constant5.val();
        let mul5_out1 = (constant5_out1)
            .unsqueeze_dims(&[0isize, 1isize, 2isize])
            .mul(hardswish28_out1);
        let constant6_out1 = self.constant6.val();
        let add16_out1 = mul5_out1.add((constant6_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let averagepool2d1_out1 = self.averagepool2d1.forward(add16_out1);
        let unsqueeze4_out1: Tensor<5> = averagepool2d1_out1.unsqueeze_dims::<5>(&[0]);
        let squeeze1_out1 = unsqueeze4_out1.squeeze_dims::<4>(&[0]);
        let conv2d34_out1 = self.conv2d34.forward(squeeze1_out1.clone());
        let sigmoid1_out1 = burn::tensor::activation::sigmoid(conv2d34_out1.clone());
        let mul6_out1 = conv2d34_out1.mul(sigmoid1_out1);
        let conv2d35_out1 = self.conv2d35.forward(mul6_out1);
        let sigmoid2_out1 = burn::tensor::activation::sigmoid(conv2d35_out1.clone());
        let mul7_out1 = conv2d35_out1.mul(sigmoid2_out1);
        let shape1_out1: [i64; 4] = {
            let axes = &mul7_out1.clone().dims()[0..4];
            let mut output = [0i64; 4];
            for i in 0..4 {
                output[i] = axes[i] as i64;
            }
            output
        };
        let slice1_out1: [i64; 1] = shape1_out1[3..4].try_into().unwrap();
        let squeeze2_out1 = slice1_out1[0] as i64;
        let slice2_out1: [i64; 2] = shape1_out1[0..2].try_into().unwrap();
        let constant33_out1: [i64; 1] = [-1i64];
        let concat1_out1: [i64; 3usize] = [&slice2_out1[..], &constant33_out1[..]].concat().try_into().unwrap();
        let reshape1_out1 = mul7_out1.reshape(concat1_out1);
        let transpose1_out1 = reshape1_out1.permute([0, 2, 1]);
        let reducemean1_out1 = { transpose1_out1.clone().mean_dim(2usize) };
        let sub1_out1 = transpose1_out1.clone().sub(reducemean1_out1);
        let constant38_out1 = self.constant38.val();
        let pow1_out1 = sub1_out1
            .clone()
            .powf((constant38_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean2_out1 = { pow1_out1.mean_dim(2usize) };
        let constant37_out1 = self.constant37.val();
        let add18_out1 = reducemean2_out1.add((constant37_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt1_out1 = add18_out1.sqrt();
        let div1_out1 = sub1_out1.div(sqrt1_out1);
        let constant91_out1 = self.constant91.val();
        let mul8_out1 = div1_out1.mul((constant91_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant92_out1 = self.constant92.val();
        let add19_out1 = mul8_out1.add((constant92_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear1_out1 = self.linear1.forward(add19_out1);
        let reshape2_out1 = linear1_out1.reshape([0, -1, 3, 8, 15]);
        let transpose2_out1 = reshape2_out1.permute([2, 0, 3, 1, 4]);
        let slice3_out1 = transpose2_out1.clone().slice(s![0..1, .., .., .., ..]);
        let squeeze3_out1 = slice3_out1.squeeze_dims::<4>(&[0]);
        let constant45_out1 = self.constant45.val();
        let mul9_out1 = squeeze3_out1
            .clone()
            .mul((constant45_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let shape3_out1: [i64; 4] = {
            let axes = &squeeze3_out1.dims()[0..4];
            let mut output = [0i64; 4];
            for i in 0..4 {
                output[i] = axes[i] as i64;
            }
            output
        };
        let reshape3_out1 = mul9_out1.reshape(shape3_out1);
        let slice4_out1 = transpose2_out1.clone().slice(s![1..2, .., .., .., ..]);
        let squeeze4_out1 = slice4_out1.squeeze_dims::<4>(&[0]);
        let slice5_out1 = transpose2_out1.slice(s![2..3, .., .., .., ..]);
        let squeeze5_out1 = slice5_out1.squeeze_dims::<4>(&[0]);
        let (matmul3_out1,) = {
            let q = reshape3_out1;
            let k = squeeze4_out1;
            let v = squeeze5_out1;
            let groups = q.dims()[1] / k.dims()[1];
            let (k, v) = if groups > 1 {
                let [batch, kv_heads, k_len, k_dim] = k.dims();
                let v_dim = v.dims()[3];
                (
                    k.unsqueeze_dim::<5>(2)
                        .expand([batch, kv_heads, groups, k_len, k_dim])
                        .reshape([batch, kv_heads * groups, k_len, k_dim]),
                    v.unsqueeze_dim::<5>(2)
                        .expand([batch, kv_heads, groups, k_len, v_dim])
                        .reshape([batch, kv_heads * groups, k_len, v_dim]),
                )
            } else {
                (k, v)
            };
            let matmul3_out1 = burn::tensor::module::attention(
                q,
                k,
                v,
                None,
                None,
                burn::tensor::ops::AttentionModuleOptions {
                    scale: Some(1f64),
                    softcap: None,
                    is_causal: false,
                },
            );
            (matmul3_out1,)
        };
        let transpose4_out1 = matmul3_out1.permute([0, 2, 1, 3]);
        let reshape4_out1 = transpose4_out1.reshape([0, -1, 120]);
        let linear2_out1 = self.linear2.forward(reshape4_out1);
        let add20_out1 = transpose1_out1.add(linear2_out1);
        (add20_out1, squeeze2_out1, squeeze1_out1)
    }
}
#[derive(Module, Debug)]
pub struct Submodule3 {
    constant58: burn::module::Param<Tensor<1>>,
    constant57: burn::module::Param<Tensor<1>>,
    constant93: burn::module::Param<Tensor<1>>,
    constant94: burn::module::Param<Tensor<1>>,
    linear3: Linear,
    linear4: Linear,
    constant60: burn::module::Param<Tensor<1>>,
    constant59: burn::module::Param<Tensor<1>>,
    constant95: burn::module::Param<Tensor<1>>,
    constant96: burn::module::Param<Tensor<1>>,
    linear5: Linear,
    constant67: burn::module::Param<Tensor<1>>,
    linear6: Linear,
    constant80: burn::module::Param<Tensor<1>>,
    constant79: burn::module::Param<Tensor<1>>,
    constant97: burn::module::Param<Tensor<1>>,
    constant98: burn::module::Param<Tensor<1>>,
    linear7: Linear,
    linear8: Linear,
    constant82: burn::module::Param<Tensor<1>>,
    constant81: burn::module::Param<Tensor<1>>,
    constant99: burn::module::Param<Tensor<1>>,
    constant100: burn::module::Param<Tensor<1>>,
    conv2d36: Conv2d,
    conv2d37: Conv2d,
    conv2d38: Conv2d,
    linear9: Linear,
    #[module(skip)]
    device: Device,
}
impl Submodule3 {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let constant58: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant57: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant93: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant94: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear3 = LinearConfig::new(120, 240).with_bias(true).init(device);
        let linear4 = LinearConfig::new(240, 120).with_bias(true).init(device);
        let constant60: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant59: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant95: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant96: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear5 = LinearConfig::new(120, 360).with_bias(true).init(device);
        let constant67: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([1], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [1].into(),
        );
        let linear6 = LinearConfig::new(120, 120).with_bias(true).init(device);
        let constant80: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant79: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.000009999999747378752f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant97: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant98: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let linear7 = LinearConfig::new(120, 240).with_bias(true).init(device);
        let linear8 = LinearConfig::new(240, 120).with_bias(true).init(device);
        let constant82: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([2f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant81: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| {
                Tensor::<1>::from_data(
                    burn::tensor::TensorData::from([0.0000009999999974752427f64]),
                    (device, burn::tensor::DType::F32),
                )
            },
            device.clone(),
            false,
            [1].into(),
        );
        let constant99: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let constant100: burn::module::Param<Tensor<1>> = burn::module::Param::uninitialized(
            burn::module::ParamId::new(),
            move |device, _require_grad| Tensor::<1>::zeros([120], (device, burn::tensor::DType::F32)),
            device.clone(),
            false,
            [120].into(),
        );
        let conv2d36 = Conv2dConfig::new([120, 480], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d37 = Conv2dConfig::new([960, 60], [1, 3])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Explicit(0, 1, 0, 1))
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let conv2d38 = Conv2dConfig::new([60, 120], [1, 1])
            .with_stride([1, 1])
            .with_padding(PaddingConfig2d::Valid)
            .with_dilation([1, 1])
            .with_groups(1)
            .with_bias(true)
            .init(device);
        let linear9 = LinearConfig::new(120, 18385).with_bias(true).init(device);
        Self {
            constant58,
            constant57,
            constant93,
            constant94,
            linear3,
            linear4,
            constant60,
            constant59,
            constant95,
            constant96,
            linear5,
            constant67,
            linear6,
            constant80,
            constant79,
            constant97,
            constant98,
            linear7,
            linear8,
            constant82,
            constant81,
            constant99,
            constant100,
            conv2d36,
            conv2d37,
            conv2d38,
            linear9,
            device: device.clone(),
        }
    }
    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, add20_out1: Tensor<3>, squeeze2_out1: i64, squeeze1_out1: Tensor<4>) -> Tensor<3> {
        let reducemean3_out1 = { add20_out1.clone().mean_dim(2usize) };
        let sub2_out1 = add20_out1.clone().sub(reducemean3_out1);
        let constant58_out1 = self.constant58.val();
        let pow2_out1 = sub2_out1
            .clone()
            .powf((constant58_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean4_out1 = { pow2_out1.mean_dim(2usize) };
        let constant57_out1 = self.constant57.val();
        let add21_out1 = reducemean4_out1.add((constant57_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt2_out1 = add21_out1.sqrt();
        let div2_out1 = sub2_out1.div(sqrt2_out1);
        let constant93_out1 = self.constant93.val();
        let mul10_out1 = div2_out1.mul((constant93_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant94_out1 = self.constant94.val();
        let add22_out1 = mul10_out1.add((constant94_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear3_out1 = self.linear3.forward(add22_out1);
        let sigmoid3_out1 = burn::tensor::activation::sigmoid(linear3_out1.clone());
        let mul11_out1 = linear3_out1.mul(sigmoid3_out1);
        let linear4_out1 = self.linear4.forward(mul11_out1);
        let add23_out1 = add20_out1.add(linear4_out1);
        let reducemean5_out1 = { add23_out1.clone().mean_dim(2usize) };
        let sub3_out1 = add23_out1.clone().sub(reducemean5_out1);
        let constant60_out1 = self.constant60.val();
        let pow3_out1 = sub3_out1
            .clone()
            .powf((constant60_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean6_out1 = { pow3_out1.mean_dim(2usize) };
        let constant59_out1 = self.constant59.val();
        let add24_out1 = reducemean6_out1.add((constant59_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt3_out1 = add24_out1.sqrt();
        let div3_out1 = sub3_out1.div(sqrt3_out1);
        let constant95_out1 = self.constant95.val();
        let mul12_out1 = div3_out1.mul((constant95_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant96_out1 = self.constant96.val();
        let add25_out1 = mul12_out1.add((constant96_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear5_out1 = self.linear5.forward(add25_out1);
        let reshape5_out1 = linear5_out1.reshape([0, -1, 3, 8, 15]);
        let transpose5_out1 = reshape5_out1.permute([2, 0, 3, 1, 4]);
        let slice6_out1 = transpose5_out1.clone().slice(s![0..1, .., .., .., ..]);
        let squeeze6_out1 = slice6_out1.squeeze_dims::<4>(&[0]);
        let constant67_out1 = self.constant67.val();
        let mul13_out1 = squeeze6_out1
            .clone()
            .mul((constant67_out1).unsqueeze_dims(&[0isize, 1isize, 2isize]));
        let shape4_out1: [i64; 4] = {
            let axes = &squeeze6_out1.dims()[0..4];
            let mut output = [0i64; 4];
            for i in 0..4 {
                output[i] = axes[i] as i64;
            }
            output
        };
        let reshape6_out1 = mul13_out1.reshape(shape4_out1);
        let slice7_out1 = transpose5_out1.clone().slice(s![1..2, .., .., .., ..]);
        let squeeze7_out1 = slice7_out1.squeeze_dims::<4>(&[0]);
        let slice8_out1 = transpose5_out1.slice(s![2..3, .., .., .., ..]);
        let squeeze8_out1 = slice8_out1.squeeze_dims::<4>(&[0]);
        let (matmul9_out1,) = {
            let q = reshape6_out1;
            let k = squeeze7_out1;
            let v = squeeze8_out1;
            let groups = q.dims()[1] / k.dims()[1];
            let (k, v) = if groups > 1 {
                let [batch, kv_heads, k_len, k_dim] = k.dims();
                let v_dim = v.dims()[3];
                (
                    k.unsqueeze_dim::<5>(2)
                        .expand([batch, kv_heads, groups, k_len, k_dim])
                        .reshape([batch, kv_heads * groups, k_len, k_dim]),
                    v.unsqueeze_dim::<5>(2)
                        .expand([batch, kv_heads, groups, k_len, v_dim])
                        .reshape([batch, kv_heads * groups, k_len, v_dim]),
                )
            } else {
                (k, v)
            };
            let matmul9_out1 = burn::tensor::module::attention(
                q,
                k,
                v,
                None,
                None,
                burn::tensor::ops::AttentionModuleOptions {
                    scale: Some(1f64),
                    softcap: None,
                    is_causal: false,
                },
            );
            (matmul9_out1,)
        };
        let transpose7_out1 = matmul9_out1.permute([0, 2, 1, 3]);
        let reshape7_out1 = transpose7_out1.reshape([0, -1, 120]);
        let linear6_out1 = self.linear6.forward(reshape7_out1);
        let add26_out1 = add23_out1.add(linear6_out1);
        let reducemean7_out1 = { add26_out1.clone().mean_dim(2usize) };
        let sub4_out1 = add26_out1.clone().sub(reducemean7_out1);
        let constant80_out1 = self.constant80.val();
        let pow4_out1 = sub4_out1
            .clone()
            .powf((constant80_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean8_out1 = { pow4_out1.mean_dim(2usize) };
        let constant79_out1 = self.constant79.val();
        let add27_out1 = reducemean8_out1.add((constant79_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt4_out1 = add27_out1.sqrt();
        let div4_out1 = sub4_out1.div(sqrt4_out1);
        let constant97_out1 = self.constant97.val();
        let mul14_out1 = div4_out1.mul((constant97_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant98_out1 = self.constant98.val();
        let add28_out1 = mul14_out1.add((constant98_out1).unsqueeze_dims(&[0isize, 1isize]));
        let linear7_out1 = self.linear7.forward(add28_out1);
        let sigmoid4_out1 = burn::tensor::activation::sigmoid(linear7_out1.clone());
        let mul15_out1 = linear7_out1.mul(sigmoid4_out1);
        let linear8_out1 = self.linear8.forward(mul15_out1);
        let add29_out1 = add26_out1.add(linear8_out1);
        let reducemean9_out1 = { add29_out1.clone().mean_dim(2usize) };
        let sub5_out1 = add29_out1.sub(reducemean9_out1);
        let constant82_out1 = self.constant82.val();
        let pow5_out1 = sub5_out1
            .clone()
            .powf((constant82_out1).unsqueeze_dims(&[0isize, 1isize]));
        let reducemean10_out1 = { pow5_out1.mean_dim(2usize) };
        let constant81_out1 = self.constant81.val();
        let add30_out1 = reducemean10_out1.add((constant81_out1).unsqueeze_dims(&[0isize, 1isize]));
        let sqrt5_out1 = add30_out1.sqrt();
        let div5_out1 = sub5_out1.div(sqrt5_out1);
        let constant99_out1 = self.constant99.val();
        let mul16_out1 = div5_out1.mul((constant99_out1).unsqueeze_dims(&[0isize, 1isize]));
        let constant100_out1 = self.constant100.val();
        let add31_out1 = mul16_out1.add((constant100_out1).unsqueeze_dims(&[0isize, 1isize]));
        let unsqueeze5_out1 = [squeeze2_out1 as i64];
        let unsqueeze1_out1: [i64; 1] = [0i64];
        let unsqueeze2_out1: [i64; 1] = [1i64];
        let unsqueeze3_out1: [i64; 1] = [120i64];
        let concat2_out1: [i64; 4usize] = [
            &unsqueeze1_out1[..],
            &unsqueeze2_out1[..],
            &unsqueeze5_out1[..],
            &unsqueeze3_out1[..],
        ]
        .concat()
        .try_into()
        .unwrap();
        let reshape8_out1 = add31_out1.reshape(concat2_out1);
        let transpose8_out1 = reshape8_out1.permute([0, 3, 1, 2]);
        let conv2d36_out1 = self.conv2d36.forward(transpose8_out1);
        let sigmoid5_out1 = burn::tensor::activation::sigmoid(conv2d36_out1.clone());
        let mul17_out1 = conv2d36_out1.mul(sigmoid5_out1);
        let concat3_out1 = burn::tensor::Tensor::cat([squeeze1_out1, mul17_out1].into(), 1);
        let conv2d37_out1 = self.conv2d37.forward(concat3_out1);
        let sigmoid6_out1 = burn::tensor::activation::sigmoid(conv2d37_out1.clone());
        let mul18_out1 = conv2d37_out1.mul(sigmoid6_out1);
        let conv2d38_out1 = self.conv2d38.forward(mul18_out1);
        let sigmoid7_out1 = burn::tensor::activation::sigmoid(conv2d38_out1.clone());
        let mul19_out1 = conv2d38_out1.mul(sigmoid7_out1);
        let squeeze9_out1 = mul19_out1.squeeze_dims::<3>(&[2]);
        let transpose9_out1 = squeeze9_out1.permute([0, 2, 1]);
        let linear9_out1 = self.linear9.forward(transpose9_out1);
        linear9_out1
    }
}

#[derive(Module, Debug)]
pub struct Model {
    submodule1: Submodule1,
    submodule2: Submodule2,
    submodule3: Submodule3,
    #[module(skip)]
    device: Device,
}

impl Model {
    #[allow(unused_variables)]
    pub fn new(device: &Device) -> Self {
        let submodule1 = Submodule1::new(device);
        let submodule2 = Submodule2::new(device);
        let submodule3 = Submodule3::new(device);
        Self {
            submodule1,
            submodule2,
            submodule3,
            device: device.clone(),
        }
    }

    #[allow(clippy::let_and_return, clippy::approx_constant)]
    pub fn forward(&self, x: Tensor<4>) -> Tensor<3> {
        let mul1_out1 = self.submodule1.forward(x);
        let (add20_out1, squeeze2_out1, squeeze1_out1) = self.submodule2.forward(mul1_out1);
        let linear9_out1 = self.submodule3.forward(add20_out1, squeeze2_out1, squeeze1_out1);
        linear9_out1
    }
}
